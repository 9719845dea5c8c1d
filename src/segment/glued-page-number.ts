/**
 * A page number glued to the last line of a page: flattened extractions
 * lose the line break before it ("…such recommendations 23" in the seed
 * A_58_275_page23.txt; "…as a whole 2" in CCPR/C/USA/CO/4). Taken only on
 * a page that printed no other label, when the number fits the labels of the
 * neighbouring pages (or none is known), and when the word before it does
 * not take a number ("paragraph 23", "resolution 5", "1 July 2003").
 */
import { TAKES_NUMBER } from '../vocabulary/patterns.js';
import type { Zoning } from './zoning.js';

const GLUED = /^(.*\S)\s+(\d{1,3})$/;
/** A sentence closed before the number: the number then starts something else. */
const SENTENCE_END = /[.;:!?]$/;

/** A line's text with a glued page number cut off. */
export interface Cut {
  text: string;
  end: number;
}

/** Find glued page numbers: the label found per page, and the cuts to make in the lines that carried them. */
export function takeGluedPageNumbers(zoning: Zoning, pages: readonly (readonly number[])[], labels: readonly (string | null)[]): { labels: (string | null)[]; cuts: Map<number, Cut> } {
  const out = [...labels];
  const cuts = new Map<number, Cut>();
  pages.forEach((pageLines, p) => {
    if (out[p] !== null) return;
    const body = pageLines.filter((i) => zoning.zone(i) === 'body').map((i) => zoning.lines[i]!);
    const last = body[body.length - 1];
    if (!last) return;
    const m = GLUED.exec(last.text);
    if (!m || SENTENCE_END.test(m[1]!) || TAKES_NUMBER.test(m[1]!)) return;
    const n = Number(m[2]);
    // A neighbour without a label says nothing (Number(null) would read it as page 0); a lone page
    // (the seed A_58_275_page23.txt) has no neighbour to agree, so any plausible number fits.
    const labelOf = (label: string | null | undefined) => (label === null || label === undefined ? NaN : Number(label));
    const before = p > 0 ? labelOf(out[p - 1]) : NaN;
    const after = p + 1 < out.length ? labelOf(labels[p + 1]) : NaN;
    const fits = pages.length === 1 || n === before + 1 || n === after - 1;
    if (!fits) return;
    out[p] = m[2]!;
    cuts.set(last.index, { text: m[1]!, end: last.start + m[1]!.length });
  });
  return { labels: out, cuts };
}
