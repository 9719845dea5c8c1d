/**
 * The language of a document, ISO 639-1, from its script and its most
 * frequent short words. UN documents come in the six official languages;
 * anything else is reported as null rather than guessed.
 */
import { STOPWORDS } from '../vocabulary/languages/index.js';

/** The first 20,000 characters (several pages) are enough to tell a language; reading more only costs time. */
const SAMPLE_CHARS = 20_000;
/** Fewer letters than this say nothing about a language (a stub, a number table). */
const MIN_LETTERS = 20;
/** A script that writes 30% of the letters is the document's (Cyrillic, Arabic, Han; the rest is symbols and Latin names). */
const SCRIPT_SHARE = 0.3;
/** In running text of a Latin-script language its stop words are well over 5% of the words. */
const STOPWORD_SHARE = 0.05;

/** Detect the language of a text sample. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const scripts: [string, number][] = [
    ['ru', count(/\p{Script=Cyrillic}/gu)],
    ['ar', count(/\p{Script=Arabic}/gu)],
    ['zh', count(/\p{Script=Han}/gu)],
  ];
  for (const [lang, n] of scripts) if (n > letters * SCRIPT_SHARE) return lang;
  const lower = sample.toLowerCase();
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, re] of Object.entries(STOPWORDS)) {
    const n = lower.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  const words = lower.match(/\p{L}+/gu)?.length ?? 1;
  return bestCount / words > STOPWORD_SHARE ? best : null;
}
