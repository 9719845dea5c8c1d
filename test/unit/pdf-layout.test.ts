import { describe, expect, it } from 'vitest';
import { layoutPages, type PdfRun } from '../../src/read/pdf-layout.js';

/** A run of text at (x, y) in a font of `size` points, about half an em wide per character. */
const run = (str: string, x: number, y: number, size = 10): PdfRun => ({ str, x, y, size, width: str.length * size * 0.5 });

describe('layoutPages', () => {
  it('orders lines top to bottom and runs left to right, whatever the stream order', () => {
    const { text } = layoutPages([{ height: 800, runs: [run('second line', 72, 700), run('first', 72, 712), run('line', 102, 712)] }]);
    expect(text).toBe('first line\nsecond line\n');
  });
  it('joins justified runs with one space and glues runs that touch', () => {
    const { text } = layoutPages([{ height: 800, runs: [run('long', 72, 700), run('-', 92, 700), run('term', 94.5, 700), run('stability', 130, 700)] }]);
    expect(text).toBe('long-term stability\n');
  });
  it('keeps a wide gap as a layout column, as pdftotext -layout does', () => {
    const { text } = layoutPages([{ height: 800, runs: [run('United Nations', 72, 760), run('A/HRC/43/15', 400, 760)] }]);
    expect(text).toBe('United Nations   A/HRC/43/15\n');
  });
  it('glues a raised, smaller run to the word before it: a footnote marker', () => {
    const { text } = layoutPages([{ height: 800, runs: [run('encourages', 72, 700), run('1', 122, 703.5, 6.5), run(';', 126, 700)] }]);
    expect(text).toBe('encourages1;\n');
  });
  it('records where each superscript stands: markers by evidence, after a word or a number alike', () => {
    const layout = layoutPages([{ height: 800, runs: [run('February', 72, 700), run('2025', 115, 700), run('15', 136, 703.5, 6.5), run('and', 146, 700)] }]);
    expect(layout.text).toBe('February 202515 and\n');
    expect([...layout.markers]).toEqual([[13, 2]]);
  });
  it('a line of 150,000 runs lays out without overflowing the stack (no spread of unbounded arrays)', () => {
    const runs = Array.from({ length: 150_000 }, (_, i) => run('x', 72 + i * 6, 700));
    expect(layoutPages([{ height: 800, runs }]).lines[0]!.x).toBe(72);
  });
  it('a body-size number is never recorded as a marker', () => {
    expect([...layoutPages([{ height: 800, runs: [run('costs of', 72, 700), run('2,967,200', 120, 700), run('dollars', 170, 700)] }]).markers]).toEqual([]);
  });
  it('finds the footnote area by a smaller size below the last body line, starting with a note number', () => {
    const layout = layoutPages([
      {
        height: 800,
        runs: [run('Body text of the page.', 72, 700), run('More body text.', 72, 688), run('1', 66, 62, 6), run('See A/71/101.', 72, 59, 9), run('3', 540, 30, 9)],
      },
    ]);
    expect(layout.text).toBe('Body text of the page.\nMore body text.\n1 See A/71/101.\n3\n');
    expect([...layout.footnoteStarts]).toEqual([layout.text.indexOf('1 See')]);
  });
  it('marks lines repeated in the page margins as running headers and footers', () => {
    const page = (n: number) => ({ height: 800, runs: [run('A/HRC/1/2', 480, 780, 9), run(`Text of page ${n}.`, 72, 600), run(`GE.25-0${n}`, 57, 30, 8)] });
    const layout = layoutPages([page(1), page(2), page(3)]);
    const kinds = [...layout.furniture.entries()].map(([offset, kind]) => `${kind}:${layout.text.slice(offset, layout.text.indexOf('\n', offset))}`);
    expect(kinds).toEqual(['header:A/HRC/1/2', 'footer:GE.25-01', 'header:A/HRC/1/2', 'footer:GE.25-02', 'header:A/HRC/1/2', 'footer:GE.25-03']);
  });
  it('separates pages with form feeds', () => {
    expect(layoutPages([{ height: 800, runs: [run('one', 72, 700)] }, { height: 800, runs: [run('two', 72, 700)] }]).text).toBe('one\n\ftwo\n');
  });
});
