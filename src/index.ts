/**
 * The programmatic API: bytes in, a validated document out. No I/O, no
 * process state: the caller reads files; the CLI is one such caller.
 */
import type { ParseRequest } from './base/options.js';
import { runPipeline } from './pipeline.js';
import type { UnDocument } from './schema/document.js';

/** Parse one input. Throws UnrecError for inputs that cannot be parsed. */
export async function parse(bytes: Uint8Array, request: ParseRequest): Promise<UnDocument> {
  return (await runPipeline(bytes, request)).document;
}

export { runPipeline, runStages, sha256Hex, type PipelineRun } from './pipeline.js';
export { DEFAULT_LIMITS, type ParseOptions, type ParseRequest, type PageRange } from './base/options.js';
export { validateDocument as validate } from './assemble/validate.js';
export { DocumentSchema, SCHEMA_VERSION } from './schema/document.js';
export type { UnDocument, RecordOut, Item, Message } from './schema/document.js';
export { documentJsonSchema } from './schema/json-schema.js';
export { UnrecError, InputError, UsageError } from './base/errors.js';
