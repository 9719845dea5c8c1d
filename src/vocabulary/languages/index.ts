/**
 * The languages unrec reads, and the tables the stages use, combined from
 * the language modules. Adding a language is adding its module here.
 */
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { zh } from './zh.js';
import { itemLetter, romanNumeral } from '../numerals.js';
import type { LanguageWords, UprWords } from './types.js';

export const LANGUAGES: readonly LanguageWords[] = [en, fr, es, ru, ar, zh];

/** Every month name, as a regex alternation. */
export const MONTH_NAMES = LANGUAGES.flatMap((l) => l.months).filter(Boolean).join('|');

/** Directive verbs and modals of every language, English first. */
const DIRECTIVES: readonly (readonly [RegExp, string])[] = LANGUAGES.flatMap((l) => l.directives);

/** A heading that names a recommendations section, in any language. */
export const RECOMMENDATION_STEMS = new RegExp(LANGUAGES.map((l) => l.recommendationStem).join('|'), 'i');

export const ANNEX_WORDS = LANGUAGES.flatMap((l) => l.annexWords).join('|');
export const PAGE_WORDS = LANGUAGES.flatMap((l) => l.pageWords).join('|');
export const LANGUAGE_NAMES = LANGUAGES.flatMap((l) => l.languageNames).join('|');

/** Stop words by language, each as one counting regex. */
export const STOPWORDS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  LANGUAGES.filter((l) => l.stopwords.length > 0).map((l) => [l.code, new RegExp(String.raw`\b(?:${l.stopwords.join('|')})\b`, 'g')]),
);

/** One regex that matches where any language's pattern does (never matches when none has one). */
function anyOf(patterns: readonly (RegExp | undefined)[]): RegExp {
  const sources = patterns.filter((p): p is RegExp => p !== undefined).map((p) => p.source);
  // Unicode mode: the languages' patterns bound words with \p{L}, which means nothing without it.
  return sources.length ? new RegExp(sources.join('|'), 'iu') : /(?!)/;
}

const REPORTING = anyOf(LANGUAGES.map((l) => l.reporting));
const NON_DIRECTIVE_MODAL = anyOf(LANGUAGES.map((l) => l.nonDirectiveModal));
const IMPERATIVE_PATTERNS: readonly RegExp[] = LANGUAGES.flatMap((l) => (l.imperative ? [l.imperative] : []));

/** The patterns that tell a directive from a description, for one language. */
export interface DirectiveTables {
  directives: readonly (readonly [RegExp, string])[];
  reporting: RegExp;
  nonDirectiveModal: RegExp;
  imperative: readonly RegExp[];
}

const tablesByLanguage = new Map<string, DirectiveTables>();

/**
 * The directive tables of the document's language, or of every language when
 * it is unknown. A document is read with its own language's words only:
 * V8 compiles each Unicode, case-insensitive pattern on first use (about 1 ms
 * each), and the six languages' 45 patterns were most of the time of a
 * one-page parse (issue 15).
 */
export function directiveTables(code: string | null): DirectiveTables {
  const words = languageWords(code);
  if (!words) return { directives: DIRECTIVES, reporting: REPORTING, nonDirectiveModal: NON_DIRECTIVE_MODAL, imperative: IMPERATIVE_PATTERNS };
  let tables = tablesByLanguage.get(words.code);
  if (!tables) {
    tables = { directives: words.directives, reporting: anyOf([words.reporting]), nonDirectiveModal: anyOf([words.nonDirectiveModal]), imperative: words.imperative ? [words.imperative] : [] };
    tablesByLanguage.set(words.code, tables);
  }
  return tables;
}

/** The patterns that read a title block, of English and one other language. */
export interface TitleWords {
  /** First-page lines that are never the title (the Organization, the treaty, the treaty body). */
  masthead: readonly RegExp[];
  /** Agenda lines (English's is in classify/title.ts). */
  agenda: readonly RegExp[];
  /** Session lines (English's are in classify/title.ts). */
  session: readonly RegExp[];
  /** The headings that end a title block. */
  blockEnds: readonly RegExp[];
  /** How report titles open. */
  reportTitles: readonly RegExp[];
  /** How letter titles open. */
  letterTitles: readonly RegExp[];
}

