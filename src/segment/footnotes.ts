/**
 * The footnote area at the foot of a page, found by the first of the area
 * rules below that applies: the PDF reader's font sizes; a "_____" rule;
 * the highest note line ("11 See …", "1/ …", "* …", or a number alone
 * followed by its text, as pdftotext's default mode prints it) whose number
 * is a marker found in the text above it, or the next note number the
 * document is due to print. A number at the start of a body line that no
 * marker announces is never taken for a note.
 */
import type { Line } from '../base/line.js';
import { markersIn } from '../vocabulary/markers.js';
import { FOOTNOTE_NOTE, FOOTNOTE_NUMBER_ALONE, FOOTNOTE_RULE } from '../vocabulary/patterns.js';
import { furnitureLine } from './furniture-cells.js';
import { furnitureMark } from './furniture.js';
import type { Zoning, ZoneMark } from './zoning.js';

export interface Note {
  marker: string;
  text: string;
  /** Page (0-based) where the note is printed. */
  page: number;
  start: number;
  end: number;
}

/** How far up from the foot a note area may reach, as a share of the page's lines and in lines. */
const MAX_AREA_SHARE = 0.6;
const MAX_AREA_LINES = 60;
/** A rule in the first 30% of a page's text is a divider or a table rule, not the footnote separator. */
const SEPARATOR_MIN_SHARE = 0.3;
/** How far from the note number due a stray note number may be (the notes of one page). */
const STRAY_NOTE_DISTANCE = 5;
/**
 * A paragraph number or sub-item marker opening a line; also an Arabic
 * paragraph, "1 - عقد الفريق…", which on a short first page stands in the
 * lower part, where note 1 is due (fixtures/upr-languages/ar).
 */
const UNIT_START = /^(?:\d{1,3}(?:\.\d{1,3})*\.\s+\S|\d{1,3}\.\d{1,3}\s|\((?:[a-z]|[ivx]{1,4})\)\s|\d{1,3}\s?-\s*\p{sc=Arabic})/u;

const NUMBER_ALONE = /^\d{1,3}$/;
const NUMBER_WITH_DOT_ALONE = /^\d{1,3}\.$/;
const DIGITS = /^\d+$/;

/** A note's opening line: its marker and, when printed on the same line, its text. */
function noteStart(lines: readonly Line[], body: readonly number[], k: number): { marker: string; inlineText: string | null } | null {
  const line = lines[body[k]!]!;
  const alone = FOOTNOTE_NUMBER_ALONE.exec(line.text);
  if (alone) {
    // pdftotext's default mode may put the page number between a note number and its text.
    let j = k + 1;
    while (j < body.length && NUMBER_ALONE.test(lines[body[j]!]!.text)) j++;
    const next = body[j] === undefined ? undefined : lines[body[j]!];
    if (!next || NUMBER_WITH_DOT_ALONE.test(next.text)) return null;
    return { marker: alone[1]!, inlineText: null };
  }
  const m = FOOTNOTE_NOTE.exec(line.text);
  if (!m) return null;
  return { marker: m[1] ?? m[2] ?? m[3]!, inlineText: m[4]! };
}

/** What an area rule sees: one page's body lines. */
export interface AreaContext {
  lines: readonly Line[];
  /** Indexes of the page's body lines, top to bottom. */
  body: readonly number[];
  /** Offsets of lines the PDF reader saw open a footnote area. */
  known: ReadonlySet<number>;
  /** The note number the document is due to print next. */
  nextExpected: number;
}

export interface AreaRule {
  id: string;
  why: string;
  /** Position in `body` where the area starts, and of the separator rule above it if any; null when the rule does not apply. */
  apply(c: AreaContext): { start: number; separator?: number } | null;
}

export const AREA_RULES: readonly AreaRule[] = [
  {
    id: 'reader-footnote-area',
    why: 'The PDF reader saw smaller text open with a note number below the last body-size line (every corpus PDF with notes).',
    apply: (c) => {
      const start = c.body.findIndex((i) => c.known.has(c.lines[i]!.start));
      return start >= 0 ? { start } : null;
    },
  },
  {
    id: 'separator-rule',
    why: 'A "__________" rule in the lower part of the page opens the notes (pdftotext output of A/RES/78/323; fixture footnote-rule).',
    apply: (c) => {
      const rule = c.body.findIndex((i, k) => k >= c.body.length * SEPARATOR_MIN_SHARE && FOOTNOTE_RULE.test(c.lines[i]!.text));
      return rule >= 0 ? { start: rule + 1, separator: rule } : null;
    },
  },
  {
    id: 'announced-notes',
    why: 'No rule printed: the highest note line whose number a marker above announced, notes numbered upward in decreasing order (CCPR/C/USA/CO/4 third-party text, seed E/CN.4/2000/82).',
    apply: (c) => {
      const start = areaFromNotes(c.lines, c.body, c.nextExpected);
      return start >= 0 ? { start } : null;
    },
  },
];

/**
 * The highest note line in the lower part of a page whose number was
 * announced by a marker above it (or is the next note number due), with the
 * notes below it in decreasing order going up; -1 when there is none.
 */
function areaFromNotes(lines: readonly Line[], body: readonly number[], nextExpected: number): number {
  const seenAbove = markerSeenAbove(lines, body);
  const lowest = Math.floor(body.length * (1 - MAX_AREA_SHARE));
  let areaStart = -1;
  let previous: number | null = null;
  for (let k = body.length - 1; k >= Math.max(1, lowest, body.length - MAX_AREA_LINES); k--) {
    // Notes never contain a paragraph or item start: the area cannot begin above one.
    if (UNIT_START.test(lines[body[k]!]!.text)) break;
    const start = noteStart(lines, body, k);
    if (!start) continue;
    const announced = start.marker === String(nextExpected) || seenAbove(start.marker, k);
    if (!announced) continue;
    const n = Number(start.marker);
    // Notes on a page run upward in decreasing order.
    if (previous !== null && Number.isFinite(n) && n >= previous) continue;
    areaStart = k;
    if (Number.isFinite(n)) previous = n;
  }
  return areaStart;
}

