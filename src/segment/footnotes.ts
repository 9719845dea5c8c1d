/**
 * The footnote area at the foot of a page. It starts after a "_____" rule
 * when there is one; otherwise at the highest note line ("11 See …", "1/ …",
 * "* …", or a number alone followed by its text, as pdftotext's default mode
 * prints it) whose number is a marker found in the text above it, or the
 * next note number the document is due to print. A number at the start of a
 * body line that no marker announces is never taken for a note.
 */
import { FOOTNOTE_NOTE, FOOTNOTE_NUMBER_ALONE, FOOTNOTE_RULE } from '../vocabulary/patterns.js';
import { markersIn } from '../vocabulary/markers.js';
import { furnitureLine } from './furniture.js';
import type { Line } from '../base/line.js';

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
/** A paragraph number or sub-item marker opening a line. */
const UNIT_START = /^(?:\d{1,3}(?:\.\d{1,3})*\.\s+\S|\d{1,3}\.\d{1,3}\s|\((?:[a-z]|[ivx]{1,4})\)\s)/;

function noteStart(lines: readonly Line[], body: readonly number[], k: number): { marker: string; inlineText: string | null } | null {
  const line = lines[body[k]!]!;
  const alone = FOOTNOTE_NUMBER_ALONE.exec(line.text);
  if (alone) {
    // pdftotext's default mode may put the page number between a note number and its text.
    let j = k + 1;
    while (j < body.length && /^\d{1,3}$/.test(lines[body[j]!]!.text)) j++;
    const next = body[j] === undefined ? undefined : lines[body[j]!];
    if (!next || /^\d{1,3}\.$/.test(next.text)) return null;
    return { marker: alone[1]!, inlineText: null };
  }
  const m = FOOTNOTE_NOTE.exec(line.text);
  if (!m) return null;
  return { marker: m[1] ?? m[2]!, inlineText: m[3]! };
}

/**
 * The highest note line in the lower part of a page whose number was
 * announced by a marker above it (or is the next note number due), with the
 * notes below it in decreasing order going up; -1 when there is none.
 */
function areaFromNotes(lines: readonly Line[], body: readonly number[], nextExpected: number): number {
  // Where each marker is first seen: a note is announced when its marker stands above it.
  const firstSeen = new Map<string, number>();
  for (let k = 0; k < body.length; k++) {
    for (const mk of markersIn(lines[body[k]!]!.text)) if (!firstSeen.has(mk.marker)) firstSeen.set(mk.marker, k);
  }
  const lowest = Math.floor(body.length * (1 - MAX_AREA_SHARE));
  let areaStart = -1;
  let previous: number | null = null;
  for (let k = body.length - 1; k >= Math.max(1, lowest, body.length - MAX_AREA_LINES); k--) {
    // Notes never contain a paragraph or item start: the area cannot begin above one.
    if (UNIT_START.test(lines[body[k]!]!.text)) break;
    const start = noteStart(lines, body, k);
    if (!start) continue;
    const announced = (firstSeen.get(start.marker) ?? Infinity) < k || start.marker === String(nextExpected);
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
 * Find and mark the footnote area of every page; return the notes in order.
 * A page number found inside the area fills `labels` where the page had none.
 */
export function markFootnotes(lines: Line[], pages: number[][], candidates: string[][], known: ReadonlySet<number> = new Set()): Note[] {
  const notes: Note[] = [];
  let nextExpected = 1;
  for (const [p, pageLines] of pages.entries()) {
    const body = pageLines.filter((i) => lines[i]!.zone === 'body');
    if (body.length === 0) continue;
    // The PDF reader may have seen the area by font size and position; else a rule; else the notes themselves.
    let areaStart = body.findIndex((i) => known.has(lines[i]!.start));
    if (areaStart < 0) {
      const rule = body.findIndex((i, k) => k >= body.length * 0.3 && FOOTNOTE_RULE.test(lines[i]!.text));
      if (rule >= 0) {
        lines[body[rule]!]!.zone = 'footer';
        lines[body[rule]!]!.furniture = 'footnote-separator';
        areaStart = rule + 1;
      } else {
        areaStart = areaFromNotes(lines, body, nextExpected);
      }
    }
    if (areaStart < 0 || areaStart >= body.length) continue;
    const previous = candidates[p - 1]?.[0];
    const expectedLabel = previous !== undefined && /^\d+$/.test(previous) ? String(Number(previous) + 1) : null;
    let current: Note | null = null;
    for (let k = areaStart; k < body.length; k++) {
      const line = lines[body[k]!]!;
      const furniture = furnitureLine(line.text, 'bottom');
      const bare = furniture?.length === 1 && furniture[0]!.kind === 'page-number';
      const isNote = bare && noteStart(lines, body, k) !== null && line.text !== (candidates[p]![0] ?? expectedLabel);
      if (furniture && !isNote) {
        line.zone = furniture.every((v) => v.kind === 'page-number') ? 'page-number' : 'footer';
        line.furniture = furniture.find((v) => v.kind !== 'page-number')?.kind ?? 'page-number';
        const label = furniture.find((v) => v.label)?.label;
        if (label) candidates[p]!.push(label);
        continue;
      }
      line.zone = 'footnote';
      const start = noteStart(lines, body, k);
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
  return notes;
}
