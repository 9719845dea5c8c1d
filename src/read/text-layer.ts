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

/** Count the visible characters of one run of text into `counts`. */
export function countGlyphs(text: string, counts: GlyphCounts): void {
  const visible = text.replace(/\s+/g, '');
  counts.chars += visible.length;
  counts.letters += visible.replace(/[^\p{L}]+/gu, '').length;
  counts.latinAccented += visible.replace(/[^\u00C0-\u024F]+/g, '').length;
}

/** Why the text layer cannot be read, or null when it reads as text. */
export function unreadableReason(c: GlyphCounts): string | null {
  if (c.chars < MIN_CHARS) return null;
  if (c.letters / c.chars < MIN_LETTER_SHARE) return 'its fonts map glyphs to no letters';
  if (c.latinAccented / c.letters > MAX_ACCENTED_SHARE) return 'its letters are another script shifted into Latin-1';
  return null;
}
