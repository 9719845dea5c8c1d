import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { NORMALIZE_STEPS } from '../../src/normalize/steps.js';

/** The pass without its shortcuts: the steps' pattern searched at every position. */
function plainNormalize(input: string): { text: string; counts: Record<string, number> } {
  const combined = new RegExp(NORMALIZE_STEPS.map((s) => `(${s.pattern})`).join('|'), 'g');
  const counts: Record<string, number> = {};
  let text = '';
  let last = 0;
  for (const m of input.matchAll(combined)) {
    const step = NORMALIZE_STEPS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!;
    const replacement = step.replace(m[0], input.charAt(m.index + m[0].length));
    if (replacement === m[0]) continue;
    text += input.slice(last, m.index) + replacement;
    last = m.index + m[0].length;
    counts[step.name] = (counts[step.name] ?? 0) + 1;
  }
  return { text: text + input.slice(last), counts };
}

/** Units every step cares about, with letters and plain spaces around them. */
const tricky = fc.constantFrom(
  ' ', ' ', '  ', 'a', 'é', '\n', '\r', '\r\n', '\f', '\t', '\u00a0', '\u2003', '\u3000', '\u2028', '\u0085',
  '\u00ad', '\u00ad\n  ', '\u200b', '\ufeff', '\ue000', '\uf8ff', '\ufb01', '\ufe8d', 'ل', 'ـ', 'هـ', '١', '۲', '\u200f', '\u202b', '\u0000', '\u007f', '\u001f',
);

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

  it('gives what a plain search at every position gives, on any text (the LONE_SPACE and start-unit shortcuts change nothing)', () => {
    const check = (input: string): void => {
      const { text, counts } = normalize(input);
      expect({ text, counts }).toEqual(plainNormalize(input));
    };
    fc.assert(fc.property(fc.array(tricky, { maxLength: 60 }), (units) => check(units.join(''))), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), check), { numRuns: 500 });
  });

  it.each(NORMALIZE_STEPS.map((s) => [s.name, s] as const))('step %s: every match begins with one of its starts (or a plain space)', (_name, step) => {
    const begins = new RegExp(`^(?:${step.starts}| )`);
    const pattern = new RegExp(step.pattern, 'g');
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 40 }), (units) => {
        for (const m of units.join('').matchAll(pattern)) expect(m[0]).toMatch(begins);
      }),
      { numRuns: 300 },
    );
  });
});
