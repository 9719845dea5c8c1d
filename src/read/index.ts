/**
 * Bytes → text the pipeline can parse. The format is sniffed from the
 * content (a PDF named .txt is still a PDF); only Markdown, which looks like
 * text, is told by its extension.
 */
import { InputError, tooLarge } from '../base/errors.js';
import type { OffsetMapLike } from '../base/offset-map.js';
import { DEFAULT_LIMITS, type ParseRequest } from '../base/options.js';
import { decodeText } from './decode.js';
import { docxToHtml, isDocx, refuseLegacyOffice } from './docx.js';
import type { MarkdownText } from './markdown.js';
import type { PdfLayout } from './pdf-layout.js';

export type InputFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface ReadResult {
  text: string;
  format: InputFormat;
  encoding: string | null;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) {
    if (PDF_MAGIC.every((b, k) => head[i + k] === b)) return true;
  }
  return false;
}

/** Share of control bytes (other than whitespace) that marks a file as binary. */
const BINARY_SHARE = 0.1;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) control++;
  }
  return control / sample.length > BINARY_SHARE;
}

/** An HTML page, by its name or by how it begins (a saved page may be named anything). */
function isHtml(text: string, path: string): boolean {
  return /\.x?html?$/i.test(path) || /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text.slice(0, 4096));
}

/** Read text input (plain or Markdown). PDF bytes do not belong here: callers send them to the PDF reader (pdf.ts). */
function readText(bytes: Uint8Array, path: string): ReadResult {
  if (isPdf(bytes)) throw new InputError(`${path}: a PDF, to be read with the PDF reader, not as text`, 'pdf-as-text');
  if (bytes.length === 0) throw new InputError(`${path}: empty file, nothing to parse`, 'empty-input');
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new InputError(`${path}: only blank text, nothing to parse`, 'empty-input');
  if (looksBinary(text)) throw new InputError(`${path}: binary data, not text`, 'binary-input');
  const format: InputFormat = /\.(?:md|markdown)$/i.test(path) ? 'markdown' : isHtml(text, path) ? 'html' : 'text';
  return { text, format, encoding };
}

/** What the reader made of an input: the text the pipeline parses, and what the reader knows about it. */
export interface ReadDocument {
  /** Decoded text, the text of a PDF's layout, or Markdown made plain. */
  text: string;
  format: InputFormat | 'pdf';
  encoding: string | null;
  /** When `text` was made from another source (Markdown): that source and the map back to it. */
  origin?: { text: string; map: OffsetMapLike };
  /** Lines the reader knows to be headings (Markdown headings). */
  headings?: ReadonlySet<string>;
  /** PDF input: the layout (lines with size and position) and the first physical page read. */
  pdf?: { layout: PdfLayout; firstPage: number; repaired: boolean };
  /** What the reader has to say about how it read the input (a page range it could not honour as asked). */
  notes?: { ruleId: 'pages-not-pdf' | 'pages-clamped'; reason: string }[];
}

/** Bytes → text, by content: PDF through the PDF reader, Markdown made plain, anything else decoded. Limits are checked here. */
export async function readDocument(bytes: Uint8Array, request: ParseRequest): Promise<ReadDocument> {
  const { path } = request;
  const maxBytes = request.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const maxPages = request.maxPages ?? DEFAULT_LIMITS.maxPages;
  if (bytes.length > maxBytes) {
    throw tooLarge(path, maxBytes, bytes.length);
  }
  if (isPdf(bytes)) {
    // Loaded only for PDFs: the PDF engine is most of the start-up time.
    const [{ readPdfPages }, { joinPages }] = await Promise.all([import('./pdf-engine.js'), import('./pdf-layout.js')]);
    const pdf = await readPdfPages(bytes, path, { range: request.pages, lenient: request.lenient, maxPages, threads: request.pdfThreads }, request.engine);
    const layout = joinPages(pdf.pages);
    const lastRead = pdf.firstPage + pdf.pages.length - 1;
    const notes = request.pages && request.pages.last > lastRead
      ? [{ ruleId: 'pages-clamped' as const, reason: `Unexpected page range ${request.pages.first}-${request.pages.last}, expected pages up to ${pdf.totalPages}: read ${request.pages.first}-${lastRead}` }]
      : [];
    return { text: layout.text, format: 'pdf', encoding: null, pdf: { layout, firstPage: pdf.firstPage, repaired: pdf.repaired }, ...(notes.length ? { notes } : {}) };
  }
  refuseLegacyOffice(bytes, path);
  if (isDocx(bytes)) {
    const html = await docxToHtml(bytes, path);
    const { htmlToText } = await import('./html.js');
    const doc = await htmlToText(html);
    if (doc.text.trim() === '') throw new InputError(`${path}: a Word document without text, nothing to parse`, 'empty-input');
    return madePlain({ text: html, format: 'docx', encoding: null, ...(request.pages ? { notes: [pagesNotPdf('a Word')] } : {}) }, doc);
  }
  const read: ReadDocument = readText(bytes, path);
  if (request.pages) read.notes = [pagesNotPdf('a text')];
  const pages = countPages(read.text);
  if (pages > maxPages) throw new InputError(`${path}: ${pages} pages is over the page limit of ${maxPages} (raise it with --max-pages)`, 'too-many-pages');
  if (read.format === 'markdown') {
    const { markdownToText } = await import('./markdown.js');
    return madePlain(read, await markdownToText(read.text));
  }
  if (read.format === 'html') {
    const { htmlToText } = await import('./html.js');
    return madePlain(read, await htmlToText(read.text));
  }
  return read;
}

/** Markup (Markdown, HTML, a .docx's HTML) made plain: the plain text is parsed, the markup is what positions map back to. */
function madePlain(markup: ReadDocument, plain: MarkdownText): ReadDocument {
  return { ...markup, text: plain.text, origin: { text: markup.text, map: plain.map }, headings: plain.headings };
}

/** --pages asked of an input that has no pages to choose: it is read whole, and said so. */
function pagesNotPdf(input: string): NonNullable<ReadDocument['notes']>[number] {
  return { ruleId: 'pages-not-pdf', reason: `Unexpected --pages for ${input} input, expected a PDF: the whole document was read` };
}

/** Physical pages of a text: form feeds + 1. */
function countPages(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) n++;
  return n;
}
