/**
 * The language of a document, ISO 639-1, from its script and its most
 * frequent short words. UN documents come in the six official languages;
 * anything else is reported as null rather than guessed.
 */
import { STOPWORDS } from '../vocabulary/languages/index.js';

/** Detect the language of a text sample (the first 20,000 characters are enough). */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const scripts: [string, number][] = [
    ['ru', count(/\p{Script=Cyrillic}/gu)],
    ['ar', count(/\p{Script=Arabic}/gu)],
    ['zh', count(/\p{Script=Han}/gu)],
  ];
  for (const [lang, n] of scripts) if (n > letters * 0.3) return lang;
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
  return bestCount / words > 0.05 ? best : null;
}
