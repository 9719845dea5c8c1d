/**
 * The document's own symbol: from the masthead of the first page (alone on
 * a line, or in a layout column beside "United Nations"), else from the
 * running headers. Never from the file name: the corpus has files whose
 * name lies. Joint documents print "A/79/924–S/2025/351" on one line or the
 * two symbols stacked on consecutive lines.
 */
import type { Line } from '../base/line.js';
import { mastheadSymbol, wholeSymbol, type FoundSymbol } from '../vocabulary/symbol.js';
import { CELL_GAP } from '../vocabulary/patterns.js';

export interface SymbolFinding {
  symbol: string | null;
  otherSymbols: string[];
  reissued: boolean;
  from: 'masthead' | 'header' | null;
  /** Header symbols that disagree with the masthead, with the line where each was seen. */
  mismatches: { symbol: string; line: Line }[];
}

/** How many non-blank lines of the first page are searched for the masthead. */
const MASTHEAD_LINES = 40;

/** A masthead cell where extraction glued the date to the symbol: "A/HRC/8/47 3 June 2008". */
const SYMBOL_THEN_DATE = /^(\S+(?: \((?:\d{4}|[IVXL]+)\))?\*?) \d{1,2} [A-Z][a-z]+ \d{4}$/;

function cellSymbols(line: Line): FoundSymbol[] {
  const out: FoundSymbol[] = [];
  for (const cell of line.text.split(CELL_GAP)) {
    const s = mastheadSymbol(cell) ?? wholeSymbol(SYMBOL_THEN_DATE.exec(cell)?.[1] ?? '');
    if (s) out.push(s);
  }
  return out;
}

export function findDocumentSymbol(lines: readonly Line[], pages: readonly number[][]): SymbolFinding {
  let masthead: FoundSymbol | null = null;
  let mastheadLine = -1;
  const first = (pages[0] ?? []).map((i) => lines[i]!).filter((l) => l.zone !== 'blank').slice(0, MASTHEAD_LINES);
  for (let k = 0; k < first.length && !masthead; k++) {
    const found = cellSymbols(first[k]!);
    if (found.length) {
      masthead = { ...found[0]!, others: [...found[0]!.others] };
      mastheadLine = k;
    }
  }
  if (masthead && masthead.others.length === 0) {
    // Stacked joint symbol: the next line is another organ's symbol.
    const next = first[mastheadLine + 1];
    const stacked = next ? cellSymbols(next)[0] : undefined;
    if (stacked && stacked.symbol.split('/')[0] !== masthead.symbol.split('/')[0]) masthead.others.push(stacked.symbol);
  }

  const headerCounts = new Map<string, { n: number; line: Line }>();
  for (const line of lines) {
    if (line.zone !== 'header' && line.zone !== 'footer') continue;
    for (const s of cellSymbols(line)) {
      const entry = headerCounts.get(s.symbol) ?? { n: 0, line };
      entry.n++;
      headerCounts.set(s.symbol, entry);
    }
  }
  const mismatches: { symbol: string; line: Line }[] = [];
  if (masthead) {
    const own = new Set([masthead.symbol, ...masthead.others]);
    for (const [symbol, { line }] of headerCounts) {
      if (!own.has(symbol) && line.page !== first[mastheadLine]?.page) mismatches.push({ symbol, line });
    }
    return { symbol: masthead.symbol, otherSymbols: masthead.others, reissued: masthead.reissued, from: 'masthead', mismatches };
  }
  const best = [...headerCounts].sort((a, b) => b[1].n - a[1].n)[0];
  if (best) return { symbol: best[0], otherSymbols: [], reissued: false, from: 'header', mismatches };
  return { symbol: null, otherSymbols: [], reissued: false, from: null, mismatches };
}