/**
 * Does a marker stand on a body line above line k? A note is announced when its
 * marker does. The lines are scanned from the top only as far as a question
 * needs (the questions come with k going up the page), not all of every page:
 * a page without note lines at its foot asks none (issue 15).
 */
function markerSeenAbove(lines: readonly Line[], body: readonly number[]): (marker: string, k: number) => boolean {
  const firstSeen = new Map<string, number>();
  let scanned = 0;
  return (marker, k) => {
    while (!firstSeen.has(marker) && scanned < k) {
      for (const mk of markersIn(lines[body[scanned]!]!.text)) if (!firstSeen.has(mk.marker)) firstSeen.set(mk.marker, scanned);
      scanned++;
    }
    return (firstSeen.get(marker) ?? Infinity) < k;
  };
}

export interface FootnoteAreas {
  notes: Note[];
  /** Zone marks: footnote lines, the separator rule, furniture inside the areas. */
  marks: Map<number, ZoneMark>;
  /** Per page, the label candidates with those printed inside the footnote area added. */
  candidates: string[][];
}

/**
 * The rule printed above a footnote block belongs to the area whichever
 * rule found it: the PDF reader starts the area at the first note, one line
 * under the rule (A/RES/78/323, A/80/21: the rule was left in the paragraph
 * that crosses the page).
 */
function withSeparator(area: { start: number; separator?: number }, lines: readonly Line[], body: readonly number[]): { start: number; separator?: number } {
  if (area.separator !== undefined) return area;
  const above = area.start - 1;
  if (above >= 0 && FOOTNOTE_RULE.test(lines[body[above]!]!.text)) return { start: area.start, separator: above };
  return area;
}

/** The label a page-number line prints: "18" of "18", "- 18 -" or "18/20". */
function labelOf(text: string): string | null {
  return furnitureLine(text, 'bottom')?.find((v) => v.label)?.label ?? null;
}

/** The first area rule that applies to a page. */
function areaOf(c: AreaContext): { start: number; separator?: number } | null {
  for (const rule of AREA_RULES) {
    const area = rule.apply(c);
    if (area) return area;
  }
  return null;
}

/** Find the footnote area of every page and the notes in it, in order. */
export function findFootnotes(zoning: Zoning, pages: readonly (readonly number[])[], candidates: readonly (readonly string[])[], known: ReadonlySet<number> = new Set()): FootnoteAreas {
  const lines = zoning.lines;
  const notes: Note[] = [];
  const marks = new Map<number, ZoneMark>();
  const labels = candidates.map((c) => [...c]);
  let nextExpected = 1;
  for (const [p, pageLines] of pages.entries()) {
    const body = pageLines.filter((i) => zoning.zone(i) === 'body');
    if (body.length === 0) continue;
    const found = areaOf({ lines, body, known, nextExpected });
    if (!found) continue;
    const area = withSeparator(found, lines, body);
    // A rule on the last line is still the separator, with no notes under it.
    if (area.separator !== undefined) marks.set(body[area.separator]!, { zone: 'footer', furniture: 'footnote-separator' });
    if (area.start >= body.length) continue;
    const previous = labels[p - 1]?.[0];
    const expectedLabel = previous !== undefined && DIGITS.test(previous) ? String(Number(previous) + 1) : null;
    let current: Note | null = null;
    for (let k = area.start; k < body.length; k++) {
      const line = lines[body[k]!]!;
      const furniture = furnitureLine(line.text, 'bottom');
      const bare = furniture?.length === 1 && furniture[0]!.kind === 'page-number';
      // A number alone is a note's number unless it is the page's label, which it is not when
      // another line already prints the label ("18" above "18/20": note 18 on page 18, A/RES/78/119).
      const labelElsewhere = pageLines.some((i) => i !== line.index && zoning.zone(i) === 'page-number' && labelOf(lines[i]!.text) === line.text);
      const label = labels[p]![0] ?? expectedLabel;
      // pdftotext's default mode can print a note's number alone after the other notes, its text above:
      // a number near the note sequence, on a page whose label is another, is that note (A/RES/80/121 note 18).
      const strayNumber = bare && k === body.length - 1 && label !== null && line.text !== label && Math.abs(Number(line.text) - nextExpected) <= STRAY_NOTE_DISTANCE;
      const isNote = bare && ((noteStart(lines, body, k) !== null && (line.text !== label || labelElsewhere)) || strayNumber);
      if (furniture && !isNote) {
        marks.set(line.index, furnitureMark(furniture, 'footer'));
        const label = furniture.find((v) => v.label)?.label;
        if (label) labels[p]!.push(label);
        continue;
      }
      marks.set(line.index, { zone: 'footnote' });
      const start = noteStart(lines, body, k) ?? (bare ? { marker: line.text, inlineText: null } : null);
      if (start && (current === null || start.marker !== current.marker)) {
        current = { marker: start.marker, text: start.inlineText ?? '', page: line.page, start: line.start, end: line.end };
        notes.push(current);
        const n = Number(start.marker);
        if (Number.isFinite(n)) nextExpected = n + 1;
      } else if (current) {
        current.text = current.text ? `${current.text} ${line.text}` : line.text;
        current.end = line.end;
      }
    }
  }
  return { notes, marks, candidates: labels };
}
