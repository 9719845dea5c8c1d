/** NDJSON: one record per line, in document order, each with its document's context, for jq and other tools. */
import type { RecordLine, RecordOut, UnDocument } from '../schema/document.js';
import { safeStringify } from './json.js';

/** A record with the context of its document (schema RecordLineSchema). */
function recordLine(doc: UnDocument, r: RecordOut): RecordLine {
  return { ...r, date: doc.date, title: doc.title, docKind: doc.docKind, language: doc.language, reviewState: doc.review?.state ?? null };
}

export function toNdjson(doc: UnDocument): string {
  return doc.recommendations.map((r) => `${safeStringify(recordLine(doc, r))}\n`).join('');
}
