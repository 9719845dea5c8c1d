/**
 * Segmentation: normalised text → lines with zones. Furniture first, then
 * the footnote area, then page numbers glued to text; what is left in the
 * `body` zone is the text to parse.
 */
import { markFootnotes, type Note } from './footnotes.js';
import { markFurniture } from './furniture.js';
import { takeGluedPageNumbers } from './glued-page-number.js';
import type { Line } from '../base/line.js';
import { splitLines } from './lines.js';
import { reconcileLabels } from './page-labels.js';
import { paginate } from './pages.js';

export interface Segmented {
  lines: Line[];
  /** Line indexes of each page. */
  pages: number[][];
  /** Printed label of each page, or null. */
  labels: (string | null)[];
  notes: Note[];
}

/** What a reader that knows the layout (the PDF reader) can tell the segmenter. */
export interface SegmentHints {
  /** Offsets (in the normalised text) of lines that open a page's footnote area. */
  footnoteStarts?: ReadonlySet<number>;
  /** Offsets of lines the reader placed in a page margin, repeated across pages. */
  furniture?: ReadonlyMap<number, 'header' | 'footer'>;
}

export function segment(text: string, hints: SegmentHints = {}): Segmented {
  const lines = splitLines(text);
  const running = new Set(lines.filter((l) => hints.furniture?.has(l.start)).map((l) => l.index));
  const pages = paginate(lines);
  const furniture = markFurniture(lines, pages, running);
  const candidates = furniture.map((f) => [...f.candidates]);
  const notes = markFootnotes(lines, pages, candidates, hints.footnoteStarts);
  const labels = takeGluedPageNumbers(lines, pages, reconcileLabels(lines, pages, candidates));
  return { lines, pages, labels, notes };
}

export type { Line, Note };
