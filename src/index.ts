/**
 * The programmatic API: bytes in, a validated document out. No I/O here:
 * the caller reads files; the CLI is one such caller.
 */
import { createHash } from 'node:crypto';
import { assembleDocument, type ParseOptions } from './assemble/document.js';
import { InputError, UnrecError } from './base/errors.js';
import { DEFAULT_LIMITS } from './base/limits.js';
import { isPdf, readText } from './read/index.js';
import type { PageRange } from './read/pdf.js';
import { DocumentSchema, type UnDocument } from './schema/document.js';

export interface ParseRequest extends ParseOptions {
  /** Shown as `source.path` and in record `source`; "-" for stdin. */
  path: string;
  /** PDF only: read just these physical pages (1-based, inclusive). */
  pages?: PageRange;
  /** PDF only: read a damaged PDF that pdf.js can rebuild, with a warning. */
  lenient?: boolean;
  /** Refuse inputs larger than this many bytes (default 64 MiB). */
  maxBytes?: number;
  /** Refuse documents with more pages than this (default 1000). */
  maxPages?: number;
}

export { DEFAULT_LIMITS } from './base/limits.js';

/** sha256 of the input bytes, hex. Taken before anything consumes the buffer. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Parse one input. Throws UnrecError for inputs that cannot be parsed. */
export async function parse(bytes: Uint8Array, request: ParseRequest): Promise<UnDocument> {
  const sha256 = sha256Hex(bytes);
  const maxBytes = request.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const maxPages = request.maxPages ?? DEFAULT_LIMITS.maxPages;
  if (bytes.length > maxBytes) {
    throw new InputError(`${request.path}: ${megabytes(bytes.length)} is over the size limit of ${megabytes(maxBytes)} (raise it with --max-size)`, 'too-large');
  }
  if (isPdf(bytes)) {
    const [{ readPdf }, { layoutPages }] = await Promise.all([import('./read/pdf.js'), import('./read/pdf-layout.js')]);
    const pdf = await readPdf(bytes, request.path, { range: request.pages, lenient: request.lenient, maxPages });
    const layout = layoutPages(pdf.pages);
    const doc = assembleDocument(
      {
        text: layout.text, path: request.path, sha256, format: 'pdf', encoding: null,
        pdf: { firstPage: pdf.firstPage, footnoteStarts: layout.footnoteStarts, furniture: layout.furniture, repaired: pdf.repaired },
      },
      request,
    );
    return validate(doc);
  }
  const read = readText(bytes, request.path);
  const pages = countPages(read.text);
  if (pages > maxPages) throw new InputError(`${request.path}: ${pages} pages is over the page limit of ${maxPages} (raise it with --max-pages)`, 'too-many-pages');
  const base = { path: request.path, sha256, format: read.format, encoding: read.encoding };
  if (read.format === 'markdown') {
    const { markdownToText } = await import('./read/markdown.js');
    const md = await markdownToText(read.text);
    return validate(assembleDocument({ ...base, text: md.text, origin: { text: read.text, map: md.map }, headings: md.headings }, request));
  }
  const doc = assembleDocument({ ...base, text: read.text }, request);
  return validate(doc);
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Physical pages of a text: form feeds + 1. */
function countPages(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) n++;
  return n;
}

/** Validate against the contract; a failure here is a bug in unrec, not in the input. */
export function validate(doc: UnDocument): UnDocument {
  const result = DocumentSchema.safeParse(doc);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new UnrecError(`internal error: output does not match the schema at ${first?.path.join('.')}: ${first?.message}`, 'schema-violation');
  }
  return result.data;
}

export { DocumentSchema, SCHEMA_VERSION } from './schema/document.js';
export type { UnDocument, RecordOut, Item, Message } from './schema/document.js';
export { documentJsonSchema } from './schema/json-schema.js';
export { UnrecError, InputError, UsageError } from './base/errors.js';
