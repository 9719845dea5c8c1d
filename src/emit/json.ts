/**
 * JSON output. `JSON.stringify` escapes what JSON requires; U+2028 and
 * U+2029 are escaped too so that the output is also valid JavaScript and
 * safe for line-oriented tools.
 */
import type { UnDocument } from '../schema/document.js';

export function safeStringify(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

/** A document as one JSON object (several documents are several objects, one after another). */
export function toJson(doc: UnDocument): string {
  return `${safeStringify(doc, 2)}\n`;
}
