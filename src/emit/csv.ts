/**
 * CSV for spreadsheet users: one row per record, RFC 4180 quoting (fields
 * with a quote, comma or line break are quoted, quotes doubled), CRLF line
 * ends, UTF-8 with a byte-order mark so spreadsheet programs read the
 * accents right.
 */
import { textWithItems } from '../assemble/items.js';
import type { UnDocument } from '../schema/document.js';

export const CSV_BOM = '\uFEFF';
const CSV_COLUMNS = ['symbol', 'label', 'page', 'section', 'text', 'states', 'response', 'comment', 'date', 'title', 'docKind', 'language', 'reviewState', 'id'] as const;

/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "-x", "@SUM", or
 * a tab or carriage return first) gets a leading apostrophe, as OWASP advises for CSV
 * injection: the program shows the text, it does not evaluate it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | null): string {
  const raw = value ?? '';
  const v = FORMULA_START.test(raw) ? `'${raw}` : raw;
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
      return [r.symbol, r.label, r.page, r.section, text, r.states.join('; '), r.response, r.comment, doc.date, doc.title, doc.docKind, doc.language, doc.review?.state ?? null, r.id].map(field).join(',') + '\r\n';
    })
    .join('');
}
