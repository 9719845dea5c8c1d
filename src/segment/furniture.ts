/**
 * Page furniture: running headers, footers, page numbers, job numbers,
 * barcodes, continuation marks and interface noise. They are recognised at
 * the top and foot of each page, by pattern and by repetition across pages,
 * and taken out of the body; what they say (the printed page label) is kept.
 */
import {
  BARCODE, BARE_PAGE_NUMBER, CONTINUATION, DATE_STAMP, GENEVA_JOB, INTERFACE_NOISE, LANGUAGE_LINE,
  NEW_YORK_JOB, PAGE_WORD, RECYCLE,
} from '../vocabulary/patterns.js';
import { wholeSymbol } from '../vocabulary/symbol.js';
import type { Line } from '../base/line.js';

export type FurnitureKind =
  | 'header' | 'footer' | 'page-number' | 'job-number' | 'barcode' | 'continuation' | 'recycle' | 'noise'
  | 'footnote-separator';

export interface CellVerdict {
  kind: FurnitureKind;
  /** Page label this cell prints, if any. */
  label?: string;
}

/** What one furniture cell ("page 18", "GE.09-14368 (E) 010709", "2/9") is. */
export function furnitureCell(cell: string, where: 'top' | 'bottom'): CellVerdict | null {
  let m = PAGE_WORD.exec(cell);
  if (m) return { kind: where === 'top' ? 'header' : 'footer', label: m[1]! };
  m = BARE_PAGE_NUMBER.exec(cell);
  if (m) return { kind: 'page-number', label: m[1] ?? m[2]! };
  if (GENEVA_JOB.test(cell) && cell.length < 60) return { kind: 'job-number' };
  if (NEW_YORK_JOB.test(cell)) return { kind: 'job-number' };
  if (BARCODE.test(cell)) return { kind: 'barcode' };
  if (DATE_STAMP.test(cell)) return { kind: 'job-number' };
  if (CONTINUATION.test(cell)) return { kind: 'continuation' };
  if (RECYCLE.test(cell)) return { kind: 'recycle' };
  if (LANGUAGE_LINE.test(cell)) return { kind: where === 'top' ? 'header' : 'footer' };
  if (wholeSymbol(cell)) return { kind: where === 'top' ? 'header' : 'footer' };
  return null;
}

/** A whole line is furniture when each of its layout cells is. */
export function furnitureLine(text: string, where: 'top' | 'bottom'): CellVerdict[] | null {
  const cells = text.split(/\s{2,}/);
  const verdicts: CellVerdict[] = [];
  for (const cell of cells) {
    const v = furnitureCell(cell, where);
    if (!v) return null;
    verdicts.push(v);
  }
  return verdicts;
}

/** Key for the repetition test: digits masked, spaces collapsed. */
function repetitionKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

export interface PageFurniture {
  /** Every page label the page's furniture prints, in the order found (foot first). */
  candidates: string[];
}

/** How many lines at the top and foot of a page are searched. */
const TOP_WINDOW = 4;
const BOTTOM_WINDOW = 6;

/**
 * Mark furniture lines (zone and kind) on every page and return each page's
 * printed label. `pages[i]` lists the indexes of page i's lines; `running`
 * are line indexes known to be running headers or footers.
 */
