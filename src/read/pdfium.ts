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
import { Worker } from 'node:worker_threads';
import { InputError } from '../base/errors.js';
import type { RuleId } from '../base/rule-ids.js';
import { layoutPage, type PageLayout, type PdfPageRuns } from './pdf-layout.js';
import { glyphRuns } from './pdf-glyphs.js';
import { checkTextLayer, corruptPdf, countPageGlyphs, encryptedPdf, pageSpan, refuseBroken, unreadablePdf, type PdfPages, type ReadPdfOptions } from './pdf-pages.js';
import { addGlyphs, noGlyphs, type GlyphCounts } from './text-layer.js';
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

/** A page range this long or longer is shared with a helper thread when threads are allowed: below it, the thread's start-up (≈ 80 ms: a worker, PDFium, the document) costs more than the pages it takes (measured break-even on two cores). */
const PARALLEL_MIN_PAGES = 64;

/** The helper's share of a shared range: half, as it starts with this thread (see EARLY_HELPER_BYTES): 1.26 s on A/HRC/43/2 against 1.30 s with 47%, six alternating runs. */
const HELPER_SHARE = 0.5;

/**
 * Open a document in this thread's PDFium and hand it to `use`, freeing
 * the document and its buffer after, on success or error. An abort inside
 * PDFium (out of wasm memory, a failed check) leaves the instance unusable:
 * it is dropped, and the input is what broke it.
 */
async function withDocument<T>(bytes: Uint8Array, path: string, use: (reader: Reader, doc: number) => Promise<T>): Promise<T> {
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
    try {
      return await use(new Reader(p, scratch), doc);
    } finally {
      p.FPDF_CloseDocument(doc);
    }
  } catch (error) {
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

/** Pages of a document, each laid out in the thread that read it, and the glyph counts of their runs (checkTextLayer). */
export interface PagesPart {
  pages: PageLayout[];
  glyphs: GlyphCounts;
}

/**
 * Pages first to last (1-based), each laid out as soon as it is read: a
 * helper thread lays out its own part, which takes that work off this
 * thread and posts lines instead of runs (issue 15).
 */
function readPages(reader: Reader, doc: number, first: number, last: number, path: string): PagesPart {
  const pages: PageLayout[] = [];
  const glyphs = noGlyphs();
  for (let n = first; n <= last; n++) {
    const page = readPage(reader, doc, n - 1, path);
    countPageGlyphs(page, glyphs);
    pages.push(layoutPage(page));
  }
  return { pages, glyphs };
}

/** The pages this thread reads and those a helper reads, from the same options in either thread. */
interface Parts {
  first: number;
  /** The last page this thread reads; the helper reads the pages after it, to `last`. */
  split: number;
  last: number;
  total: number;
}

function partsOf(path: string, total: number, options: ReadPdfOptions): Parts {
  const { first, last } = pageSpan(path, total, options.range, options.maxPages ?? Infinity);
  const shared = (options.threads ?? 1) > 1 && last - first + 1 >= PARALLEL_MIN_PAGES;
  return { first, split: shared ? last - Math.floor((last - first + 1) * HELPER_SHARE) : last, last, total };
}

/**
 * A file this large likely has pages enough to share: its helper is started
 * before this thread has PDFium and the page count (≈ 60 ms earlier), and
 * stopped if the range turns out short. A 64-page UN report is 300 KB or more.
 */
const EARLY_HELPER_BYTES = 256 * 1024;

/**
 * Read the text runs of a PDF's pages with PDFium. Throws InputError for
 * encrypted, corrupt or text-less PDFs, like readPdf (pdf.ts). A broken
 * structure is refused: under `lenient` the caller reads it with pdf.js.
 * With `threads` above 1, a long page range is read in two parts at once,
 * the last half by a helper thread (pdfium-helper.ts); the pages are the same.
 */
export async function readPdfium(bytes: Uint8Array, path: string, options: ReadPdfOptions = {}): Promise<PdfPages> {
  const threads = (options.threads ?? 1) > 1;
  let helper = threads && bytes.length >= EARLY_HELPER_BYTES ? startHelper(bytes, path, options) : null;
  try {
    const read = await withDocument(bytes, path, async (reader, doc) => {
      const { first, split, last, total } = partsOf(path, reader.p.FPDF_GetPageCount(doc), options);
      if (split === last) helper?.stop();
      else helper ??= startHelper(bytes, path, options);
      const own = readPages(reader, doc, first, split, path);
      const rest = split < last ? await helper!.pages.catch((error: unknown) => (error instanceof InputError ? Promise.reject(error) : readPages(reader, doc, split + 1, last, path))) : null;
      return { pages: rest ? own.pages.concat(rest.pages) : own.pages, glyphs: rest ? addGlyphs(own.glyphs, rest.glyphs) : own.glyphs, firstPage: first, totalPages: total };
    });
    checkTextLayer(path, read.glyphs);
    return { pages: read.pages, firstPage: read.firstPage, totalPages: read.totalPages, repaired: refuseBroken(bytes, path, options.lenient) };
  } finally {
    helper?.stop();
  }
}

/** The helper thread's part of a long document, from the same options (nothing when the range is too short to share); nothing checked but the pages themselves. */
export function readHelperPart(bytes: Uint8Array, path: string, options: ReadPdfOptions): Promise<PagesPart> {
  return withDocument(bytes, path, async (reader, doc) => {
    const { split, last } = partsOf(path, reader.p.FPDF_GetPageCount(doc), options);
    return readPages(reader, doc, split + 1, last, path);
  });
}

/** What the helper thread posts back: its pages, or the error that stopped it. */
export type HelperReply = PagesPart | { error: { message: string; ruleId: RuleId | null } };

const HELPER_PATH = import.meta.url.endsWith('.ts') ? '../../dist/read/pdfium-helper.js' : import.meta.url.endsWith('/unrec.mjs') ? './read/pdfium-helper.js' : './pdfium-helper.js';

/**
 * Start a helper thread on its part of the pages. Its pages reject with the
 * input's InputError, or with any other error when the thread itself
 * failed (the caller then reads those pages itself).
 */
function startHelper(bytes: Uint8Array, path: string, options: ReadPdfOptions): { pages: Promise<PagesPart>; stop(): void } {
  const { range, maxPages, threads } = options;
  const worker = new Worker(new URL(HELPER_PATH, import.meta.url), { workerData: { bytes, path, options: { range, maxPages, threads } } });
  const pages = new Promise<PagesPart>((resolve, reject) => {
    worker.once('message', (reply: HelperReply) => ('pages' in reply ? resolve(reply) : reject(reply.error.ruleId ? new InputError(reply.error.message, reply.error.ruleId) : new Error(reply.error.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the PDF page thread stopped (exit code ${code})`)));
  });
  // Read or not (this thread may fail first), the promise never goes unhandled.
  pages.catch(() => undefined);
  return { pages, stop: () => void worker.terminate() };
}
