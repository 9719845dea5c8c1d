/** NDJSON: one record per line, in document order, each with its document's context, for jq and other tools. */
import type { ErrorLine, UnDocument } from '../schema/document.js';
import { safeStringify } from './json.js';
import { recordLines } from './record-line.js';

export function toNdjson(doc: UnDocument): string {
  return recordLines(doc).map((line) => `${safeStringify(line)}\n`).join('');
}

/** The one line an input that could not be parsed gives with `--on-error record`. */
export function errorNdjson(error: ErrorLine): string {
  return `${safeStringify(error)}\n`;
}
