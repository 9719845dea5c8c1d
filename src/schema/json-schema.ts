import { z } from 'zod';
import { DocumentSchema, RecordLineSchema } from './document.js';

/** The JSON Schema (draft 2020-12) of one parsed document, as `unrec schema` prints it. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The JSON Schema of one NDJSON line (`unrec schema --record`). */
export function recordLineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(RecordLineSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
