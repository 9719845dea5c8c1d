import { UnrecError } from '../base/errors.js';
import { DocumentSchema, type UnDocument } from '../schema/document.js';

/** Validate against the contract before anything is written; a failure is a bug in unrec, not in the input. */
export function validateDocument(doc: UnDocument): UnDocument {
  const result = DocumentSchema.safeParse(doc);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new UnrecError(`internal error: output does not match the schema at ${first?.path.join('.')}: ${first?.message}`, 'schema-violation');
  }
  return result.data;
}
