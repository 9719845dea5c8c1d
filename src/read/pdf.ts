/**
 * The one module that touches pdf-parse (and through it pdf.js). It is
 * imported only when the input is a PDF. pdf-parse's public API returns text
 * only; positions and font sizes come from the pdf.js document that its
 * `load()` returns (a plain method in 2.4.5, private in its types). The
 * adapter contract test (test/pdf.test.ts) fails loudly if an upgrade changes
 * what is relied on here.
 *
 * Safety: scripting and `eval` are off (isEvalSupported: false), no font
 * faces, no system fonts and no standard-font files are loaded (text needs
 * only the metrics pdf.js carries; loading the .pfb files cost 10% of a
 * batch), nothing is fetched. pdf.js runs with verbosity 0, so it prints
 * nothing and the process's console is never touched; whether it had to
 * rebuild a damaged file is read off the bytes (pdf-structure.ts).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { InputError } from '../base/errors.js';
import type { PageRange } from '../base/options.js';
import { layoutPage, type PageLayout, type PdfPageRuns, type PdfRun } from './pdf-layout.js';
import { checkTextLayer, corruptPdf, countPageGlyphs, encryptedPdf, pageSpan, refuseBroken, unreadablePdf, type PdfPages, type ReadPdfOptions } from './pdf-pages.js';
import { noGlyphs } from './text-layer.js';

/** The parts of pdf.js this adapter uses. */
interface PdfJsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
}
interface PdfJsPage {
  getViewport(options: { scale: number }): { height: number };
  getTextContent(): Promise<{ items: PdfJsTextItem[] }>;
  cleanup(): void;
}
export interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}
interface PdfParser {
  load(): Promise<PdfJsDocument>;
  destroy(): Promise<void>;
}

/** The worker module pdf.js's fake worker imports on first use in Node ("./pdf.worker.mjs" beside its pdf.mjs). */
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let pdfParse: Promise<typeof import('pdf-parse')> | null = null;

/**
 * pdf-parse, with the process's natives kept. pdf.js's legacy build bundles
 * core-js, whose feature test fails on Node 20, so loading pdf.js and its
 * worker module replaces `Array.prototype.push` and `JSON.parse` for the whole
 * process with slower polyfills (14.8% of the CPU of a 181-page PDF, issue
 * 15). Both modules are loaded here, up front — the worker from the same file
 * pdf.js would import, so it is not evaluated again — and the natives are put
 * back: a library must not leave the process changed.
 */
function loadPdfParse(): Promise<typeof import('pdf-parse')> {
  pdfParse ??= (async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    try {
      const module = await import('pdf-parse');
      const fromPdfParse = createRequire(import.meta.resolve('pdf-parse'));
      await import(pathToFileURL(fromPdfParse.resolve(PDFJS_WORKER)).href);
      return module;
    } finally {
      Array.prototype.push = push;
      JSON.parse = parse;
    }
  })();
  return pdfParse;
}

/** Create pdf-parse's parser; exported for the adapter test. */
export async function openPdf(bytes: Uint8Array): Promise<PdfParser> {
  const { PDFParse } = await loadPdfParse();
  // pdf.js transfers (empties) the buffer it is given: hand it a copy.
  const options = {
    data: new Uint8Array(bytes),
    // Errors only: pdf.js prints its warnings on the process's console, which a library must not touch.
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  };
  return new PDFParse(options as ConstructorParameters<typeof PDFParse>[0]) as unknown as PdfParser;
}

function runOf(item: PdfJsTextItem): PdfRun | null {
  if (typeof item.str !== 'string' || !Array.isArray(item.transform)) return null;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  return { str: item.str, x: e, y: f, width: item.width ?? 0, size: Math.hypot(c, d) || Math.hypot(a, b) };
}

function explain(error: unknown, path: string): InputError {
  const name = (error as Error)?.name ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException' || /password/i.test(message)) return encryptedPdf(path);
  if (name === 'InvalidPDFException' || name === 'FormatError' || /Invalid PDF|xref|startxref|structure/i.test(message)) return corruptPdf(path, message);
  return unreadablePdf(path, message);
}

/** Read the text runs of a PDF's pages with pdf.js. Throws InputError for encrypted, corrupt or text-less PDFs. */
export async function readPdf(bytes: Uint8Array, path: string, options: ReadPdfOptions = {}): Promise<PdfPages> {
  const value = await readPages(bytes, path, options.range, options.maxPages ?? Infinity);
  return { ...value, repaired: refuseBroken(bytes, path, options.lenient) };
}

async function readPages(bytes: Uint8Array, path: string, range: PageRange | undefined, maxPages: number): Promise<Omit<PdfPages, 'repaired'>> {
  const parser = await openPdf(bytes);
  try {
    let doc: PdfJsDocument;
    try {
      doc = await parser.load();
    } catch (error) {
      throw explain(error, path);
    }
    const total = doc.numPages;
    const { first, last } = pageSpan(path, total, range, maxPages);
    const pages: PageLayout[] = [];
    const glyphs = noGlyphs();
    for (let n = first; n <= last; n++) {
      let read: PdfPageRuns;
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        read = { runs: content.items.map(runOf).filter((r): r is PdfRun => r !== null), height: page.getViewport({ scale: 1 }).height };
        page.cleanup();
      } catch (error) {
        throw explain(error, path);
      }
      countPageGlyphs(read, glyphs);
      pages.push(layoutPage(read));
    }
    checkTextLayer(path, glyphs);
    return { pages, firstPage: first, totalPages: total };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
