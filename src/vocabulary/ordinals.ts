/**
 * Ordinals as UN documents spell sessions. English: "seventh",
 * "thirty-fourth", "Forty-eighth", "fifty-ninth", or in figures, "34th",
 * "22nd". The other languages: ordinalPhraseValue, with each language's words.
 */
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ROUND_TENS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** The number an ordinal names (1–99), or null. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase().trim();
  const figures = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (figures) return Number(figures[1]);
  let k = UNITS.indexOf(w);
  if (k >= 0) return k + 1;
  k = TEENS.indexOf(w);
  if (k >= 0) return k + 10;
  k = ROUND_TENS.indexOf(w);
  if (k >= 0) return (k + 2) * 10;
  const [tens, unit] = w.split(/[-\s]/);
  const t = TENS.indexOf(tens ?? '');
  const u = UNITS.indexOf(unit ?? '');
  return t >= 0 && u >= 0 ? (t + 2) * 10 + u + 1 : null;
}

/** Han numerals one to nine; 十 multiplies the digit before it ("四十七" is 4 × 10 + 7). */
const HAN_DIGITS = '一二三四五六七八九';

/** The number a Han numeral names (1–99: "七", "十二", "四十七"), or null. */
function hanNumber(word: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(word);
  if (!m || word === '') return null;
  const digit = (d: string | undefined) => (d ? HAN_DIGITS.indexOf(d) + 1 : 0);
  if (!m[2]) return m[3] ? null : digit(m[1]);
  return (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]);
}

/**
 * The number a session's ordinal names in another language: figures
 * ("47e", "47º", "47-ю"), Han numerals ("四十七"), or words each worth a
 * value in `words`, summed ("quarante-septième" 40 + 7, "السابعة والأربعين"
 * 7 + 40). Null when a word is not an ordinal's.
 */
export function ordinalPhraseValue(phrase: string, words: Readonly<Record<string, number>> = {}): number | null {
  const figures = /^(\d{1,3})(?:e|º|°|-ю)?$/u.exec(phrase.trim());
  if (figures) return Number(figures[1]);
  const han = hanNumber(phrase.trim());
  if (han !== null) return han;
  let sum = 0;
  for (const w of phrase.toLowerCase().split(/[-\s]+/u).filter(Boolean)) {
    const value = words[w];
    if (value === undefined) return null;
    sum += value;
  }
  return sum > 0 ? sum : null;
}
