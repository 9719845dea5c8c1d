/**
 * UN document symbols as they appear in mastheads, running headers and text.
 * A loose pattern finds candidates in text; the grammar (un-symbol.ts)
 * judges each one and gives its normal form, so "E/CNA/UO" (an OCR ruin of
 * E/CN.4/110) is never taken for a symbol.
 */

import { allMatches } from '../base/matches.js';
import { SERIES } from './symbol-grammar.js';
import { UnSymbol } from './un-symbol.js';

/** Series prefixes of UN document symbols, longest first so that "CERD" wins over "CED". */
const SERIES_ALTERNATION = Object.keys(SERIES).sort((a, b) => b.length - a.length).join('|');

/** A component: "HRC", "CN.4", "2000", "Add.1", "WG.6", "ES-10", "L.17", "CO". */
// A hyphen inside a component only before digits ("ES-10", "21-23"): "1043-S/…" starts a joint symbol.
const COMPONENT = String.raw`[A-Z0-9][A-Za-z0-9]*(?:\.[A-Za-z0-9]+|-\d+)*`;

/**
 * One symbol; `(?<![\w/.])` keeps it from starting inside a longer token. Every series opens with a capital:
 * the lookahead before the lookbehind lets V8 try a match only there (cites are looked for in every paragraph).
 */
const ONE = String.raw`(?=[A-Z])(?<![\w/.])(?:${SERIES_ALTERNATION})(?:/${COMPONENT})+(?: ?\((?:\d{4}|[IVXL]{1,6})\))?\*?`;

/** Hyphen, en dash or minus sign join the symbols of a joint document. */
const JOINER = String.raw`\s?[-–−]\s?`;

const SYMBOL_PATTERN = new RegExp(`${ONE}(?:${JOINER}${ONE})*`, 'g');

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

type Judged = { symbol: string; others: readonly string[]; reissued: boolean } | null;

/** Judgements already made: a document cites the same symbols again and again (A/HRC/43/2 thousands of times). */
const judged = new Map<string, Judged>();
/** The memory stays bounded over a batch of any size. */
const JUDGED_MAX = 20_000;

/** Judge one raw match by the grammar; null when it is not a valid symbol. */
function judge(raw: string): Judged {
  let verdict = judged.get(raw);
  if (verdict === undefined) {
    const parsed = UnSymbol.parse(raw);
    verdict = parsed.valid ? { symbol: parsed.symbol.primary(), others: parsed.symbol.joint.map((j) => j.format()), reissued: parsed.symbol.reissued } : null;
    if (judged.size >= JUDGED_MAX) judged.clear();
    judged.set(raw, verdict);
  }
  return verdict;
}

/** Cyrillic capitals that look like Latin ones, and the Latin letter each was typed for. */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = { А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X' };
/** One of the look-alikes (no `u` flag: they are all in the BMP, and the test runs on every text with a slash). */
const CYRILLIC_LOOKALIKE = /[АВСЕНКМОРТХ]/;
const CYRILLIC_LOOKALIKES_ALL = /[АВСЕНКМОРТХ]/gu;
/** A token with a slash that holds a Cyrillic look-alike capital: "САТ/С/81/Add.1", "СAT/C/UZB/CO/3". */
const LOOKALIKE_TOKEN = /[A-Z0-9.АВСЕНКМОРТХ-]*[АВСЕНКМОРТХ][A-Z0-9.АВСЕНКМОРТХ-]*\/[\w./()АВСЕНКМОРТХ-]*|[A-Z0-9.-]+\/[\w./()-]*[АВСЕНКМОРТХ][\w./()АВСЕНКМОРТХ-]*/gu;

/**
 * Russian texts type symbols with Cyrillic capitals of the same shape ("САТ/С/81/Add.1" in a
 * list of issues, "СAT/C/UZB/CO/3"): read as Latin inside a token with a slash. One letter for
 * one, so offsets stay.
 */
function latinSymbolLetters(text: string): string {
  return CYRILLIC_LOOKALIKE.test(text) ? text.replace(LOOKALIKE_TOKEN, (t) => t.replace(CYRILLIC_LOOKALIKES_ALL, (c) => CYRILLIC_LOOKALIKES[c]!)) : text;
}

const SENTENCE_TAIL = /[.\-–−]+$/;

/** Every valid symbol (single or joint) in a string, in order, in the UN's own form. */
export function findSymbols(text: string): FoundSymbol[] {
  const found: FoundSymbol[] = [];
  // Every symbol has a slash: most text has none to look at.
  if (!text.includes('/')) return found;
  for (const m of allMatches(SYMBOL_PATTERN, latinSymbolLetters(text))) {
    // A trailing dot or hyphen belongs to the sentence, not the symbol.
    const raw = m[0].replace(SENTENCE_TAIL, '');
    const verdict = judge(raw);
    if (!verdict) continue;
    found.push({ ...verdict, others: [...verdict.others], index: m.index!, length: raw.length });
  }
  return found;
}

/** Whole-symbol answers already given: the edge lines of every page ask about the same running header again and again. */
const wholeJudged = new Map<string, FoundSymbol | null>();

/** The symbol when the whole (trimmed) string is one symbol or joint symbol, else null. */
export function wholeSymbol(text: string): FoundSymbol | null {
  let known = wholeJudged.get(text);
  if (known === undefined) {
    const t = text.trim();
    const all = findSymbols(t);
    known = all.length === 1 && all[0]!.index === 0 && all[0]!.length === t.length ? all[0]! : null;
    if (wholeJudged.size >= JUDGED_MAX) wholeJudged.clear();
    wholeJudged.set(text, known);
  }
  // A copy: the caller may keep or change what it is given.
  return known && { ...known, others: [...known.others] };
}

/**
 * A masthead symbol with a space in its series letters, "C RPD/C/HRV/CO/1": docstore.ohchr.org's text of a
 * document keeps the letter spacing of its masthead (fixtures/cases/flat-numbering-ru). Read joined, and only
 * if the joined form is a symbol of a known series.
 */
const SPACED_SERIES = /^[A-Z]{1,4} [A-Z]{1,5}\/\S+$/;

/** wholeSymbol, also of a symbol printed with a space inside its series letters. */
export function mastheadSymbol(text: string): FoundSymbol | null {
  const t = text.trim();
  return wholeSymbol(t) ?? (SPACED_SERIES.test(t) ? wholeSymbol(t.replace(' ', '')) : null);
}
