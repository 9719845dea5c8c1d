// Glyphs → runs cut the way pdf.js cuts them (src/read/pdf-glyphs.ts): one
// row per rule of pdf.js's compareWithLastPosition that the layout relies on.
import { describe, expect, it } from 'vitest';
import { glyphRuns, isMark, withMarksOnTheirBases, type PdfGlyph } from '../../src/read/pdf-glyphs.js';

/** Glyphs of `text` from x on, each 5 units wide (half an em at size 10), `gap` between them; a space is a whitespace glyph 2.5 wide. */
function glyphs(text: string, x: number, { y = 700, size = 10, object = 1, gap = 0 } = {}): PdfGlyph[] {
  const out: PdfGlyph[] = [];
  for (const ch of text) {
    out.push({ text: ch, x, y, advance: ch === ' ' ? 2.5 : 5, size, dirX: 1, dirY: 0, object });
    x += (ch === ' ' ? 2.5 : 5) + gap;
  }
  return out;
}
const strs = (g: PdfGlyph[]) => glyphRuns(g).map((r) => r.str);

describe('glyphRuns', () => {
  const rows: [string, PdfGlyph[], string[]][] = [
    ['touching glyphs are one run', glyphs('word', 72), ['word']],
    ['a space glyph and its gap (a quarter em) make one space', glyphs('two words', 72), ['two words']],
    ['a gap of a space without a space glyph still makes one (justified text)', [...glyphs('two', 72), ...glyphs('words', 89.5)], ['two words']],
    ['a gap over 0.6 em starts a new run', [...glyphs('left', 72), ...glyphs('right', 100)], ['left', 'right']],
    ['a space glyph closer than a tenth of an em ends the run (pdf.js: "4 –15" is "4", "–15")', [...glyphs('4 ', 72), ...glyphs('–15', 77.5)], ['4', '–15']],
    ['kerning under 0.03 em after a space glyph is no space', [...glyphs('a ', 72), ...glyphs('b', 77.2)], ['ab']],
    ['another text object starts a new run', [...glyphs('raci', 72), ...glyphs('al', 92.5, { object: 2 })], ['raci', 'al']],
    ['another size starts a new run (a footnote marker)', [...glyphs('encourages', 72), ...glyphs('1', 122, { size: 6.5, y: 703.5 })], ['encourages', '1']],
    ['a step back of more than 0.2 em starts a new run (right-to-left glyphs)', [...glyphs('b', 100), ...glyphs('a', 95)], ['b', 'a']],
    ['a move off the baseline of more than a quarter em starts a new run', [...glyphs('line', 72), ...glyphs('next', 92, { y: 690 })], ['line', 'next']],
  ];
  it.each(rows)('%s', (_why, input, expected) => expect(strs(input)).toEqual(expected));

  it('gives each run its start, size and width to the end of its last glyph', () => {
    expect(glyphRuns([...glyphs('ab', 72), ...glyphs('c', 90)])).toEqual([
      { str: 'ab', x: 72, y: 700, width: 10, size: 10 },
      { str: 'c', x: 90, y: 700, width: 5, size: 10 },
    ]);
  });
  it('measures along a turned baseline (text running down the margin)', () => {
    const down: PdfGlyph[] = [0, 1, 2].map((k) => ({ text: 'x', x: 575, y: 700 - 5 * k, advance: 5, size: 10, dirX: 0, dirY: -1, object: 1 }));
    expect(glyphRuns(down)).toEqual([{ str: 'xxx', x: 575, y: 700, width: 15, size: 10 }]);
  });
});

describe('withMarksOnTheirBases', () => {
  const g = (text: string, x: number, advance: number, y = 700): PdfGlyph => ({ text, x, y, advance, size: 11, dirX: 1, dirY: 0, object: 1 });
  const texts = (gs: PdfGlyph[]) => withMarksOnTheirBases(gs).map((x) => x.text);
  const rows: [string, PdfGlyph[], string[]][] = [
    // fixtures/pdf-languages/ar.pdf, page 2, "وتذكّر" as PDFium places it: the shadda raised 1.7 above the kaf, over the rā's edge.
    ['an Arabic shadda joins the letter under its centre, before it in visual order', [g('ّ', 378.54, 3.27, 701.67), g('ر', 373.84, 4.91), g('ك', 378.2, 4.64)], ['ر', 'ّك']],
    ['a Latin accent joins after its letter', [g('e', 72, 5), g('\u0301', 73, 2, 702)], ['e\u0301']],
    ['a mark over no glyph stays', [g('a', 72, 5), g('\u0301', 90, 2)], ['a', '\u0301']],
    ['a mark far off the baseline stays', [g('a', 72, 5), g('\u0301', 73, 2, 690)], ['a', '\u0301']],
  ];
  it.each(rows)('%s', (_why, input, expected) => expect(texts(input)).toEqual(expected));
  it('tells marks by code point', () => expect([isMark(0x0651), isMark(0x0301), isMark(0x0627), isMark(0x61)]).toEqual([true, true, false, false]));
});
