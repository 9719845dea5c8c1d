/**
 * Is a PDF's text layer text? Fonts without a map to Unicode give glyph
 * numbers: punctuation and control characters, or a Cyrillic or Greek font's
 * codes read as Latin-1 letters ("Êîìèòåò" for "Комитет").
 */

/** What the visible characters of a text layer are. */
export interface GlyphCounts {
  chars: number;
  letters: number;
  /** Letters of Latin-1 Supplement and Latin Extended-A/B (À–ɏ): a few in French or Spanish, most of a shifted Cyrillic text. */
  latinAccented: number;
}

/**
 * Below this share of letters among the visible characters, the layer is
 * glyph numbers: UN prose is about 80% letters, a page of budget tables 50%;
 * a font without ToUnicode gives 0–20% (fixtures/pdf-languages/unreadable.pdf).
 */
const MIN_LETTER_SHARE = 0.3;
/** Above this share of accented Latin letters among letters, the text is another script shifted into Latin-1: French runs at 3–5%. */
const MAX_ACCENTED_SHARE = 0.25;
/** Too little text to judge (a cover page with a symbol and a date). */
const MIN_CHARS = 200;

const BLANK = 0;
const LETTER = 1;
const OTHER = 2;
/** Each BMP code unit's kind (blank as `\s` has it, letter as `\p{L}`, other), asked once and remembered. */
const unitKinds = new Int8Array(0x10000).fill(-1);
function kindOf(c: number): number {
  let kind = unitKinds[c]!;
  if (kind === -1) {
    const ch = String.fromCharCode(c);
    unitKinds[c] = kind = /\s/.test(ch) ? BLANK : /\p{L}/u.test(ch) ? LETTER : OTHER;
  }
  return kind;
}

/** Counts of no text yet. */
export function noGlyphs(): GlyphCounts {
  return { chars: 0, letters: 0, latinAccented: 0 };
}

/** Counts of two parts of a text layer together (a document read in two threads). */
export function addGlyphs(a: GlyphCounts, b: GlyphCounts): GlyphCounts {
  return { chars: a.chars + b.chars, letters: a.letters + b.letters, latinAccented: a.latinAccented + b.latinAccented };
}

/**
 * Count the visible characters of one run of text into `counts`, in UTF-16
 * code units. A loop over units: three patterns over every run were 30 ms
 * of a 181-page PDF (issue 15).
 */
export function countGlyphs(text: string, counts: GlyphCounts): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII, most of every layer, inline: blank, letter or other.
      if (c === 32 || (c >= 9 && c <= 13)) continue;
      counts.chars++;
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) counts.letters++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A character beyond the BMP: two units, a letter or not as a whole.
      const pair = text.slice(i, i + 2);
      counts.chars += 2;
      if (/^\p{L}$/u.test(pair)) counts.letters += 2;
      i++;
      continue;
    }
    const kind = kindOf(c);
    if (kind === BLANK) continue;
    counts.chars++;
    if (kind === LETTER) counts.letters++;
    if (c >= 0xc0 && c <= 0x24f) counts.latinAccented++;
  }
}

/** Why the text layer cannot be read, or null when it reads as text. */
export function unreadableReason(c: GlyphCounts): string | null {
  if (c.chars < MIN_CHARS) return null;
  if (c.letters / c.chars < MIN_LETTER_SHARE) return 'its fonts map glyphs to no letters';
  if (c.latinAccented / c.letters > MAX_ACCENTED_SHARE) return 'its letters are another script shifted into Latin-1';
  return null;
}
