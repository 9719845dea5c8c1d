import { z } from 'zod';
import { DocumentSchema } from './document.js';

/** The JSON Schema (draft 2020-12) of one parsed document, as `unrec schema` prints it. */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
