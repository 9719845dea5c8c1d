import { z } from 'zod';
import { DocumentSchema, ErrorLineSchema, RecordLineSchema } from './document.js';
import { sparkSchema } from './spark-schema.js';

/** The JSON Schema (draft 2020-12) of one parsed document, as `unrec schema` prints it. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The JSON Schema of one NDJSON line (`unrec schema --record`). */
export function recordLineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(RecordLineSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The JSON Schema of the error line of `--on-error record` (`unrec schema --error`). */
export function errorLineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ErrorLineSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The Spark schema of an NDJSON line, record or error (`unrec schema --spark`). */
export function sparkLineSchema(): Record<string, unknown> {
  return sparkSchema(recordLineJsonSchema(), errorLineJsonSchema());
}
