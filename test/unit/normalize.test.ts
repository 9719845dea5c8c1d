import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

describe('normalize', () => {
  it.each([
    ['CRLF and CR line ends', 'a\r\nb\rc', 'a\nb\nc'],
    ['trailing blanks', 'a  \nb\t\n', 'a\nb\n'],
    ['tabs and NBSP become spaces', 'a\tb\u00a0c', 'a b c'],
    ['soft hyphens and zero-width characters go', 'inter\u00adnational\u200b', 'international'],
    ['ligatures are spelled out', '\ufb01nal e\ufb00ort', 'final effort'],
    ['private-use barcode glyphs go', '\uf02a\uf031\uf032', ''],
    ['form feeds stay', 'a\fb', 'a\fb'],
    ['NUL and other controls go', 'a\u0000b\u0007', 'ab'],
    ['Arabic presentation forms become letters', '\ufe8d\ufedf\ufee4\ufe8e\ufea9\ufe93', 'المادة'],
    ['kashida inside a word goes, after the item letter هـ it stays', 'الـمـادة (هـ)', 'المادة (هـ)'],
    ['Arabic-Indic digits are read as ASCII digits', '١- نظرت اللجنة في جلستها ٣٦٥٠ (۲۰۲۰)', '1- نظرت اللجنة في جلستها 3650 (2020)'],
    ['bidirectional controls go', '\u200fالمادة\u200e 1\u202b\u202c', 'المادة 1'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps every output offset back to the matching input character', () => {
    const input = 'A\u00adB\r\nC\ufb01D  \n\tE';
    const { text, map } = normalize(input);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const orig = input[map.toOriginal(i)]!;
      if (/[A-E]/.test(ch)) expect(orig).toBe(ch);
    }
  });
});