export function markFurniture(lines: Line[], pages: number[][], running: ReadonlySet<number> = new Set()): PageFurniture[] {
  // Running lines the PDF reader found by position join those found by repetition here.
  const repeated = new Set([...repeatedEdgeLines(lines, pages), ...running]);
  const denominators = pageOfPagesDenominators(lines);
  const result: PageFurniture[] = [];
  for (const pageLines of pages) {
    const candidates: string[] = [];
    const body = pageLines.filter((i) => lines[i]!.zone !== 'blank');
    const take = (line: Line, verdicts: CellVerdict[] | null, fallback: FurnitureKind) => {
      const kinds = verdicts?.map((v) => v.kind) ?? [fallback];
      line.zone = kinds.includes('page-number') && kinds.length === 1 ? 'page-number' : kinds.includes('header') ? 'header' : 'footer';
      if (kinds.every((k) => k === 'noise')) line.zone = 'noise';
      line.furniture = kinds.find((k) => k !== 'page-number') ?? kinds[0]!;
      for (const v of verdicts ?? []) if (v.label) candidates.push(v.label);
    };
    // Top of page: header lines until the first line that is not one.
    for (let k = 0; k < Math.min(TOP_WINDOW, body.length); k++) {
      const line = lines[body[k]!]!;
      const verdicts = furnitureLine(line.text, 'top');
      const bareNumber = verdicts?.length === 1 && verdicts[0]!.kind === 'page-number';
      // A bare number is a header only at the very top (a table cell lower down is not).
      if (verdicts && !(bareNumber && k > 1)) take(line, verdicts, 'header');
      else if (repeated.has(body[k]!)) take(line, null, 'header');
      else break;
    }
    // Foot of page: footers upward; only the lowest bare number is the page
    // number (higher ones are footnote numbers in pdftotext's default mode).
    let sawNumber = false;
    for (let k = body.length - 1, n = 0; k >= 0 && n < BOTTOM_WINDOW; k--, n++) {
      const line = lines[body[k]!]!;
      if (line.zone !== 'body') continue;
      if (INTERFACE_NOISE.test(line.text)) {
        line.zone = 'noise';
        line.furniture = 'noise';
        continue;
      }
      const verdicts = furnitureLine(line.text, 'bottom');
      const bareNumber = verdicts?.every((v) => v.kind === 'page-number') ?? false;
      if (verdicts && !(bareNumber && sawNumber)) {
        if (bareNumber) sawNumber = true;
        take(line, verdicts, 'footer');
        continue;
      }
      // A second bare number may be a note number: not taken, but it may be the label.
      if (verdicts && bareNumber) for (const v of verdicts) if (v.label) candidates.push(v.label);
      if (repeated.has(body[k]!)) take(line, null, 'footer');
      else break;
    }
    // pdftotext's default mode can print a job number or "6/14" in the middle of
    // the page's text; those forms are unambiguous anywhere.
    for (const i of pageLines) {
      const line = lines[i]!;
      if (line.zone !== 'body') continue;
      const m = PAGE_OF_PAGES.exec(line.text);
      if (m && denominators.has(m[2]!) && Number(m[1]) <= Number(m[2])) {
        take(line, [{ kind: 'page-number', label: m[1]! }], 'footer');
      } else if (NEW_YORK_JOB.test(line.text) || (GENEVA_JOB.test(line.text) && line.text.length < 40) || BARCODE.test(line.text)) {
        take(line, furnitureLine(line.text, 'bottom'), 'footer');
      }
    }
    result.push({ candidates });
  }
  return result;
}

const PAGE_OF_PAGES = /^(\d{1,3})\/(\d{1,3})$/;

/** Denominators of "N/M" lines seen at least twice: the document's page count. */
function pageOfPagesDenominators(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const cells = line.text.split(/\s{2,}/);
    for (const cell of cells) {
      const m = PAGE_OF_PAGES.exec(cell);
      if (m && Number(m[1]) <= Number(m[2]) && Number(m[2]) > 1) counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([d]) => d));
}

/**
 * Lines at the top or foot of many pages with the same text (digits aside)
 * are running furniture even when no pattern knows them (e.g. "Digitized by
 * Dag Hammarskjöld Library" on scanned documents).
 */
function repeatedEdgeLines(lines: Line[], pages: number[][]): Set<number> {
  const out = new Set<number>();
  if (pages.length < 3) return out;
  const byKey = new Map<string, { pages: Set<number>; lines: number[] }>();
  pages.forEach((pageLines, p) => {
    const body = pageLines.filter((i) => lines[i]!.zone !== 'blank');
    const edge = [...body.slice(0, 2), ...body.slice(-2)];
    for (const i of new Set(edge)) {
      const text = lines[i]!.text;
      // Paragraph numbers and item markers alone on a line repeat too, but are text.
      if (text.length > 80 || /^(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}\.\d{1,3}|\([a-z]{1,4}\)|[a-z]\))(?:\s|$)/.test(text)) continue;
      const key = repetitionKey(text);
      const entry = byKey.get(key) ?? { pages: new Set(), lines: [] };
      entry.pages.add(p);
      entry.lines.push(i);
      byKey.set(key, entry);
    }
  });
  const needed = Math.max(3, Math.ceil(pages.length * 0.4));
  for (const { pages: ps, lines: ls } of byKey.values()) if (ps.size >= needed) for (const i of ls) out.add(i);
  return out;
}
