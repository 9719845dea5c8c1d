/**
 * PDF text runs → lines of text, using what the PDF knows and plain text
 * does not: position and font size. Pure: the pdf.js adapter (pdf.ts) feeds
 * it plain run objects.
 *
 * - Runs are grouped into lines by baseline, ordered left to right, and
 *   joined by the gaps between them, not by the spaces the PDF happens to
 *   draw: justified lines with wide spacing come out in reading order with
 *   single spaces; a gap of several em becomes a layout column ("   "), as
 *   pdftotext -layout prints it, so masthead columns stay apart.
 * - A run smaller than its line and raised above its baseline is a
 *   superscript: a footnote marker, glued to the word before it
 *   ("encourages1;"), where the text stages split it off.
 * - The footnote area of a page is where the text drops below the body size
 *   under the last body-size line and starts with a note number: the line is
 *   passed on as a hint, so the text stages need not guess.
 */
import { repeatedOnPages, repetitionKey } from '../base/repetition.js';
import { isRightToLeft, logicalOrder } from './bidi.js';

export interface PdfRun {
  str: string;
  /** Left x and baseline y in PDF units (y grows upward). */
  x: number;
  y: number;
  width: number;
  /** Font size (vertical scale of the text matrix). */
  size: number;
}

export interface PdfPageRuns {
  runs: PdfRun[];
  height: number;
}

export interface LayoutLine {
  text: string;
  /** Physical page, 0-based within the pages given. */
  page: number;
  x: number;
  y: number;
  size: number;
}

export interface PdfLayout {
  /** Pages joined by form feeds, lines by "\n". */
  text: string;
  lines: LayoutLine[];
  /** Start offsets (in `text`) of lines that open a page's footnote area. */
  footnoteStarts: Set<number>;
  /** Start offsets of running headers and footers: lines in the page margins that repeat across pages. */
  furniture: Map<number, 'header' | 'footer'>;
  /**
   * Footnote markers by evidence: superscripts (smaller and raised runs after
   * the first of a line), offset in `text` → length. A body-size digit is text.
   */
  markers: Map<number, number>;
  /** The most common font size of the text. */
  bodySize: number;
}

/** A superscript sits up to about half an em above its line's baseline. */
const SUPERSCRIPT_RISE_EM = 0.5;
/** Runs within 5% of a line's size are set in the same size (rounding in the text matrix). */
const SAME_SIZE = 0.95;
/** A run at most 85% of its line's size is smaller type: a superscript candidate. */
const SUPERSCRIPT_SIZE = 0.85;
/** …and raised by more than 15% of an em above the baseline. */
const SUPERSCRIPT_RAISE_EM = 0.15;
/** A gap of more than 2.5 em between runs is a layout column (masthead "United Nations   A/HRC/43/15"). */
const COLUMN_GAP_EM = 2.5;
/** A gap of more than 0.15 em is a word space; less is kerning inside a word. */
const WORD_GAP_EM = 0.15;
/** The bottom 7% of the page holds job numbers and page numbers, not the body. */
const FOOT_BAND = 0.07;
/** Font size assumed for a page without text. */
const DEFAULT_SIZE = 10;
/** Lines in the margins this long are text, never a running header or footer. */
const MARGIN_LINE_MAX = 100;

interface Cluster {
  y: number;
  size: number;
  runs: PdfRun[];
}

