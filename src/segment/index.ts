/**
 * Segmentation: normalised text → lines with zones. Furniture first, then
 * the footnote area, then page numbers glued to text; what is left in the
 * `body` zone is the text to parse.
 */
import { markFootnotes, type Note } from './footnotes.js';
import { markFurniture } from './furniture.js';
import { takeGluedPageNumbers } from './glued-page-number.js';
import { splitLines, type Line } from './lines.js';
import { paginate } from './pages.js';

export interface Segmented {
  lines: Line[];
  /** Line indexes of each page. */
  pages: number[][];
  /** Printed label of each page, or null. */
  labels: (string | null)[];
  notes: Note[];
}

export function segment(text: string): Segmented {
  const lines = splitLines(text);
  const pages = paginate(lines);
  const furniture = markFurniture(lines, pages);
  const printed = furniture.map((f) => f.label);
  const notes = markFootnotes(lines, pages, printed);
  const labels = takeGluedPageNumbers(lines, pages, printed);
  return { lines, pages, labels, notes };
}

export type { Line, Note };
