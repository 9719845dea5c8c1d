/**
 * Page furniture: running headers, footers, page numbers, job numbers,
 * barcodes, continuation marks and interface noise. They are recognised at
 * the top and foot of each page (the edge rules below, tried in order on
 * each line going inward), by pattern (furniture-cells.ts) and by
 * repetition across pages, and taken out of the body; what they say (the
 * printed page label) is kept.
 */
import type { Line } from '../base/line.js';
import { repeatedOnPages, repetitionKey } from '../base/repetition.js';
import type { FurnitureKind } from '../schema/document.js';
import { BARCODE, CELL_GAP, GENEVA_JOB, INTERFACE_NOISE, isDigitUnit, NEW_YORK_JOB } from '../vocabulary/patterns.js';
import { wholeSymbol } from '../vocabulary/symbol.js';
import { furnitureLine, JOB_LINE_MAX, type CellVerdict, type Edge } from './furniture-cells.js';
import type { ZoneMark } from './zoning.js';

/** How many lines at the top and foot of a page are searched: a masthead-free header is 1-3 lines, a foot up to a job number, barcode, date stamp, page number and recycling mark. */
const TOP_WINDOW = 4;
const BOTTOM_WINDOW = 6;
/** A bare number is a header only on the first two lines of a page; lower down it is a table cell or a paragraph number. */
const TOP_NUMBER_LINES = 2;
/** Lines this long are text, never a running line found by repetition. */
const RUNNING_LINE_MAX = 80;

/** The mark a furniture line gets from the verdicts on its cells (or, found by repetition, from where it stands). */
export function furnitureMark(verdicts: readonly CellVerdict[] | null, fallback: FurnitureKind): ZoneMark {
  const kinds = verdicts?.map((v) => v.kind) ?? [fallback];
  const zone = kinds.every((k) => k === 'page-number') ? 'page-number' : kinds.includes('header') ? 'header' : 'footer';
  return { zone, furniture: kinds.find((k) => k !== 'page-number') ?? 'page-number' };
}

/** What an edge rule sees of one line, going inward from the top or the foot. */
export interface EdgeContext {
  line: Line;
  where: Edge;
  /** Lines from the edge (0 = the first or last line of the page). */
  position: number;
  /** What each of the line's cells is, or null when one is not furniture. */
  cells: CellVerdict[] | null;
  /** The line recurs at the edge of many pages. */
  repeated: boolean;
  /** A page number was already taken below this line. */
  sawPageNumber: boolean;
}

export interface EdgeDecision {
  mark?: ZoneMark;
  /** Page labels the line prints. */
  labels?: string[];
  /** Go on inward, or stop at this line. */
  next: 'on' | 'stop';
}

export interface EdgeRule {
  id: string;
  why: string;
  edges: readonly Edge[];
  apply(c: EdgeContext): EdgeDecision | null;
}

const labelsOf = (cells: readonly CellVerdict[]) => cells.flatMap((v) => (v.label ? [v.label] : []));
const isBareNumber = (cells: readonly CellVerdict[] | null) => cells !== null && cells.every((v) => v.kind === 'page-number');

export const EDGE_RULES: readonly EdgeRule[] = [
  {
    id: 'interface-noise',
    why: 'Web-page controls pasted with the text at the foot, "Select target paragraph3" (seed A_58_275_page23.txt).',
    edges: ['bottom'],
    apply: (c) => (INTERFACE_NOISE.test(c.line.text) ? { mark: { zone: 'noise', furniture: 'noise' }, next: 'on' } : null),
  },
  {
    id: 'top-furniture',
    why: 'Every cell of the line is furniture: symbol, "page 18", job number (seed E/CN.4/2000/82); a bare number only on the first lines.',
    edges: ['top'],
    apply: (c) => {
      if (!c.cells || (c.cells.length === 1 && c.cells[0]!.kind === 'page-number' && c.position >= TOP_NUMBER_LINES)) return null;
      return { mark: furnitureMark(c.cells, 'header'), labels: labelsOf(c.cells), next: 'on' };
    },
  },
  {
    id: 'bottom-furniture',
    why: 'Every cell of the line is furniture: page number, job number, barcode (A/HRC/43/15, A/RES/78/323); only the lowest bare number is the page number.',
    edges: ['bottom'],
    apply: (c) => (c.cells && !(isBareNumber(c.cells) && c.sawPageNumber) ? { mark: furnitureMark(c.cells, 'footer'), labels: labelsOf(c.cells), next: 'on' } : null),
  },
  {
    id: 'note-number-above-page-number',
    why: 'pdftotext\'s default mode leaves note numbers alone above the page number: not taken, but it may be the label (A/HRC/14/15).',
    edges: ['bottom'],
    apply: (c) => (c.cells && isBareNumber(c.cells) ? { labels: labelsOf(c.cells), ...(c.repeated ? { mark: furnitureMark(null, 'footer') } : {}), next: c.repeated ? 'on' : 'stop' } : null),
  },
  {
    id: 'repeated-edge-line',
    why: 'A line at the edge of many pages, digits aside, is running furniture that no pattern knows ("Digitized by Dag Hammarskjöld Library" on scans; running titles).',
    edges: ['top', 'bottom'],
    apply: (c) => (c.repeated ? { mark: furnitureMark(null, c.where === 'top' ? 'header' : 'footer'), next: 'on' } : null),
  },
];

