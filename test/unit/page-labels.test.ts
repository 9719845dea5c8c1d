// Printed page labels: reconcileLabels (src/segment/page-labels.ts) chooses
// each page's label from its candidates by the sequence, and
// takeGluedPageNumbers (src/segment/glued-page-number.ts) cuts a page number
// glued to a page's last line. Each row gives the pages' text (joined with
// form feeds, through splitLines and paginate into a Zoning) and what the
// step must return; marks and cuts are named by the text of their line.
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/base/line.js';
import { takeGluedPageNumbers } from '../../src/segment/glued-page-number.js';
import { splitLines } from '../../src/segment/lines.js';
import { reconcileLabels } from '../../src/segment/page-labels.js';
import { paginate } from '../../src/segment/pages.js';
import { Zoning, type ZoneMark } from '../../src/segment/zoning.js';

function setup(pageTexts: string[]): { lines: Line[]; pages: number[][]; zoning: Zoning } {
  const split = splitLines(pageTexts.join('\n\f'));
  const { pageOf, pages } = paginate(split);
  const lines = split.map((l) => ({ ...l, page: pageOf[l.index]! }));
  return { lines, pages, zoning: Zoning.of(lines) };
}

describe('reconcileLabels', () => {
  interface Row {
    note: string;
    pages: string[];
    candidates: string[][];
    labels: (string | null)[];
    /** Lines marked as the page number, by text. */
    marked?: string[];
  }
  const P4 = ['Text a.', 'Text b.', 'Text c.', 'Text d.'];
  const rows: Row[] = [
    { note: 'one candidate a page, in sequence', pages: P4, candidates: [['2'], ['3'], ['4'], ['5']], labels: ['2', '3', '4', '5'] },
    { note: 'the candidate that fits the neighbours wins over the first one', pages: P4, candidates: [['2'], ['3'], ['17', '4'], ['5']], labels: ['2', '3', '4', '5'] },
    { note: 'a candidate that fits the next page\'s first candidate', pages: P4, candidates: [['9', '2'], ['3'], [], []], labels: ['2', '3', null, null] },
    { note: 'a stray number that contradicts both neighbours gives null', pages: ['Text a.', 'Text b.', 'Text c.'], candidates: [['1'], ['9'], ['3']], labels: [null, null, '3'] },
    { note: 'a stray number on a page whose neighbours have no number is kept (nothing to contradict)', pages: P4, candidates: [[], ['17'], [], []], labels: [null, '17', null, null] },
    { note: 'a single page takes its first candidate', pages: ['Text a.'], candidates: [['17', '18']], labels: ['17'] },
    { note: 'a label that is no number is taken as it is', pages: P4, candidates: [['ii'], ['iii'], [], []], labels: ['ii', 'iii', null, null] },
    { note: 'a non-numeric first candidate is taken even beside numbered pages', pages: ['Text a.', 'Text b.'], candidates: [['A/79/1'], ['2']], labels: ['A/79/1', '2'] },
    { note: 'pages without candidates and no bare number stay null', pages: P4, candidates: [['2'], [], ['4'], []], labels: ['2', null, '4', null] },
    // bare body numbers
    { note: 'a bare body number the sequence expects becomes the label, and is marked', pages: ['Text a.', 'Text b.\n3\nmore text', 'Text c.', 'Text d.'], candidates: [['2'], [], ['4'], []], labels: ['2', '3', '4', null], marked: ['3'] },
    { note: 'on the first page, the number before the next page\'s label', pages: ['Text a.\n1', 'Text b.', 'Text c.'], candidates: [[], ['2'], ['3']], labels: ['1', '2', '3'], marked: ['1'] },
    { note: 'after an unlabelled page, the number before the next label', pages: ['Text a.', 'Text b.\n3\nmore', 'Text c.'], candidates: [[], [], ['4']], labels: [null, '3', '4'], marked: ['3'] },
    { note: 'after a page labelled with no number, the number before the next label', pages: ['Text a.', 'Text b.\n3\nmore', 'Text c.'], candidates: [['x'], [], ['4']], labels: ['x', '3', '4'], marked: ['3'] },
    { note: 'the last page: the number after the page before', pages: ['Text a.', 'Text b.\n3\nmore'], candidates: [['2'], []], labels: ['2', '3'], marked: ['3'] },
    { note: 'a bare number the sequence does not expect stays text', pages: ['Text a.', 'Text b.\n7\nmore', 'Text c.', 'Text d.'], candidates: [['2'], [], ['4'], []], labels: ['2', null, '4', null] },
    { note: 'a stray candidate gives null, then the bare number the sequence expects fills it', pages: ['Text a.', 'Text b.\n4\nmore', 'Text c.'], candidates: [[], ['9'], ['5']], labels: [null, '4', '5'], marked: ['4'] },
    { note: 'a bare number of five digits is never a page number', pages: ['Text a.', 'Text b.\n10003\nmore', 'Text c.'], candidates: [['10002'], [], ['10004']], labels: ['10002', null, '10004'] },
    { note: 'leading zeros: the label is the number as printed', pages: ['Text a.', 'Text b.\n003', 'Text c.'], candidates: [['2'], [], ['4']], labels: ['2', '003', '4'], marked: ['003'] },
    // current behaviour; looks wrong because page 1's "2" fits page 2's real label "3", but only page 2's first candidate (the stray "17") is compared, so page 1 loses its label
    { note: 'a stray first candidate on the next page makes a page lose its own label', pages: P4, candidates: [['2'], ['17', '3'], ['4'], ['5']], labels: [null, '3', '4', '5'] },
    // current behaviour; looks wrong because "2" on page 1 is contradicted only by page 2's stray "9", and is dropped with it
    { note: 'a stray number drops the label of the page before it too', pages: ['Text a.', 'Text b.\n3', 'Text c.'], candidates: [['2'], ['9'], ['4']], labels: [null, '3', '4'], marked: ['3'] },
    { note: 'no pages', pages: [], candidates: [], labels: [] },
  ];

  it.each(rows)('$note', (row) => {
    const { lines, pages, zoning } = row.pages.length ? setup(row.pages) : { lines: [], pages: [], zoning: Zoning.of([]) };
    const out = reconcileLabels(zoning, pages, row.candidates);
    expect(out.labels).toEqual(row.labels);
    expect([...out.marks].map(([i, mark]) => [lines[i]!.text, mark])).toEqual((row.marked ?? []).map((t) => [t, { zone: 'page-number', furniture: 'page-number' }]));
  });

  it('a bare number already in another zone is not taken', () => {
    const { lines, pages, zoning } = setup(['Text a.', 'Text b.\n3\nmore text', 'Text c.']);
    const three = lines.find((l) => l.text === '3')!.index;
    const marked = zoning.with(new Map<number, ZoneMark>([[three, { zone: 'footnote' }]]));
    expect(reconcileLabels(marked, pages, [['2'], [], ['4']]).labels).toEqual(['2', null, '4']);
    expect(reconcileLabels(zoning, pages, [['2'], [], ['4']]).labels).toEqual(['2', '3', '4']);
  });

  it('does not change its inputs', () => {
    const { lines, pages, zoning } = setup(['Text a.', 'Text b.\n3\nmore text', 'Text c.']);
    const candidates = [['2'], [], ['4']];
    const before = structuredClone({ lines, pages, candidates });
    const out = reconcileLabels(zoning, pages, candidates);
    expect(out.labels).toEqual(['2', '3', '4']);
    expect({ lines, pages, candidates }).toEqual(before);
    expect(zoning.zone(lines.find((l) => l.text === '3')!.index)).toBe('body');
  });
});

