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
  /** The most common font size of the text. */
  bodySize: number;
}

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
    // A superscript sits up to about half an em above its line's baseline.
    const home = clusters.find((c) => Math.abs(c.y - run.y) <= 0.5 * Math.max(c.size, run.size) && (run.size >= c.size * 0.95 || run.y >= c.y));
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

function isSuperscript(run: PdfRun, line: Cluster): boolean {
  return run.size < line.size * 0.85 && run.y > line.y + line.size * 0.15 && /^(?:\d{1,3}|\*{1,3}|[a-z]{1,3})$/.test(run.str.trim());
}

/** One line's text: runs left to right, joined by their gaps. */
function lineText(line: Cluster): string {
  const runs = line.runs.filter((r) => r.str.trim() !== '').sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const [i, run] of runs.entries()) {
    const gap = run.x - end;
    const sup = isSuperscript(run, line);
    const str = run.str.replace(/\s+/g, ' ').trim();
    if (i > 0) {
      if (gap > line.size * 2.5) text += '   ';
      else if (sup && i > 0 && gap < line.size * 0.5) text += '';
      else if (gap > line.size * 0.15) text += ' ';
    }
    text += str;
    end = Math.max(end, run.x + run.width);
  }
  return text;
}

function dominantSize(clusters: readonly Cluster[]): number {
  const chars = new Map<number, number>();
  for (const c of clusters) for (const r of c.runs) {
    const s = Math.round(r.size * 2) / 2;
    chars.set(s, (chars.get(s) ?? 0) + r.str.length);
  }
  let best = 10;
  let most = -1;
  for (const [s, n] of chars) if (n > most) [best, most] = [s, n];
  return best;
}

const NOTE_START = /^(?:\d{1,3}\/?|\*{1,3})(?:\s|$)/;

/** Lay out the pages of a PDF as text lines. */
export function layoutPages(pages: readonly PdfPageRuns[]): PdfLayout {
  const clustered = pages.map((p) => clusterLines(p.runs));
  const bodySize = dominantSize(clustered.flat());
  const lines: LayoutLine[] = [];
  const footnoteStarts = new Set<number>();
  const furniture = new Map<number, 'header' | 'footer'>();
  const laidOut = clustered.map((clusters, page) =>
    clusters.map((c) => ({ text: lineText(c), page, x: Math.min(...c.runs.map((r) => r.x)), y: c.y, size: c.size })),
  );
  const running = runningLines(laidOut, pages);
  let text = '';
  laidOut.forEach((pageLines, page) => {
    if (page > 0) text += '\f';
    const noteStart = footnoteAreaStart(pageLines, bodySize, pages[page]!.height);
    pageLines.forEach((l, k) => {
      if (k === noteStart) footnoteStarts.add(text.length);
      const where = running.get(l);
      if (where) furniture.set(text.length, where);
      lines.push(l);
      text += `${l.text}\n`;
    });
  });
  return { text, lines, footnoteStarts, furniture, bodySize };
}

/** Share of the page height, at top and foot, where running headers and footers live. */
const MARGIN = 0.09;

/**
 * Running headers and footers by position and repetition: lines in the top
 * or bottom margin whose text, digits aside, recurs on at least three pages
 * (or 40% of them). Page numbers, job numbers and symbols that change from
 * page to page are still caught by pattern in the text stages.
 */
function runningLines(pages: readonly LayoutLine[][], geometry: readonly PdfPageRuns[]): Map<LayoutLine, 'header' | 'footer'> {
  const out = new Map<LayoutLine, 'header' | 'footer'>();
  if (pages.length < 3) return out;
  const seen = new Map<string, { pages: Set<number>; lines: [LayoutLine, 'header' | 'footer'][] }>();
  pages.forEach((lines, p) => {
    const height = geometry[p]!.height;
    for (const l of lines) {
      const where = l.y > height * (1 - MARGIN) ? 'header' : l.y < height * MARGIN ? 'footer' : null;
      if (!where || l.text.length > 100) continue;
      const key = `${where}:${l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
      const entry = seen.get(key) ?? { pages: new Set(), lines: [] };
      entry.pages.add(p);
      entry.lines.push([l, where]);
      seen.set(key, entry);
    }
  });
  const needed = Math.max(3, Math.ceil(pages.length * 0.4));
  for (const { pages: ps, lines } of seen.values()) if (ps.size >= needed) for (const [l, w] of lines) out.set(l, w);
  return out;
}

/**
 * Index of the line that opens the footnote area: below the last line set
 * in the body size (page furniture in the bottom band aside), smaller than
 * the body, and starting with a note number.
 */
function footnoteAreaStart(lines: readonly LayoutLine[], bodySize: number, height: number): number {
  const band = height * 0.07;
  let lastBody = -1;
  lines.forEach((l, k) => {
    if (l.size >= bodySize * 0.95 && l.y > band && !/^\d{1,4}$/.test(l.text)) lastBody = k;
  });
  for (let k = lastBody + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.size < bodySize * 0.95 && NOTE_START.test(l.text)) return k;
  }
  return -1;
}