/** The first edge rule that claims the line; none means the edge ends here. */
function decideEdge(context: EdgeContext): EdgeDecision | null {
  for (const rule of EDGE_RULES) {
    if (!rule.edges.includes(context.where)) continue;
    const decision = rule.apply(context);
    if (decision) return decision;
  }
  return null;
}

export interface PageFurniture {
  /** Furniture marks by line index. */
  marks: Map<number, ZoneMark>;
  /** Per page, every label its furniture prints, in the order found (foot first). */
  candidates: string[][];
}

/** A page-of-pages footer, "6/14". */
export const PAGE_OF_PAGES = /^(\d{1,3})\/(\d{1,3})$/;

/**
 * Can the line be furniture in the middle of a page (PAGE_OF_PAGES, NEW_YORK_JOB, GENEVA_JOB,
 * BARCODE)? Each is anchored at the start on a digit, "G" or "*": one look at the first unit
 * spares four patterns on every other body line (issue 15; test/unit/prechecks.test.ts).
 */
export function mayBeMidPageFurniture(text: string): boolean {
  const c = text.charCodeAt(0);
  return isDigitUnit(c) || c === 71 || c === 42;
}

/**
 * Could a cell of the line be a page of pages (PAGE_OF_PAGES)? It needs a slash with a digit
 * on each side: a plain search for the slash tells most lines with one (symbols like "A/HRC/43/2"
 * aside) before the line is split into cells and each is tried (issue 15).
 */
export function mayHoldPageOfPages(text: string): boolean {
  for (let i = text.indexOf('/'); i !== -1; i = text.indexOf('/', i + 1)) if (isDigitUnit(text.charCodeAt(i - 1)) && isDigitUnit(text.charCodeAt(i + 1))) return true;
  return false;
}

/**
 * Furniture of every page. `pages[i]` lists the indexes of page i's lines;
 * `running` are line indexes the PDF reader knows to be running headers or footers.
 */
export function markFurniture(lines: readonly Line[], pages: readonly (readonly number[])[], running: ReadonlySet<number> = new Set()): PageFurniture {
  const repeated = new Set([...repeatedEdgeLines(lines, pages), ...running]);
  const denominators = pageOfPagesDenominators(lines);
  const marks = new Map<number, ZoneMark>();
  // Running header blocks first: the edge scans stop at the first line that is not furniture.
  const blocks = runningHeaderBlocks(lines, pages);
  const candidates: string[][] = [];
  for (const pageLines of pages) {
    const labels: string[] = [];
    for (const i of pageLines.filter((k) => blocks.has(k))) {
      // A header line that is furniture cell by cell ("42   A/80/11") still says its page label.
      const cells = furnitureLine(lines[i]!.text, 'top');
      marks.set(i, furnitureMark(cells, 'header'));
      if (cells) labels.push(...labelsOf(cells));
    }
    const text = pageLines.filter((i) => lines[i]!.zone !== 'blank');
    const scan = (where: Edge, order: readonly number[], window: number) => {
      let sawPageNumber = false;
      for (let position = 0; position < Math.min(window, order.length); position++) {
        const i = order[position]!;
        if (marks.has(i)) continue; // taken from the other edge
        const line = lines[i]!;
        const cells = furnitureLine(line.text, where);
        const context: EdgeContext = { line, where, position, cells, repeated: repeated.has(i), sawPageNumber };
        const decision = decideEdge(context);
        if (!decision) break;
        if (decision.mark) marks.set(i, decision.mark);
        if (decision.mark?.zone === 'page-number') sawPageNumber = true;
        labels.push(...(decision.labels ?? []));
        if (decision.next === 'stop') break;
      }
    };
    scan('top', text, TOP_WINDOW);
    scan('bottom', [...text].reverse(), BOTTOM_WINDOW);
    // pdftotext's default mode can print a job number or "6/14" in the middle of
    // the page's text; those forms are unambiguous anywhere.
    for (const i of pageLines) {
      const line = lines[i]!;
      if (line.zone !== 'body' || !mayBeMidPageFurniture(line.text) || marks.has(i)) continue;
      const m = PAGE_OF_PAGES.exec(line.text);
      if (m && denominators.has(m[2]!) && Number(m[1]) <= Number(m[2])) {
        marks.set(i, furnitureMark([{ kind: 'page-number' }], 'footer'));
        labels.push(m[1]!);
      } else if (NEW_YORK_JOB.test(line.text) || (GENEVA_JOB.test(line.text) && line.text.length < JOB_LINE_MAX) || BARCODE.test(line.text)) {
        const cells = furnitureLine(line.text, 'bottom');
        marks.set(i, furnitureMark(cells, 'footer'));
        if (cells) labels.push(...labelsOf(cells));
      }
    }
    candidates.push(labels);
  }
  return { marks, candidates };
}

