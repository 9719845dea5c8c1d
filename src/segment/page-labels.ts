/**
 * Printed page labels. A page may print several numbers that look like its
 * label (a table-of-contents page reference, note numbers that pdftotext
 * separated from their notes); the label is the one that fits the labels of
 * the neighbouring pages. A page whose number pdftotext printed in the middle
 * of its text gets it back when a bare number there is exactly the one the
 * sequence expects.
 */
import type { Zoning, ZoneMark } from './zoning.js';

const BARE = /^\d{1,4}$/;
const DIGITS = /^\d+$/;

function num(label: string | null | undefined): number {
  return label === null || label === undefined || !DIGITS.test(label) ? NaN : Number(label);
}

/** Choose each page's label from its candidates, by the sequence; a bare number taken as a label is marked as the page number. */
export function reconcileLabels(zoning: Zoning, pages: readonly (readonly number[])[], candidates: readonly (readonly string[])[]): { labels: (string | null)[]; marks: Map<number, ZoneMark> } {
  const marks = new Map<number, ZoneMark>();
  const first = candidates.map((c) => c[0] ?? null);
  const labels: (string | null)[] = [];
  for (let p = 0; p < pages.length; p++) {
    const before = num(labels[p - 1]) + 1;
    const after = num(first[p + 1]) - 1;
    const cands = candidates[p]!;
    const fitting = cands.find((c) => num(c) === before || num(c) === after);
    if (fitting) labels.push(fitting);
    else if (cands.length === 0) labels.push(null);
    else if (Number.isNaN(num(cands[0]!)) || (Number.isNaN(before) && Number.isNaN(after))) labels.push(cands[0]!);
    else labels.push(null); // contradicts the neighbours: a stray number, not this page's label
  }
  // A page without a label: a bare number in its body that the sequence expects.
  for (let p = 0; p < pages.length; p++) {
    if (labels[p] !== null) continue;
    const expected = num(labels[p - 1]) + 1;
    const expectedAfter = num(labels[p + 1]) - 1;
    const want = Number.isNaN(expected) ? expectedAfter : expected;
    if (Number.isNaN(want)) continue;
    const hit = pages[p]!.find((i) => zoning.zone(i) === 'body' && BARE.test(zoning.lines[i]!.text) && Number(zoning.lines[i]!.text) === want);
    if (hit !== undefined) {
      marks.set(hit, { zone: 'page-number', furniture: 'page-number' });
      labels[p] = zoning.lines[hit]!.text;
    }
  }
  return { labels, marks };
}