describe('takeGluedPageNumbers', () => {
  interface Row {
    note: string;
    pages: string[];
    labels: (string | null)[];
    out: (string | null)[];
    /** Cuts: [line text before, text after the cut, end offset]. */
    cuts?: [string, string, number][];
  }
  const rows: Row[] = [
    { note: 'a single page: nothing to contradict it (seed A_58_275_page23.txt)', pages: ['such recommendations 23'], labels: [null], out: ['23'], cuts: [['such recommendations 23', 'such recommendations', 20]] },
    { note: 'the number between its neighbours\' labels', pages: ['Text.', 'of the Covenant as a whole 3', 'Text.'], labels: ['2', null, '4'], out: ['2', '3', '4'], cuts: [['of the Covenant as a whole 3', 'of the Covenant as a whole', 33]] },
    { note: 'the number after the page before, on the last page', pages: ['Text.', 'as a whole 3'], labels: ['2', null], out: ['2', '3'], cuts: [['as a whole 3', 'as a whole', 17]] },
    { note: 'the number before the next page\'s label, on the first page', pages: ['as a whole 5', 'Text.'], labels: [null, '6'], out: ['5', '6'], cuts: [['as a whole 5', 'as a whole', 10]] },
    { note: 'a page taken counts for the next one', pages: ['Text 2.', 'the recommendations 3', 'the recommendations 4'], labels: ['2', null, null], out: ['2', '3', '4'], cuts: [['the recommendations 3', 'the recommendations', 28], ['the recommendations 4', 'the recommendations', 51]] },
    { note: 'a count before it is no word that takes a number', pages: ['Text.', 'some 80 States 3'], labels: ['2', null], out: ['2', '3'], cuts: [['some 80 States 3', 'some 80 States', 21]] },
    { note: 'a closing parenthesis is no sentence punctuation', pages: ['Text.', 'to the Convention) 3'], labels: ['2', null], out: ['2', '3'], cuts: [['to the Convention) 3', 'to the Convention)', 25]] },
    { note: 'a number that does not fit the neighbours is refused', pages: ['Text.', 'as a whole 7', 'Text.'], labels: ['2', null, '4'], out: ['2', null, '4'] },
    { note: 'a page that has a label is left alone', pages: ['Text.', 'as a whole 3', 'Text.'], labels: ['2', '3', '4'], out: ['2', '3', '4'] },
    { note: 'refused after "paragraph"', pages: ['Text.', 'as set out in paragraph 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after "paragraphs"', pages: ['Text.', 'in paragraphs 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after "resolution"', pages: ['Text.', 'General Assembly resolution 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after "Protocol"', pages: ['Text.', 'the Optional Protocol 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after a month', pages: ['Text.', 'adopted in May 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after a month with its day', pages: ['Text.', 'adopted on 1 July 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after a number', pages: ['Text.', 'the year 2004 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after "since"', pages: ['Text.', 'in force since 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after a full stop (a note marker, not a page number)', pages: ['Text.', 'the end of a sentence. 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after a semicolon', pages: ['Text.', 'the end of a list; 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused after a question mark', pages: ['Text.', 'is it in force? 3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused when glued without a space', pages: ['Text.', 'as a whole3'], labels: ['2', null], out: ['2', null] },
    { note: 'refused with four digits', pages: ['Text.', 'as a whole 1234'], labels: ['2', null], out: ['2', null] },
    { note: 'only the last body line of a page is looked at', pages: ['Text.', 'as a whole 3\nThe end of the page.'], labels: ['2', null], out: ['2', null] },
    { note: 'a page without body lines', pages: ['Text.', ''], labels: ['2', null], out: ['2', null] },
    { note: 'unlabelled neighbours say nothing: no number is taken on a page among others', pages: ['Text.', 'as a whole 5', 'Text.'], labels: [null, null, null], out: [null, null, null] },
    { note: 'an unlabelled page before is no page 0: "1" is not taken on the second page', pages: ['Text.', 'as a whole 1', 'Text.'], labels: [null, null, null], out: [null, null, null] },
    { note: 'a lone page takes any plausible number (seed A_58_275_page23.txt)', pages: ['as a whole 23'], labels: [null], out: ['23'], cuts: [['as a whole 23', 'as a whole', 10]] },
    { note: 'no pages', pages: [], labels: [], out: [] },
  ];

  it.each(rows)('$note', (row) => {
    const { lines, pages, zoning } = row.pages.length ? setup(row.pages) : { lines: [], pages: [], zoning: Zoning.of([]) };
    const out = takeGluedPageNumbers(zoning, pages, row.labels);
    expect(out.labels).toEqual(row.out);
    expect([...out.cuts].map(([i, cut]) => [lines[i]!.text, cut.text, cut.end])).toEqual(row.cuts ?? []);
  });

  it('the cut ends where the kept text ends in the normalised text', () => {
    const text = 'Text.\n\f  of the Covenant as a whole 3';
    const { lines, pages, zoning } = setup(text.split('\n\f'));
    const cuts = [...takeGluedPageNumbers(zoning, pages, ['2', null]).cuts];
    expect(cuts.length).toBe(1);
    const [i, cut] = cuts[0]!;
    expect(text.slice(lines[i]!.start, cut.end)).toBe('of the Covenant as a whole');
  });

  it('reads zones from the zoning: a last line marked as footer is not body', () => {
    const { lines, pages, zoning } = setup(['Text.', 'as a whole 3\nGE.19-21936(E)']);
    const job = lines.find((l) => l.text.startsWith('GE.'))!.index;
    const marked = zoning.with(new Map<number, ZoneMark>([[job, { zone: 'footer', furniture: 'job-number' }]]));
    expect(takeGluedPageNumbers(marked, pages, ['2', null]).labels).toEqual(['2', '3']);
    expect(takeGluedPageNumbers(zoning, pages, ['2', null]).labels).toEqual(['2', null]);
  });

  it('does not change its inputs', () => {
    const { lines, pages, zoning } = setup(['Text.', 'as a whole 3']);
    const labels: (string | null)[] = ['2', null];
    const before = structuredClone({ lines, pages, labels });
    const out = takeGluedPageNumbers(zoning, pages, labels);
    expect(out.labels).toEqual(['2', '3']);
    expect(out.labels).not.toBe(labels);
    expect({ lines, pages, labels }).toEqual(before);
    expect(zoning.line(1).text).toBe('as a whole 3');
  });
});