/** How many lines a running header block spans at most: three title lines and the symbol. */
const RUNNING_HEADER_LINES = 4;
/** A line of a running title: no paragraph or item number, no closing punctuation. */
const RUNNING_TITLE_LINE = /^(?!\d{1,3}(?:\.\d{1,3})*\.?\s|\(?[a-z]{1,4}\)\s).*[^.;:,]$/;

/** The symbol printed in a cell of a line ("A/RES/79/289" alone, or beside the running title), or null. */
function symbolCell(text: string): string | null {
  const cells = text.split(CELL_GAP);
  if (cells.length > 3) return null;
  for (const cell of cells) {
    const found = wholeSymbol(cell);
    if (found) return found.symbol;
  }
  return null;
}

/**
 * Running header blocks (A/RES/79/289, A/RES/78/119, A/RES/79/117): a
 * running title of one to three lines printed with the document symbol above
 * the text of every page after the first, the symbol alone or in a column of
 * the last title line, left or right by page. The running symbol is the
 * symbol printed in the top lines of the most pages after the first (at
 * least two, or the one page there is); on each such page, the lines from
 * the top down to the one that prints it are the header when the lines above
 * it read as a title. When they do not (pdftotext's default mode can print a
 * paragraph number "7." above the symbol), the symbol alone on its line
 * still is.
 */
function runningHeaderBlocks(lines: readonly Line[], pages: readonly (readonly number[])[]): Set<number> {
  const tops = pages.map((pageLines) => pageLines.filter((i) => lines[i]!.zone !== 'blank').slice(0, RUNNING_HEADER_LINES));
  const seen = new Map<string, number>();
  const found = tops.map((top, p) => {
    if (p === 0) return null;
    for (const [k, i] of top.entries()) {
      const symbol = symbolCell(lines[i]!.text);
      if (symbol) {
        seen.set(symbol, (seen.get(symbol) ?? 0) + 1);
        return { k, symbol };
      }
    }
    return null;
  });
  const [running, count] = [...seen].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const out = new Set<number>();
  if (running === null || (count < 2 && pages.length > 2)) return out;
  found.forEach((at, p) => {
    if (at?.symbol !== running) return;
    const block = tops[p]!.slice(0, at.k + 1);
    const symbolLine = block[block.length - 1]!;
    if (block.slice(0, -1).every((i) => RUNNING_TITLE_LINE.test(lines[i]!.text))) for (const i of block) out.add(i);
    else if (wholeSymbol(lines[symbolLine]!.text)) out.add(symbolLine);
  });
  // The title lines found above the symbol on some pages are the running title on every page,
  // also below a symbol printed first (pdftotext, A/RES/78/119: symbol, then the two title lines).
  const titles = new Set([...out].filter((i) => symbolCell(lines[i]!.text) === null).map((i) => lines[i]!.text));
  tops.forEach((top, p) => {
    if (p === 0) return;
    for (const i of top) {
      if (titles.has(lines[i]!.text) || out.has(i)) out.add(i);
      else break;
    }
  });
  return out;
}

/** Denominators of "N/M" lines seen at least twice: the document's page count. */
function pageOfPagesDenominators(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    // A page of pages has a slash between digits: most lines have none to split.
    if (!mayHoldPageOfPages(line.text)) continue;
    for (const cell of line.text.split(CELL_GAP)) {
      const m = PAGE_OF_PAGES.exec(cell);
      if (m && Number(m[1]) <= Number(m[2]) && Number(m[2]) > 1) counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([d]) => d));
}

/** Paragraph numbers and item markers alone on a line repeat from page to page too, but are text. */
const UNIT_MARK = /^(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}\.\d{1,3}|\([a-z]{1,4}\)|[a-z]\))(?:\s|$)/;

/** The first and last two lines of each page that recur across pages. */
function repeatedEdgeLines(lines: readonly Line[], pages: readonly (readonly number[])[]): Set<number> {
  const candidates: { page: number; key: string; item: number }[] = [];
  pages.forEach((pageLines, page) => {
    const text = pageLines.filter((i) => lines[i]!.zone !== 'blank');
    for (const i of new Set([...text.slice(0, 2), ...text.slice(-2)])) {
      const t = lines[i]!.text;
      if (t.length <= RUNNING_LINE_MAX && !UNIT_MARK.test(t)) candidates.push({ page, key: repetitionKey(t), item: i });
    }
  });
  return repeatedOnPages(candidates, pages.length);
}
