/**
 * What a caller can ask of a parse: the one options type that the library,
 * `unrec parse` and `unrec batch` share (the CLI turns its flags into it).
 */

/** Physical PDF pages, 1-based, inclusive. */
export interface PageRange {
  first: number;
  last: number;
}

/**
 * The engines a PDF can be read with: pdf.js (through pdf-parse) or PDFium
 * compiled to WebAssembly. Both give the layout the same
 * positioned text runs; a damaged PDF read under `lenient` always goes
 * through pdf.js, whose rebuild is the one unrec knows.
 */
export const PDF_ENGINES = ['pdfjs', 'pdfium'] as const;
export type PdfEngine = (typeof PDF_ENGINES)[number];
/** The engine used when none is asked for: PDFium, in about 0.7× pdf.js's time, with the same records on the corpus (README, Performance). */
export const DEFAULT_PDF_ENGINE: PdfEngine = 'pdfium';

export interface ParseOptions {
  /** Also return every paragraph, records or not. */
  all?: boolean;
  /** PDF only: read just these physical pages. */
  pages?: PageRange;
  /** PDF only: read a damaged PDF that pdf.js can rebuild, with a warning. */
  lenient?: boolean;
  /** PDF only: the engine that reads it (default {@link DEFAULT_PDF_ENGINE}; see {@link PDF_ENGINES}). */
  engine?: PdfEngine;
  /**
   * PDF only, PDFium: read a long document's pages on this many threads
   * (default 1; 2 reads the second half on a helper thread). For one document
   * at a time: the batch already keeps every core busy with whole documents.
   */
  pdfThreads?: number;
  /** Refuse inputs larger than this many bytes (default {@link DEFAULT_LIMITS}). */
  maxBytes?: number;
  /** Refuse documents with more pages than this (default {@link DEFAULT_LIMITS}). */
  maxPages?: number;
}

/** One input to parse: its options and the path it is shown as ("-" for stdin). */
export interface ParseRequest extends ParseOptions {
  /** Shown as `source.path` and in record `source`. */
  path: string;
}

/** Input limits that suit real UN documents: the largest in the corpus is 2.5 MB and 181 pages. */
export const DEFAULT_LIMITS = { maxBytes: 64 * 1024 * 1024, maxPages: 1000 } as const;
