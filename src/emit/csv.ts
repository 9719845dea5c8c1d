/**
 * CSV for spreadsheet users: one row per record, RFC 4180 quoting (fields
 * with a quote, comma or line break are quoted, quotes doubled), CRLF line
 * ends, UTF-8 with a byte-order mark so spreadsheet programs read the
 * accents right.
 */
import { textWithItems } from '../assemble/items.js';
import type { UnDocument } from '../schema/document.js';

export const CSV_BOM = '\uFEFF';
const CSV_COLUMNS = ['symbol', 'label', 'page', 'section', 'text', 'states', 'id'] as const;

function field(value: string | null): string {
  const v = value ?? '';
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The header row. */
export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

/** The rows of one document's records (no header). */
export function csvRows(doc: UnDocument): string {
  return doc.recommendations
    .map((r) => {
      const text = textWithItems(r.text, r.items);
      return [r.symbol, r.label, r.page, r.section, text, r.states.join('; '), r.id].map(field).join(',') + '\r\n';
    })
    .join('');
}
