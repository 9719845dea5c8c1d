/**
 * The one module that touches @embedpdf/pdfium (PDFium compiled to
 * WebAssembly), the second PDF engine (`engine: 'pdfium'`). It is imported
 * only for a PDF read with that engine. It gives the same pages as the pdf.js
 * adapter (pdf.ts): PDFium's FPDFText gives characters one by one, which
 * pdf-glyphs.ts cuts into runs the way pdf.js does.
 *
 * Safety: the wasm is read from the installed package (never the CDN URL the
 * package defaults to in a browser); PDFium runs no scripts (no form-fill
 * environment is set up); its print hooks are silenced so the process's
 * console is never touched. Every document, page, text page and buffer it
 * is given is freed before readPdfium returns, on success or error.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { InputError } from '../base/errors.js';
import type { PdfPageRuns } from './pdf-layout.js';
import { glyphRuns } from './pdf-glyphs.js';
import { checkTextLayer, corruptPdf, encryptedPdf, pageSpan, refuseBroken, unreadablePdf, type PdfPages, type ReadPdfOptions } from './pdf-pages.js';
import { pageGlyphs, Reader, SCRATCH_BYTES, type Pdfium } from './pdfium-text.js';

/** FPDF_GetLastError codes (fpdfview.h). */
const ERR_FILE = 2;
const ERR_FORMAT = 3;
const ERR_PASSWORD = 4;
const ERR_SECURITY = 5;

let loaded: Promise<Pdfium> | null = null;

/** PDFium, instantiated once per thread from the package's own pdfium.wasm. */
function loadPdfium(): Promise<Pdfium> {
  loaded ??= (async () => {
    const { init } = await import('@embedpdf/pdfium');
    const wasmBinary = await readFile(fileURLToPath(import.meta.resolve('@embedpdf/pdfium/pdfium.wasm')));
    const silent = () => undefined;
    const module = (await init({ wasmBinary, print: silent, printErr: silent } as Parameters<typeof init>[0])) as unknown as Pdfium;
    module.PDFiumExt_Init();
    return module;
  })();
  return loaded;
}

/**
 * PDFium's memory (the wasm heap, outside V8's) may grow as far as the
 * thread's own heap limit: a batch worker's resourceLimits hold for a
 * compression bomb read by PDFium as they do for one read by pdf.js.
 */
function memoryCap(): number {
  return getHeapStatistics().heap_size_limit;
}

/** A PDFium instance that grew past this is dropped after the document: wasm memory never shrinks. */
const KEEP_INSTANCE_BYTES = 256 * 2 ** 20;

function wasmBytes(p: Pdfium): number {
  return p.pdfium.HEAPU8.byteLength;
}

function checkMemory(p: Pdfium, path: string): void {
  const cap = memoryCap();
  if (wasmBytes(p) > cap) {
    throw new InputError(`${path}: needed more than ${Math.round(cap / 2 ** 20)} MB of memory (PDFium)`, 'input-memory');
  }
}

/** The runs and height of one page (0-based), freeing what PDFium allocated for it. */
function readPage(r: Reader, doc: number, index: number, path: string): PdfPageRuns {
  const p = r.p;
  const page = p.FPDF_LoadPage(doc, index);
  checkMemory(p, path);
  if (page === 0) throw unreadablePdf(path, `PDFium could not load page ${index + 1}`);
  try {
    const text = p.FPDFText_LoadPage(page);
    if (text === 0) throw unreadablePdf(path, `PDFium could not read the text of page ${index + 1}`);
    try {
      return { runs: glyphRuns(pageGlyphs(r, text, r.viewBox(page))), height: p.FPDF_GetPageHeightF(page) };
    } finally {
      p.FPDFText_ClosePage(text);
    }
  } finally {
    p.FPDF_ClosePage(page);
  }
}

/** Why PDFium would not open a document, in fpdfview.h's words. */
function openError(p: Pdfium, path: string) {
  const code = p.FPDF_GetLastError();
  if (code === ERR_PASSWORD || code === ERR_SECURITY) return encryptedPdf(path);
  if (code === ERR_FORMAT) return corruptPdf(path, 'PDFium: file not in PDF format or corrupted');
  if (code === ERR_FILE) return corruptPdf(path, 'PDFium: file not found or could not be opened');
  return unreadablePdf(path, `PDFium error ${code}`);
}

/**
 * Read the text runs of a PDF's pages with PDFium. Throws InputError for
 * encrypted, corrupt or text-less PDFs, like readPdf (pdf.ts). A broken
 * structure is refused: under `lenient` the caller reads it with pdf.js.
 */
export async function readPdfium(bytes: Uint8Array, path: string, options: ReadPdfOptions = {}): Promise<PdfPages> {
  const p = await loadPdfium();
  const buffer = p.pdfium.wasmExports.malloc(bytes.length);
  const scratch = p.pdfium.wasmExports.malloc(SCRATCH_BYTES);
  let aborted = false;
  try {
    // PDFium reads the document from this buffer for as long as it is open.
    p.pdfium.HEAPU8.set(bytes, buffer);
    const doc = p.FPDF_LoadMemDocument(buffer, bytes.length, '');
    checkMemory(p, path);
    if (doc === 0) throw openError(p, path);
    let read: Omit<PdfPages, 'repaired'>;
    try {
      const total = p.FPDF_GetPageCount(doc);
      const { first, last } = pageSpan(path, total, options.range, options.maxPages ?? Infinity);
      const pages: PdfPageRuns[] = [];
      const reader = new Reader(p, scratch);
      for (let n = first; n <= last; n++) pages.push(readPage(reader, doc, n - 1, path));
      checkTextLayer(path, pages);
      read = { pages, firstPage: first, totalPages: total };
    } finally {
      p.FPDF_CloseDocument(doc);
    }
    return { ...read, repaired: refuseBroken(bytes, path, options.lenient) };
  } catch (error) {
    // PDFium aborts (out of wasm memory, a failed check): the instance is unusable, and the input is what broke it.
    if (!(error instanceof Error) || error.name !== 'RuntimeError') throw error;
    aborted = true;
    throw new InputError(`${path}: PDFium stopped reading it (${error.message})`, /\bOOM\b|memory/i.test(error.message) ? 'input-memory' : 'pdf-corrupt');
  } finally {
    if (aborted || wasmBytes(p) > KEEP_INSTANCE_BYTES) loaded = null;
    else {
      p.pdfium.wasmExports.free(scratch);
      p.pdfium.wasmExports.free(buffer);
    }
  }
}
