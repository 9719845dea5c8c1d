/**
 * What every PDF engine adapter (pdf.ts for pdf.js, pdfium.ts for PDFium)
 * gives and refuses, written once so the engines cannot drift apart: the
 * pages they return, the page span they read, and the errors for encrypted,
 * corrupt, text-less and over-long documents, with the same wording and ids.
 */
import { InputError } from '../base/errors.js';
import type { PageRange } from '../base/options.js';
import type { PageLayout, PdfPageRuns } from './pdf-layout.js';
import { crossReferenceIntact } from './pdf-structure.js';
import { countGlyphs, unreadableReason, type GlyphCounts } from './text-layer.js';

export interface PdfPages {
  /** Pages read, in order, each laid out as it was read (pdf-layout.ts: layoutPage). */
  pages: PageLayout[];
  /** pdf.js had to rebuild a broken structure (only with `lenient`). */
  repaired: boolean;
  /** 1-based number of the first page read. */
  firstPage: number;
  totalPages: number;
}

export interface ReadPdfOptions {
  range?: PageRange;
  /** Refuse a document with more pages than this (a page range within it is fine). */
  maxPages?: number;
  /** Accept a PDF whose structure pdf.js had to rebuild (the text may be incomplete). */
  lenient?: boolean;
  /** PDFium: read a long page range on this many threads (1, the default, or 2). */
  threads?: number;
}

/** The password error, by whichever engine found it. */
export function encryptedPdf(path: string): InputError {
  return new InputError(`${path}: the PDF is password-protected; unrec cannot read it`, 'pdf-encrypted');
}

/** A file the engine could not open as a PDF at all. */
export function corruptPdf(path: string, detail: string): InputError {
  return new InputError(`${path}: not a readable PDF (corrupt or truncated): ${detail}`, 'pdf-corrupt');
}

/** Any other failure of the engine. */
export function unreadablePdf(path: string, detail: string): InputError {
  return new InputError(`${path}: the PDF could not be read: ${detail}`, 'pdf-unreadable');
}

/** The 1-based pages to read of a document of `total` pages; refuses too many pages or a range outside it. */
export function pageSpan(path: string, total: number, range: PageRange | undefined, maxPages: number): { first: number; last: number } {
  const first = Math.max(1, range?.first ?? 1);
  const last = Math.min(total, range?.last ?? total);
  if (last - first + 1 > maxPages) {
    throw new InputError(`${path}: ${last - first + 1} pages is over the page limit of ${maxPages} (raise it with --max-pages, or read a range with --pages)`, 'too-many-pages');
  }
  if (range && first > last) throw new InputError(`${path}: pages ${range.first}-${range.last} are outside the document (${total} pages)`, 'pdf-page-range');
  return { first, last };
}

/** Add a page's runs to the counts its text layer is judged by (checkTextLayer); a page's runs are counted as it is read. */
export function countPageGlyphs(page: PdfPageRuns, counts: GlyphCounts): void {
  for (const r of page.runs) countGlyphs(r.str, counts);
}

/** Refuse pages whose text layer is missing (scans) or is glyph numbers, not text, by the counts of all their runs. */
export function checkTextLayer(path: string, glyphs: GlyphCounts): void {
  if (glyphs.chars === 0) {
    throw new InputError(`${path}: the PDF has no text layer (scanned images?): it needs OCR before unrec can read it`, 'pdf-no-text');
  }
  const unreadable = unreadableReason(glyphs);
  if (unreadable) throw new InputError(`${path}: the PDF's text layer is unreadable (${unreadable}): it needs OCR before unrec can read it`, 'pdf-unreadable-text');
}

/**
 * Whether the PDF's structure is broken, refusing it unless `lenient`. Read
 * off the bytes, not an engine's console: engines rebuild a broken table
 * silently. Only pdf.js reads a broken file (under `lenient`).
 */
export function refuseBroken(bytes: Uint8Array, path: string, lenient: boolean | undefined): boolean {
  const repaired = !crossReferenceIntact(bytes);
  if (repaired && !lenient) {
    throw new InputError(`${path}: corrupt PDF (broken cross-reference table); --lenient reads what pdf.js can rebuild`, 'pdf-corrupt');
  }
  return repaired;
}
