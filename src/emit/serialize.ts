/**
 * One document in one output format, as the text of a file of its own
 * (`unrec batch`) — the registry of formats and their file extensions.
 */
import type { UnDocument } from '../schema/document.js';
import { csvRows, toCsv, type CsvOptions } from './csv.js';
import { toJson } from './json.js';
import { toNdjson } from './ndjson.js';

export const FORMATS = ['json', 'ndjson', 'md', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** File extension each format appends to an input's name: report.pdf → report.pdf.json. */
export const EXTENSIONS: Readonly<Record<Format, string>> = { json: 'json', ndjson: 'ndjson', md: 'md', csv: 'csv' };

/** How a document is laid out beyond its format. */
export interface EmitOptions {
  /** CSV: one row per sub-item (--item-rows). */
  itemRows?: boolean;
}

function csvOptions(doc: UnDocument, options: EmitOptions): CsvOptions {
  return { all: doc.paragraphs !== undefined, itemRows: Boolean(options.itemRows) };
}

/** The whole file for one document. */
export async function serializeDocument(doc: UnDocument, format: Format, options: EmitOptions = {}): Promise<string> {
  switch (format) {
    case 'json':
      return toJson(doc);
    case 'ndjson':
      return toNdjson(doc);
    case 'csv':
      return toCsv(doc, { itemRows: Boolean(options.itemRows) });
    case 'md': {
      const { toMarkdown } = await import('./markdown.js');
      return toMarkdown([doc]);
    }
  }
}

/** One document's part of a stream of several: its JSON object, NDJSON lines or CSV rows (the CSV header and BOM come once, first). */
export function streamChunk(doc: UnDocument, format: Format, options: EmitOptions = {}): string {
  if (format === 'csv') return csvRows(doc, csvOptions(doc, options));
  if (format === 'ndjson') return toNdjson(doc);
  if (format === 'json') return toJson(doc);
  throw new Error(`${format} is not a stream format`);
}
