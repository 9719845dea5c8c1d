/**
 * Right-to-left lines of a PDF. pdf.js gives Arabic text glyph by glyph, and
 * the layout reads a line's glyphs left to right: the visual order, which is
 * the logical order reversed, except that numbers and Latin words inside
 * the line (symbols, dates, "CEDAW/C/UZB/7") read left to right on their own.
 * This is the inverse of the Unicode bidirectional algorithm for the lines
 * UN documents print: a right-to-left paragraph with left-to-right runs.
 */

/** A letter of a right-to-left script. */
const RTL_LETTER = /[\p{sc=Arabic}\p{sc=Hebrew}]/u;
/** A left-to-right run: Latin letters and digits, joined by the punctuation that stays inside a symbol, number or date. */
const LTR_RUN = /[\p{sc=Latin}\p{Nd}](?:[/.,:_@%+\-– ]*[\p{sc=Latin}\p{Nd}])*/gu;

/** Does the line hold right-to-left text (and so come out of the layout in visual order)? */
export function isRightToLeft(text: string): boolean {
  // Most lines are all below Hebrew (U+0590): a plain test first spares the script pattern.
  return BEYOND_ARMENIAN.test(text) && RTL_LETTER.test(text);
}

/** A code unit above U+058F: where Hebrew, Arabic and every other right-to-left script lie. */
const BEYOND_ARMENIAN = /[^\u0000-\u058f]/;

/** The logical order of a right-to-left line given in visual order ("ةدحتملا مملأا" → "الأمم المتحدة"). */
export function logicalOrder(visual: string): string {
  const reversed = [...visual].reverse().join('');
  return reversed.replace(LTR_RUN, (run) => [...run].reverse().join(''));
}
