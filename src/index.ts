/**
 * The programmatic API: text or bytes in, a validated document out, and the
 * emitters the CLI writes with. No I/O, no process state: the caller reads
 * files; the CLI is one such caller.
 */
import type { ParseOptions } from './base/options.js';
import { runPipeline } from './pipeline.js';
import type { UnDocument } from './schema/document.js';

/**
 * Parse one input: a PDF's or a text file's bytes, or a string of text.
 * `path` names it in `source.path` and each record's `source` (a `.md` path
 * is read as Markdown); it defaults to "-". Throws {@link UnrecError} (with a
 * `ruleId`) for an input that cannot be parsed.
 *
 * @example
 * const doc = await parse(await readFile('A_HRC_43_15.pdf'), { path: 'A_HRC_43_15.pdf' });
 * for (const r of doc.recommendations) console.log(r.id, r.states);
 */
export async function parse(input: Uint8Array | string, options: ParseOptions & { path?: string } = {}): Promise<UnDocument> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return (await runPipeline(bytes, { ...options, path: options.path ?? '-' })).document;
}

export { runPipeline, runStages, sha256Hex, type PipelineRun } from './pipeline.js';
export { DEFAULT_LIMITS, PDF_ENGINES, type ParseOptions, type ParseRequest, type PageRange, type PdfEngine } from './base/options.js';
export { validateDocument as validate } from './assemble/validate.js';
export { DocumentSchema, SCHEMA_VERSION } from './schema/document.js';
export type { UnDocument, RecordOut, Item, Message } from './schema/document.js';
export { documentJsonSchema } from './schema/json-schema.js';
export { UnrecError, InputError, UsageError } from './base/errors.js';
export { toJson } from './emit/json.js';
export { toNdjson } from './emit/ndjson.js';
export { toCsv, type CsvOptions } from './emit/csv.js';
export { toMarkdown } from './emit/markdown.js';
export { recordLines } from './emit/record-line.js';
export type { RecordLine, ErrorLine } from './schema/document.js';
export { recordLineJsonSchema, sparkLineSchema } from './schema/json-schema.js';
