/**
 * Which engine reads a PDF. Each adapter is imported only when it is used:
 * pdf.js costs most of a PDF's start-up, and PDFium's wasm is 4.6 MB.
 */
import { UsageError } from '../base/errors.js';
import { DEFAULT_PDF_ENGINE, PDF_ENGINES, type PdfEngine } from '../base/options.js';
import type { PdfPages, ReadPdfOptions } from './pdf-pages.js';
import { crossReferenceIntact } from './pdf-structure.js';

/** More threads than halves of the page range would sit idle. */
const MAX_PDF_THREADS = 2;

/** Read a PDF's pages with `engine`; a broken PDF under `lenient` is read by pdf.js, whose rebuild is the one `pdf-repaired` stands for. */
export async function readPdfPages(bytes: Uint8Array, path: string, options: ReadPdfOptions, engine: PdfEngine = DEFAULT_PDF_ENGINE): Promise<PdfPages> {
  if (!PDF_ENGINES.includes(engine)) throw new UsageError(`unknown PDF engine "${String(engine)}", expected ${PDF_ENGINES.join(' or ')}`);
  if (options.threads !== undefined && !(Number.isInteger(options.threads) && options.threads >= 1 && options.threads <= MAX_PDF_THREADS)) {
    throw new UsageError(`pdfThreads must be a whole number from 1 to ${MAX_PDF_THREADS}, not ${String(options.threads)}`);
  }
  if (engine === 'pdfium' && !(options.lenient && !crossReferenceIntact(bytes))) {
    const { readPdfium } = await import('./pdfium.js');
    return readPdfium(bytes, path, options);
  }
  const { readPdf } = await import('./pdf.js');
  return readPdf(bytes, path, options);
}
