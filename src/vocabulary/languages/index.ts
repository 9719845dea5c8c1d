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
import type { LanguageWords } from './types.js';

export const LANGUAGES: readonly LanguageWords[] = [en, fr, es, ru, ar, zh];

/** Every month name, as a regex alternation. */
export const MONTH_NAMES = LANGUAGES.flatMap((l) => l.months).filter(Boolean).join('|');

/** Directive verbs and modals of every language, English first. */
export const DIRECTIVES: readonly (readonly [RegExp, string])[] = LANGUAGES.flatMap((l) => l.directives);

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
  return sources.length ? new RegExp(sources.join('|'), 'i') : /(?!)/;
}

export const REPORTING = anyOf(LANGUAGES.map((l) => l.reporting));
export const NON_DIRECTIVE_MODAL = anyOf(LANGUAGES.map((l) => l.nonDirectiveModal));
export const IMPERATIVE_PATTERNS: readonly RegExp[] = LANGUAGES.flatMap((l) => (l.imperative ? [l.imperative] : []));

/** The words of one language, by its code. */
export function languageWords(code: string | null): LanguageWords | undefined {
  return LANGUAGES.find((l) => l.code === code);
}
