/**
 * The shape every stage shares: one line of the normalised text with its
 * offsets, page and zone. Offsets are 0-based UTF-16 code units into the
 * normalised text; the offset map of the normalize stage takes them back to
 * the input.
 */
import type { FurnitureKind } from '../schema/document.js';

export type Zone =
  | 'blank'
  | 'header'
  | 'footer'
  | 'page-number'
  | 'footnote'
  | 'noise'
  | 'body';

export interface Line {
  /** Position in the document's line list. */
  readonly index: number;
  /** Page, 0-based: physical (form feeds) until running headers split it further (see pages.ts). */
  readonly page: number;
  /** Physical page, 0-based: form feeds seen before this line. */
  readonly sheet: number;
  /** Offsets of the trimmed text in the normalised text. */
  readonly start: number;
  readonly end: number;
  /** Trimmed text (furniture glued to its end may be cut off later). */
  readonly text: string;
  /** Leading spaces before the text (layout columns). */
  readonly indent: number;
  /** True when this line was cut out of a longer physical line. */
  readonly cut: boolean;
  readonly zone: Zone;
  /** Furniture kind when zone is furniture. */
  readonly furniture?: FurnitureKind;
}

/**
 * A line with some fields changed, made by one object literal in the order of
 * Line. A spread (`{ ...line, zone, ...(kind ? { furniture: kind } : {}) }`)
 * gave every furniture line a hidden class of its own, 362 on A/HRC/43/2, so
 * each loop over all lines read them through V8's megamorphic cache (issue 15).
 * Here a line has one of two shapes: without furniture, or with it.
 */
export function changedLine(line: Line, change: { zone?: Zone; furniture?: FurnitureKind; text?: string; end?: number }): Line {
  const out: { -readonly [K in keyof Line]: Line[K] } = {
    index: line.index,
    page: line.page,
    sheet: line.sheet,
    start: line.start,
    end: change.end ?? line.end,
    text: change.text ?? line.text,
    indent: line.indent,
    cut: line.cut,
    zone: change.zone ?? line.zone,
  };
  const furniture = change.furniture ?? line.furniture;
  if (furniture !== undefined) out.furniture = furniture;
  return out;
}
