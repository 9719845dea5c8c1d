/** NDJSON: one record per line, in document order, for jq and other tools. */
import type { UnDocument } from '../schema/document.js';
import { safeStringify } from './json.js';

export function toNdjson(doc: UnDocument): string {
  return doc.recommendations.map((r) => `${safeStringify(r)}\n`).join('');
}
