/**
 * The role of every body line: heading, paragraph start, sub-item start, or
 * running text that continues the unit before it. Decided in one pass in
 * reading order, because paragraph numbers and item letters only mean
 * something in sequence.
 */
import type { Line } from '../base/line.js';
import { cleanHeadingText, isAnnexHeading, isClosingLine, numberedHeading, unnumberedHeading, type HeadingMatch } from './headings.js';
import { ItemSequence, type ItemPlacement } from './item-sequence.js';
import { ParagraphSequence, type ParagraphNumber } from './numbering.js';
import { ITEM_MARKER, PARA_NUMBER } from '../vocabulary/patterns.js';

export type Role =
  | { kind: 'heading'; line: Line; from: number; heading: HeadingMatch; /** lines that carry the rest of its text */ more: Line[] }
  | { kind: 'paragraph'; line: Line; from: number; textFrom: number; number: ParagraphNumber }
  | { kind: 'item'; line: Line; from: number; textFrom: number; marker: string; placement: ItemPlacement }
  | { kind: 'text'; line: Line; from: number }
  | { kind: 'closing'; line: Line }
  | { kind: 'toc'; line: Line };

/** "Non-discrimination 9. While noting…": a subject heading run into its paragraph. */
const RUN_IN = /^([A-Z][^.;:!?()\d]{2,90}?) (\d{1,3})\.\s+(?=[A-Z“"‘(])/;
/** Table-of-contents lines: leader dots. */
const TOC = /(?:\. ?){5,}|…{2,}|(?:\s\.){5,}/;
/** Words a heading cannot end on. */
const DANGLING = /\b(?:of|the|and|or|on|in|for|to|with|by|under|a|an|its|their)$/i;
const SENTENCE_END = /[.!?]["”’)]*$/;
const CLOSES = /[.;:!?)"”’]$|\b(?:and|or),?$/;
const TEXT_START = /^[A-Z“"‘(\[«¿¡]/;

function paragraphStart(text: string): { n: number; m: number | null; textFrom: number } | null {
  const m = PARA_NUMBER.exec(text);
  if (!m) return null;
  const dotted = m[2] !== undefined;
  if (!dotted && m[3] !== '.') return null;
  return { n: Number(m[1]), m: dotted ? Number(m[2]) : null, textFrom: m[0].length };
}

function itemStart(text: string): { label: string; marker: string; textFrom: number } | null {
  const m = ITEM_MARKER.exec(text);
  if (!m) return null;
  const label = m[1] ?? m[2]!;
  return { label, marker: m[0].trim(), textFrom: m[0].length };
}

/** Does a line start a unit (paragraph number, numbered heading)? Pattern only, no sequence. */
function startsUnit(line: Line | undefined): boolean {
  if (!line) return true;
  return paragraphStart(line.text) !== null || numberedHeading(line.text) !== null;
}

/** Assign a role to every body line, in order. */
export function assignRoles(lines: readonly Line[], knownHeadings: ReadonlySet<string> = new Set()): Role[] {
  const body = lines.filter((l) => l.zone === 'body');
  const roles: Role[] = [];
  const paragraphs = new ParagraphSequence();
  const items = new ItemSequence();
  let previousClosed = true;
  // The line before ended a sentence (or was a heading): a subject heading may follow.
  // A ";" does not: the list goes on, as in "… (Iraq);" then the next recommendation.
  let previousEnded = true;
  let previousText = '';
  let previousBare = false; // the previous line was a number or marker alone
  let seenParagraph = false;

  /** Record a heading and what it does to numbering and item lists. */
  const emitHeading = (line: Line, heading: HeadingMatch, from = 0, more: Line[] = []): void => {
    roles.push({ kind: 'heading', line, from, heading, more });
    if (heading.level <= 1 || isAnnexHeading(heading.text)) paragraphs.majorHeading();
    else paragraphs.heading();
    items.reset();
    previousClosed = true;
    previousBare = false;
  };

  const nextItemLabel = (from: number): string | null => {
    for (let k = from; k < body.length && k < from + 60; k++) {
      const t = body[k]!.text;
      const it = itemStart(t);
      if (it) return it.label;
      if (paragraphStart(t)) return null;
    }
    return null;
  };

  for (let k = 0; k < body.length; k++) {
    if (k > 0) {
      const last = roles[roles.length - 1];
      previousText = body[k - 1]!.text;
      previousEnded = last?.kind === 'heading' || last?.kind === 'closing' || SENTENCE_END.test(previousText);
    }
    const line = body[k]!;
    let text = line.text;
    let from = 0;

    if (TOC.test(text)) {
      roles.push({ kind: 'toc', line });
      continue;
    }

    // Before the first paragraph an "Annex" line is a table-of-contents entry.
    if (isAnnexHeading(text) && !seenParagraph) {
      roles.push({ kind: 'toc', line });
      continue;
    }
    if (isAnnexHeading(text)) {
      emitHeading(line, { level: 0, number: null, text: cleanHeadingText(text) });
      continue;
    }
    if (isClosingLine(text)) {
      roles.push({ kind: 'closing', line });
      previousClosed = true;
      continue;
    }

    const runIn = RUN_IN.exec(text);
    if (runIn && previousClosed) {
      const n = Number(runIn[2]);
      const fits = paragraphs.peek(n, null);
      if (fits && fits.kind === 'main' && fits.gap === 0) {
        roles.push({ kind: 'heading', line, from: 0, heading: { level: 4, number: null, text: runIn[1]!.trim() }, more: [] });
        from = runIn[1]!.length + 1;
        text = text.slice(from);
      }
    }

    if (knownHeadings.has(text) && !numberedHeading(text) && !paragraphStart(text)) {
      emitHeading(line, { level: 4, number: null, text: cleanHeadingText(text) });
      continue;
    }

    const heading = from === 0 ? numberedHeading(text) : null;
    if (heading) {
      const more: Line[] = [];
      let h = heading;
      const next = body[k + 1];
      if (h.text === '' && next && !startsUnit(next) && next.text.length < 160) {
        h = { ...h, text: numberedHeading(`${h.number}. ${next.text}`)?.text ?? next.text };
        more.push(next);
        k++;
      }
      const cont = body[k + 1];
      // A heading wraps onto the next line when that line goes on in lower case,
      // or when the heading stops on a word that cannot end it ("… of the").
      const wraps = cont !== undefined && (/^[a-z]/.test(cont.text) || DANGLING.test(h.text)) && !startsUnit(cont);
      if (cont && wraps && cont.text.length < 80 && !/[.;:]$/.test(h.text) && h.text.length > 0 && !cont.cut) {
        h = { ...h, text: `${h.text} ${cont.text}`.replace(/\*+$/, '') };
        more.push(cont);
        k++;
      }
      emitHeading(line, h, from, more);
      continue;
    }

    const para = paragraphStart(text);
    if (para) {
      const rest = text.slice(para.textFrom);
      const fits = paragraphs.peek(para.n, para.m);
      const startOk = rest === '' || TEXT_START.test(rest) || (fits !== null && fits.gap === 0);
      if (fits && startOk) {
        const number = paragraphs.accept(para.n, para.m)!;
        seenParagraph = true;
        roles.push({ kind: 'paragraph', line, from, textFrom: from + para.textFrom, number });
        items.reset();
        previousClosed = rest === '' || CLOSES.test(rest);
        previousBare = rest === '';
        continue;
      }
    }

    const item = itemStart(text);
    if (item) {
      const following = nextItemLabel(k + 1);
      const placement = items.peek(item.label, following);
      const expected = placement !== null && placement.gap === 0 && items.open;
      if (placement && (previousClosed || previousBare || line.cut || expected)) {
        items.accept(item.label, following);
        roles.push({ kind: 'item', line, from, textFrom: from + item.textFrom, marker: item.marker, placement });
        const rest = text.slice(item.textFrom);
        previousClosed = rest === '' || CLOSES.test(rest);
        previousBare = rest === '';
        continue;
      }
    }

    // A subject heading right before the paragraph that comes next in sequence
    // stands even when extraction garbled the line before it.
    const nextPara = body[k + 1] ? paragraphStart(body[k + 1]!.text) : null;
    const nextFits = nextPara !== null && paragraphs.peek(nextPara.n, nextPara.m)?.gap === 0;
    const setApart =
      (previousEnded && !previousBare) ||
      (nextFits && nextPara!.m === null && !/[;,]$/.test(previousText) && text.split(' ').length <= 10 && !text.includes(','));
    const unnumbered = from === 0 ? unnumberedHeading(text, setApart, startsUnit(body[k + 1])) : null;
    if (unnumbered) {
      emitHeading(line, unnumbered, from);
      continue;
    }

    roles.push({ kind: 'text', line, from });
    previousClosed = CLOSES.test(text);
    previousBare = false;
  }
  return roles;
}
