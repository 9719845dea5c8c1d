/**
 * Segmentation: normalised text → lines with zones. Furniture first, then
 * the footnote area, then page numbers glued to text; what is left in the
 * `body` zone is the text to parse.
 */
import { findFootnotes, type Note } from './footnotes.js';
import { markFurniture } from './furniture.js';
import { takeGluedPageNumbers } from './glued-page-number.js';
import { changedLine, type Line } from '../base/line.js';
import { splitLines } from './lines.js';
import { reconcileLabels } from './page-labels.js';
import { paginate } from './pages.js';
import { Zoning } from './zoning.js';

export interface Segmented {
  lines: Line[];
  /** Line indexes of each page. */
  pages: number[][];
  /** Printed label of each page, or null. */
  labels: (string | null)[];
  notes: Note[];
  /** Page numbers cut off the end of a line they were glued to: line index → the number. */
  gluedLabels: ReadonlyMap<number, string>;
}

/** What a reader that knows the layout (the PDF reader) can tell the segmenter. */
export interface SegmentHints {
  /** Offsets (in the normalised text) of lines that open a page's footnote area. */
  footnoteStarts?: ReadonlySet<number>;
  /** Offsets of lines the reader placed in a page margin, repeated across pages. */
  furniture?: ReadonlyMap<number, 'header' | 'footer'>;
}

/**
 * Segment normalised text. Each step returns its marks (zones, label
 * candidates, cuts) instead of rewriting lines; the lines with their final
 * page, zone and text are made here, once.
 */
export function segment(text: string, hints: SegmentHints = {}): Segmented {
  const split = splitLines(text);
  const { pageOf, pages } = paginate(split);
  // The split lines are this function's own until it returns: each gets its page in place, not in a copy (100,000 lines on 5 MB, issue 15).
  for (const l of split as { page: number; index: number }[]) l.page = pageOf[l.index]!;
  const paged: readonly Line[] = split;
  const margins = hints.furniture;
  // Only a PDF reader gives margins: text input asks nothing of its 100,000 lines.
  const running = new Set(margins ? paged.filter((l) => margins.has(l.start)).map((l) => l.index) : []);
  const furniture = markFurniture(paged, pages, running);
  let zoning = Zoning.of(paged).with(furniture.marks);
  const footnotes = findFootnotes(zoning, pages, furniture.candidates, hints.footnoteStarts);
  zoning = zoning.with(footnotes.marks);
  const reconciled = reconcileLabels(zoning, pages, footnotes.candidates);
  zoning = zoning.with(reconciled.marks);
  const glued = takeGluedPageNumbers(zoning, pages, reconciled.labels);
  const lines = paged.map((l) => {
    const line = zoning.line(l.index);
    const cut = glued.cuts.get(l.index);
    return cut ? changedLine(line, cut) : line;
  });
  const gluedLabels = new Map([...glued.cuts].map(([i, cut]) => [i, paged[i]!.text.slice(cut.text.length).trim()] as const));
  return { lines, pages, labels: glued.labels, notes: footnotes.notes, gluedLabels };
}

export type { Line, Note };