function titleWordsOf(languages: readonly LanguageWords[]): TitleWords {
  const all = (pick: (l: LanguageWords) => RegExp | readonly RegExp[] | undefined) => languages.flatMap((l) => pick(l) ?? []);
  return {
    masthead: all((l) => l.mastheadLines),
    agenda: all((l) => l.agendaLine),
    session: all((l) => l.sessionLines),
    blockEnds: all((l) => l.titleBlockEnd),
    reportTitles: all((l) => l.reportTitle),
    letterTitles: all((l) => l.letterTitle),
  };
}

const titleWordsByLanguage = new Map<string | null, TitleWords>();

/**
 * The title patterns of a document in this language: English's (mastheads print "Distr.: General" in every
 * language) and its own; every language's when it is unknown. V8 compiles a Unicode pattern on its first use,
 * about 1 ms each: six languages' were 19 ms of a one-page document's title.
 */
export function titleWords(code: string | null): TitleWords {
  let words = titleWordsByLanguage.get(code);
  if (!words) {
    const own = languageWords(code);
    words = titleWordsOf(own ? [...new Set([en, own])] : LANGUAGES);
    titleWordsByLanguage.set(code, words);
  }
  return words;
}

/** The words of one language, by its code. */
export function languageWords(code: string | null): LanguageWords | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

/** A heading number printed as a word or numeral ("باء", "一"), and the level and number it stands for. */
export interface HeadingNumberWord {
  level: 1 | 2;
  /** The roman chapter or capital letter it stands for: "B", "I". */
  number: string;
}

/** Heading numbers of every language that are neither roman nor a Latin capital, by their printed form. */
export const HEADING_NUMBER_WORDS: ReadonlyMap<string, HeadingNumberWord> = new Map(
  LANGUAGES.flatMap((l): [string, HeadingNumberWord][] => [
    ...(l.numbering?.chapters ?? []).map((w, k): [string, HeadingNumberWord] => [w, { level: 1, number: romanNumeral(k + 1) }]),
    ...(l.numbering?.sections ?? []).map((w, k): [string, HeadingNumberWord] => [w, { level: 2, number: String.fromCharCode(65 + k) }]),
  ]),
);

/** Letters of other scripts that stand for a Latin section letter ("А" U+0410 → "A"). */
export const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = Object.assign({}, ...LANGUAGES.map((l) => l.numbering?.lookalikeLetters ?? {}));

/** Printed item markers of every language that are not "(a)", "a)" or "(ii)", each with the label it stands for ("(ب)" → "b", "㈡" → "ii"). */
export const ITEM_MARKER_WORDS: ReadonlyMap<string, string> = new Map(
  LANGUAGES.flatMap((l) => [
    ...(l.numbering?.itemLetters ?? []).flatMap((list) => list.map((m, k) => [m, itemLetter(k + 1)] as const)),
    ...(l.numbering?.itemRomans ?? []).flatMap((list) => list.map((m, k) => [m, romanNumeral(k + 1).toLowerCase()] as const)),
    ...Object.entries(l.numbering?.itemLookalikes ?? {}).flatMap(([c, latin]) => [[`(${c})`, latin] as const, [`${c})`, latin] as const]),
  ]),
);

/** The UPR words of every language that has them, with its code. */
export const UPR_LANGUAGES: readonly (UprWords & { code: LanguageWords['code'] })[] = LANGUAGES.flatMap((l) => (l.upr ? [{ ...l.upr, code: l.code }] : []));

/** What the chapeaus of the other languages say of their recommendations, each position as one regex. */
export const UPR_POSITIONS: Readonly<Record<keyof UprWords['positions'], RegExp>> = {
  notSupported: anyOf(UPR_LANGUAGES.map((l) => l.positions.notSupported)),
  noted: anyOf(UPR_LANGUAGES.map((l) => l.positions.noted)),
  supported: anyOf(UPR_LANGUAGES.map((l) => l.positions.supported)),
  pending: anyOf(UPR_LANGUAGES.map((l) => l.positions.pending)),
};