/** Group a page's runs into lines by baseline. */
function clusterLines(runs: readonly PdfRun[]): Cluster[] {
  const sorted = runs.filter((r) => r.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const clusters: Cluster[] = [];
  for (const run of sorted) {
    const home = clusters.find((c) => Math.abs(c.y - run.y) <= SUPERSCRIPT_RISE_EM * Math.max(c.size, run.size) && (run.size >= c.size * SAME_SIZE || run.y >= c.y));
    if (home) {
      home.runs.push(run);
      if (run.size > home.size && run.str.trim()) {
        home.size = run.size;
        home.y = run.y;
      }
    } else {
      clusters.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  return clusters.sort((a, b) => b.y - a.y);
}

/** Whitespace that is not one plain space: only then has a run's spacing to be made plain (most runs have none). */
const ODD_SPACE = /\s{2,}|[^\S ]/;

function isSuperscript(run: PdfRun, line: Cluster): boolean {
  return run.size < line.size * SUPERSCRIPT_SIZE && run.y > line.y + line.size * SUPERSCRIPT_RAISE_EM && /^(?:\d{1,3}|\*{1,3}|[a-z]{1,3})$/.test(run.str.trim());
}

/** One line's text: runs left to right, joined by their gaps (a right-to-left line then put in logical order); and where its superscripts stand in it. */
function lineText(line: Cluster): { text: string; markers: [number, number][] } {
  const runs = line.runs.filter((r) => r.str.trim() !== '').sort((a, b) => a.x - b.x);
  let text = '';
  const markers: [number, number][] = [];
  let end = -Infinity;
  for (const [i, run] of runs.entries()) {
    const gap = run.x - end;
    const sup = isSuperscript(run, line);
    const str = (ODD_SPACE.test(run.str) ? run.str.replace(/\s+/g, ' ') : run.str).trim();
    if (i > 0) {
      if (gap > line.size * COLUMN_GAP_EM) text += '   ';
      else if (sup && gap < line.size * SUPERSCRIPT_RISE_EM) text += ''; // glued to the word it marks
      else if (gap > line.size * WORD_GAP_EM) text += ' ';
    }
    if (sup && i > 0) markers.push([text.length, str.length]);
    text += str;
    end = Math.max(end, run.x + run.width);
  }
  // A right-to-left line was read in visual order; its superscripts are not placed (they stay text, read as text input reads them).
  if (isRightToLeft(text)) return { text: logicalOrder(text), markers: [] };
  return { text, markers };
}

/** The left edge of a line: a loop, not Math.min(...runs), which overflows the stack on a line of 125,000 runs. */
function leftmost(runs: readonly PdfRun[]): number {
  let x = Infinity;
  for (const r of runs) if (r.x < x) x = r.x;
  return x;
}

/** Characters per font size (to the half point) of a page's runs, in the order the sizes are first met. */
function sizeChars(clusters: readonly Cluster[]): [number, number][] {
  const chars = new Map<number, number>();
  for (const c of clusters) for (const r of c.runs) {
    const s = Math.round(r.size * 2) / 2;
    chars.set(s, (chars.get(s) ?? 0) + r.str.length);
  }
  return [...chars];
}

/** The size most characters of the pages are set in (the first met, on a tie). */
function dominantSize(pages: readonly PageLayout[]): number {
  const chars = new Map<number, number>();
  for (const page of pages) for (const [s, n] of page.sizeChars) chars.set(s, (chars.get(s) ?? 0) + n);
  let best = DEFAULT_SIZE;
  let most = -1;
  for (const [s, n] of chars) if (n > most) [best, most] = [s, n];
  return best;
}

const NOTE_START = /^(?:\d{1,3}\/?|\*{1,3})(?:\s|$)/;

/** A line of one page, before the pages are joined. */
export interface PageLine {
  text: string;
  /** Superscripts: [offset in the text, length]. */
  markers: [number, number][];
  x: number;
  y: number;
  size: number;
}

/**
 * One page laid out on its own: its lines, its height, and the characters per
 * font size of its runs (what the body size of the document is found from).
 * Pages are laid out as they are read, in whichever thread reads them; only
 * joinPages looks across pages.
 */
export interface PageLayout {
  lines: PageLine[];
  height: number;
  sizeChars: [number, number][];
}

/** Lay out one page's runs as lines. */
export function layoutPage(page: PdfPageRuns): PageLayout {
  const clusters = clusterLines(page.runs);
  return {
    lines: clusters.map((c) => ({ ...lineText(c), x: leftmost(c.runs), y: c.y, size: c.size })),
    height: page.height,
    sizeChars: sizeChars(clusters),
  };
}

/** Lay out the pages of a PDF as text lines (layoutPage, then joinPages). */
export function layoutPages(pages: readonly PdfPageRuns[]): PdfLayout {
  return joinPages(pages.map(layoutPage));
}

/** Join pages laid out one by one: the body size, running headers and footers, footnote areas and the text, across the pages. */
export function joinPages(pages: readonly PageLayout[]): PdfLayout {
  const bodySize = dominantSize(pages);
  const lines: LayoutLine[] = [];
  const footnoteStarts = new Set<number>();
  const furniture = new Map<number, 'header' | 'footer'>();
  const markers = new Map<number, number>();
  const laidOut = pages.map((p, page) => p.lines.map((l) => ({ ...l, page })));
  const running = runningLines(laidOut, pages);
  let text = '';
  laidOut.forEach((pageLines, page) => {
    if (page > 0) text += '\f';
    const noteStart = footnoteAreaStart(pageLines, bodySize, pages[page]!.height);
    pageLines.forEach((l, k) => {
      if (k === noteStart) footnoteStarts.add(text.length);
      const where = running.get(l);
      if (where) furniture.set(text.length, where);
      for (const [at, length] of l.markers) markers.set(text.length + at, length);
      lines.push({ text: l.text, page: l.page, x: l.x, y: l.y, size: l.size });
      text += `${l.text}\n`;
    });
  });
  return { text, lines, footnoteStarts, furniture, markers, bodySize };
}

/** Share of the page height, at top and foot, where running headers and footers live. */
const MARGIN = 0.09;

/**
 * Running headers and footers by position and repetition: lines in the top
 * or bottom margin whose text, digits aside, recurs on at least three pages
 * (or 40% of them). Page numbers, job numbers and symbols that change from
 * page to page are still caught by pattern in the text stages.
 */
function runningLines(pages: readonly LayoutLine[][], geometry: readonly { height: number }[]): Map<LayoutLine, 'header' | 'footer'> {
  const candidates: { page: number; key: string; item: [LayoutLine, 'header' | 'footer'] }[] = [];
  pages.forEach((lines, page) => {
    const height = geometry[page]!.height;
    for (const l of lines) {
      const where = l.y > height * (1 - MARGIN) ? 'header' : l.y < height * MARGIN ? 'footer' : null;
      if (where && l.text.length <= MARGIN_LINE_MAX) candidates.push({ page, key: `${where}:${repetitionKey(l.text)}`, item: [l, where] });
    }
  });
  return new Map(repeatedOnPages(candidates, pages.length));
}

/**
 * Index of the line that opens the footnote area: below the last line set
 * in the body size (page furniture in the bottom band aside), smaller than
 * the body, and starting with a note number.
 */
function footnoteAreaStart(lines: readonly LayoutLine[], bodySize: number, height: number): number {
  const band = height * FOOT_BAND;
  let lastBody = -1;
  lines.forEach((l, k) => {
    if (l.size >= bodySize * SAME_SIZE && l.y > band && !/^\d{1,4}$/.test(l.text)) lastBody = k;
  });
  for (let k = lastBody + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.size < bodySize * SAME_SIZE && NOTE_START.test(l.text)) return k;
  }
  return -1;
}
