/**
 * UN document symbols as they appear in mastheads, running headers and text.
 * This is the recogniser the text pipeline needs (find, clean, join); the
 * complete grammar with component meanings is a separate concern.
 *
 * A symbol is a series prefix followed by slash-separated components, at
 * least one of which carries a digit ("E/CNA/UO", an OCR ruin of E/CN.4/110,
 * is therefore not a symbol), optionally a resolution year or roman session
 * in parentheses ("S/RES/2776 (2025)") and a reissue asterisk.
 */

/** Series prefixes of UN document symbols: principal organs and treaty bodies. */
const SERIES =
  'A|S|E|T|ST|CCPR|CRC|CEDAW|CERD|CAT|CMW|CED|CRPD|HRI|DP|UNEP|TD|ECE|ESCAP|ECA|ECLAC|ESCWA|UNW|ICEF|JIU|ITU|OPCW|SPLOS|ISBA|LOS|UNCTAD|IDB|PBC|ICC|TRADE|CTOC|CCPR-OP';

/** A component: "HRC", "CN.4", "2000", "Add.1", "WG.6", "ES-10", "L.17", "CO". */
// A hyphen inside a component only before digits ("ES-10", "21-23"): "1043-S/…" starts a joint symbol.
const COMPONENT = String.raw`[A-Z0-9][A-Za-z0-9]*(?:\.[A-Za-z0-9]+|-\d+)*`;

/** One symbol; `(?<![\w/.])` keeps it from starting inside a longer token. */
const ONE = String.raw`(?<![\w/.])(?:${SERIES})(?:/${COMPONENT})+(?: \((?:\d{4}|[IVXL]{1,6})\))?\*?`;

/** Hyphen, en dash or minus sign join the symbols of a joint document. */
const JOINER = String.raw`\s?[-–−]\s?`;

export const SYMBOL_PATTERN = new RegExp(`${ONE}(?:${JOINER}${ONE})*`, 'g');
const ONE_PATTERN = new RegExp(ONE, 'g');

export interface FoundSymbol {
  /** Primary symbol, without the reissue asterisk. */
  symbol: string;
  /** Other symbols of a joint document. */
  others: string[];
  /** Offset of the match in the searched string. */
  index: number;
  length: number;
  reissued: boolean;
}

function isPlausible(symbol: string): boolean {
  const parts = symbol.replace(/ \(.*\)$/, '').split('/');
  if (parts.length < 2) return false;
  return parts.slice(1).some((p) => /\d/.test(p));
}

function clean(raw: string): { symbol: string; reissued: boolean } {
  const reissued = raw.endsWith('*');
  return { symbol: raw.replace(/\*+$/, ''), reissued };
}

/** Every symbol (single or joint) in a string, in order. */
export function findSymbols(text: string): FoundSymbol[] {
  const found: FoundSymbol[] = [];
  for (const m of text.matchAll(SYMBOL_PATTERN)) {
    const singles = [...m[0].matchAll(ONE_PATTERN)].map((s) => clean(s[0])).filter((s) => isPlausible(s.symbol));
    if (singles.length === 0) continue;
    found.push({
      symbol: singles[0]!.symbol,
      others: singles.slice(1).map((s) => s.symbol),
      index: m.index!,
      length: m[0].length,
      reissued: singles[0]!.reissued,
    });
  }
  return found;
}

/** The symbol when the whole (trimmed) string is one symbol or joint symbol, else null. */
export function wholeSymbol(text: string): FoundSymbol | null {
  const t = text.trim();
  const all = findSymbols(t);
  if (all.length !== 1) return null;
  const s = all[0]!;
  return s.index === 0 && s.length === t.length ? s : null;
}
