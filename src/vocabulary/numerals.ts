/**
 * Roman numerals and item letters by position: the labels that heading and
 * item numbers of every script are read as ("باء" → "B", "㈡" → "ii").
 */

const ROMAN_DIGITS: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** The roman numeral of n (1-based), in capitals: 4 → "IV". */
export function romanNumeral(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** The item letter of position n (1-based) as UN lists run: a…z, then aa, bb… */
export function itemLetter(n: number): string {
  return n <= 26 ? String.fromCharCode(96 + n) : String.fromCharCode(96 + n - 26).repeat(2);
}
