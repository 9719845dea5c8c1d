// PDFium mirrors the brackets of what it takes for right-to-left runs
// (src/read/pdfium-bidi.ts); unmirror replays its decision and swaps them back.
import { describe, expect, it } from 'vitest';
import { isMirrorable, pdfiumDirection, unmirror } from '../../src/read/pdfium-bidi.js';

/** One PDFium line, given in PDFium's order, through unmirror. */
function swapped(line: string): string {
  const codes = Int32Array.from([...line].map((c) => c.codePointAt(0)!));
  return String.fromCodePoint(...unmirror(codes, (i) => codes[i] === 0x0a));
}

describe('PDFium bidi directions', () => {
  it.each([
    ['a', 'left'],
    ['И', 'left'],
    ['中', 'left'],
    ['ب', 'right'],
    ['؛', 'right'],
    ['א', 'right'],
    ['7', 'weak'],
    ['٣', 'weak'],
    ['/', 'weak'],
    ['،', 'weak'],
    ['\u064b', 'weak'],
    ['(', 'neutral'],
    [' ', 'neutral'],
    ['«', 'neutral'],
    ['\u200e', 'left'],
    ['\u200f', 'right'],
  ])('%s is %s', (char, direction) => expect(pdfiumDirection(char)).toBe(direction));
});

describe('unmirror', () => {
  const rows: [string, string, string][] = [
    // fixtures/pdf-languages/ar.pdf as PDFium gives it (its reading order, brackets swapped where it saw right-to-left).
    ['an item marker in an Arabic line', ')أ( القانون', '(أ) القانون'],
    ['a symbol in brackets in an Arabic line: only the bracket after Arabic was swapped', 'لأوزبكستان )CEDAW/C/UZB/7) في', 'لأوزبكستان (CEDAW/C/UZB/7) في'],
    ['a year in brackets after Arabic (digits are weak: both were swapped)', 'رقم 33 )2015( بشأن', 'رقم 33 (2015) بشأن'],
    ['a left-to-right line is left alone', 'the Convention (CEDAW) and (a)', 'the Convention (CEDAW) and (a)'],
    ['each line is its own: the Latin line after an Arabic one', ')أ( نص\n(b) text', '(أ) نص\n(b) text'],
  ];
  it.each(rows)('%s', (_why, line, expected) => expect(swapped(line)).toBe(expected));
  it('knows the pairs it may swap', () => expect(['(', ']', '«', '》', 'a'].map((c) => isMirrorable(c.codePointAt(0)!))).toEqual([true, true, true, true, false]));
});
