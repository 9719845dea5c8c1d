/**
 * What one cell of page furniture is ("page 18", "GE.09-14368 (E) 010709",
 * "2/9"): an ordered table of named rules. A line is furniture when each of
 * its layout cells (runs of text apart by two spaces or more) is.
 */
import type { FurnitureKind } from '../schema/document.js';
import {
  BARCODE, BARE_PAGE_NUMBER, CELL_GAP, CONTINUATION, DATE_STAMP, GENEVA_JOB, LANGUAGE_LINE, NEW_YORK_JOB, PAGE_WORD, RECYCLE,
} from '../vocabulary/patterns.js';
import { wholeSymbol } from '../vocabulary/symbol.js';

export type Edge = 'top' | 'bottom';

export interface CellVerdict {
  kind: FurnitureKind;
  /** Page label this cell prints, if any. */
  label?: string;
}

export interface CellRule {
  id: string;
  why: string;
  apply(cell: string, where: Edge): CellVerdict | null;
}

/** A Geneva job number line is short: "GE.09-14368 (E) 010709 *0914368*"; a longer line that opens with one is text. */
export const JOB_LINE_MAX = 60;

const running = (where: Edge): FurnitureKind => (where === 'top' ? 'header' : 'footer');

export const CELL_RULES: readonly CellRule[] = [
  {
    id: 'page-word',
    why: 'Old running headers print "page 18" / "Page 3" (seed E/CN.4/2000/82, A/52/687).',
    apply: (cell, where) => {
      const m = PAGE_WORD.exec(cell);
      return m ? { kind: running(where), label: m[1]! } : null;
    },
  },
  {
    id: 'bare-page-number',
    why: 'A page number alone, "- 3 -", or a page-of-pages "2/9" (every corpus document).',
    apply: (cell) => {
      const m = BARE_PAGE_NUMBER.exec(cell);
      return m ? { kind: 'page-number', label: m[1] ?? m[2]! } : null;
    },
  },
  {
    id: 'geneva-job-number',
    why: '"GE.19-21936(E)" at the foot of Geneva documents (A/HRC/43/15).',
    apply: (cell) => (GENEVA_JOB.test(cell) && cell.length < JOB_LINE_MAX ? { kind: 'job-number' } : null),
  },
  {
    id: 'new-york-job-number',
    why: '"23-21227 (E) 131123", "25-03579* (E)" at the foot of New York documents (A/RES/78/323, S/RES/2776).',
    apply: (cell) => (NEW_YORK_JOB.test(cell) ? { kind: 'job-number' } : null),
  },
  {
    id: 'barcode',
    why: 'The barcode rendered as text, "*2321227*" (A/RES/78/323).',
    apply: (cell) => (BARCODE.test(cell) ? { kind: 'barcode' } : null),
  },
  {
    id: 'date-stamp',
    why: 'The six-digit date stamp that follows a job number on its own line, "251197" (fixture old-report-1990s, A/50/610).',
    apply: (cell) => (DATE_STAMP.test(cell) ? { kind: 'job-number' } : null),
  },
  {
    id: 'continuation',
    why: 'The "/..." continuation mark at the foot of old documents (A/50/610).',
    apply: (cell) => (CONTINUATION.test(cell) ? { kind: 'continuation' } : null),
  },
  {
    id: 'recycle',
    why: 'The "Please recycle" logo text some UN PDFs carry in their text layer (none in the corpus: the row in the rule test is all that holds it).',
    apply: (cell) => (RECYCLE.test(cell) ? { kind: 'recycle' } : null),
  },
  {
    id: 'language-line',
    why: 'The language line of old running headers, "English" (A/52/687).',
    apply: (cell, where) => (LANGUAGE_LINE.test(cell) ? { kind: running(where) } : null),
  },
  {
    id: 'document-symbol',
    why: 'The document symbol of the running header, "A/HRC/8/47" (every corpus document after page 1).',
    apply: (cell, where) => (wholeSymbol(cell) ? { kind: running(where) } : null),
  },
];

/** What one furniture cell is, or null. */
export function furnitureCell(cell: string, where: Edge): CellVerdict | null {
  for (const rule of CELL_RULES) {
    const verdict = rule.apply(cell, where);
    if (verdict) return verdict;
  }
  return null;
}

/** A whole line is furniture when each of its layout cells is. */
export function furnitureLine(text: string, where: Edge): CellVerdict[] | null {
  const verdicts: CellVerdict[] = [];
  for (const cell of text.split(CELL_GAP)) {
    const verdict = furnitureCell(cell, where);
    if (!verdict) return null;
    verdicts.push(verdict);
  }
  return verdicts;
}
