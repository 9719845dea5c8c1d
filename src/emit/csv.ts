/**
 * CSV for spreadsheet users: one row per record, RFC 4180 quoting (fields
 * with a quote, comma or line break are quoted, quotes doubled), CRLF line
 * ends, UTF-8 with a byte-order mark so spreadsheet programs read the
 * accents right. New columns are only ever appended, so a sheet that reads
 * columns by position keeps working.
 */
import { textWithItems } from '../assemble/items.js';
import type { Item, RecordLine, UnDocument } from '../schema/document.js';
import { recordLines } from './record-line.js';

export const CSV_BOM = '\uFEFF';

export interface CsvOptions {
  /** --all: every paragraph is a row, with an `isRecord` column. */
  all?: boolean;
  /** --item-rows: one row per sub-item (nested ones too), the record's columns repeated. */
  itemRows?: boolean;
}

const RECORD_COLUMNS = ['symbol', 'label', 'page', 'section', 'text', 'states', 'response', 'comment', 'date', 'title', 'docKind', 'language', 'reviewState', 'id', 'source', 'paragraph', 'subparagraph', 'footnotes'] as const;
const ALL_COLUMNS = ['isRecord'] as const;
const ITEM_COLUMNS = ['item', 'itemMarker', 'itemText'] as const;

/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "-x", "@SUM", or
 * a tab or carriage return first) gets a leading apostrophe, as OWASP advises for CSV
 * injection: the program shows the text, it does not evaluate it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number | boolean | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const v = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The header row. */
export function csvHeader(options: CsvOptions = {}): string {
  const columns: string[] = [...RECORD_COLUMNS, ...(options.all ? ALL_COLUMNS : []), ...(options.itemRows ? ITEM_COLUMNS : [])];
  return `${columns.join(',')}\r\n`;
}

/** Every item and nested item with its path: "a", "a.ii". */
function flatItems(items: readonly Item[], prefix = ''): { path: string; item: Item }[] {
  return items.flatMap((item) => {
    const path = `${prefix}${item.label}`;
    return [{ path, item }, ...flatItems(item.items, `${path}.`)];
  });
}

function recordCells(line: RecordLine, text: string): (string | number | boolean | null)[] {
  const notes = line.notes.map((n) => `${n.marker}: ${n.text ?? '(note not in the input)'}`).join('\n');
  return [
    line.symbol, line.label, line.page, line.section, text, line.states.join('; '), line.response, line.comment,
    line.date, line.title, line.docKind, line.language, line.reviewState, line.id, line.source, line.paragraph, line.subparagraph, notes,
  ];
}

function row(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(field).join(',')}\r\n`;
}

/** The rows of one document's records (no header). */
export function csvRows(doc: UnDocument, options: CsvOptions = {}): string {
  return recordLines(doc)
    .map((line) => {
      const extra = options.all ? [line.isRecord ?? true] : [];
      if (!options.itemRows) return row([...recordCells(line, textWithItems(line.text, line.items)), ...extra]);
      const base = [...recordCells(line, line.text), ...extra];
      const items = flatItems(line.items);
      if (items.length === 0) return row([...base, null, null, null]);
      return items.map(({ path, item }) => row([...base, path, item.marker, item.text])).join('');
    })
    .join('');
}

/** A whole CSV file of one or more documents: BOM, one header, their rows. */
export function toCsv(docs: UnDocument | readonly UnDocument[], options: CsvOptions = {}): string {
  const list = Array.isArray(docs) ? docs : [docs as UnDocument];
  const all = options.all ?? list.some((d) => d.paragraphs !== undefined);
  return CSV_BOM + csvHeader({ ...options, all }) + list.map((d) => csvRows(d, { ...options, all })).join('');
}
