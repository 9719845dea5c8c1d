// The document's own symbol (src/classify/masthead.ts): each row is a text
// run through segment() and findDocumentSymbol, with the whole finding it must
// give. Mismatches are shown as [symbol, text of the line, page].
import { describe, expect, it } from 'vitest';
import { findDocumentSymbol } from '../../src/classify/masthead.js';
import { segment } from '../../src/segment/index.js';

interface Row {
  note: string;
  text: string;
  symbol: string | null;
  others?: string[];
  reissued?: boolean;
  from: 'masthead' | 'header' | null;
  mismatches?: [symbol: string, line: string, page: number][];
}

const front = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} of the front.`).join('\n');
const pages = (...texts: string[]) => texts.join('\n\f');

const ROWS: Row[] = [
  // masthead
  { note: 'alone on a line of the masthead', text: 'United Nations\nA/HRC/59/60\nGeneral Assembly\nDistr.: General\n1. Text.\n', symbol: 'A/HRC/59/60', from: 'masthead' },
  { note: 'in a layout column beside "United Nations"', text: 'United Nations    A/HRC/43/15\nGeneral Assembly    Distr.: General\n1. Text.\n', symbol: 'A/HRC/43/15', from: 'masthead' },
  { note: 'in a layout column of a 2000 masthead', text: 'ECONOMIC AND SOCIAL COUNCIL     E/CN.4/2000/82\n1. Text.\n', symbol: 'E/CN.4/2000/82', from: 'masthead' },
  { note: 'a middle column between two others', text: 'Distr.: General   A/HRC/59/60  3 June 2008\n1. Text.\n', symbol: 'A/HRC/59/60', from: 'masthead' },
  { note: 'a space in its series letters (docstore text)', text: 'Организация Объединенных Наций\nC RPD/C/HRV/CO/1\n1.Текст.\n', symbol: 'CRPD/C/HRV/CO/1', from: 'masthead' },
  { note: 'glued to its date', text: 'General Assembly\nA/HRC/8/47 3 June 2008\n1. Text.\n', symbol: 'A/HRC/8/47', from: 'masthead' },
  { note: 'glued to its date, with the year of a Security Council resolution', text: 'Security Council\nS/RES/2776 (2025) 3 June 2025\n1. Text.\n', symbol: 'S/RES/2776 (2025)', from: 'masthead' },
  { note: 'a page word is no date: not a masthead cell', text: 'A/HRC/59/60 Page 2\n1. Text.\n', symbol: null, from: null },
  { note: 'mentioned in running text: no', text: 'Some text mentioning A/HRC/59/60 in passing.\n1. Text.\n', symbol: null, from: null },
  // joint symbols
  { note: 'joint symbols on one line with an en dash', text: 'United Nations\nA/79/924–S/2025/351\nGeneral Assembly\n1. Text.\n', symbol: 'A/79/924', others: ['S/2025/351'], from: 'masthead' },
  { note: 'joint symbols stacked on two lines', text: 'United Nations\nA/79/924\nS/2025/351\nGeneral Assembly\n1. Text.\n', symbol: 'A/79/924', others: ['S/2025/351'], from: 'masthead' },
  { note: 'stacked symbols of the same organ are not joint', text: 'United Nations\nA/79/924\nA/79/925\nGeneral Assembly\n1. Text.\n', symbol: 'A/79/924', from: 'masthead' },
  { note: 'a stacked symbol must be on the very next line', text: 'United Nations\nA/HRC/59/60\nDistr.: General\nCCPR/C/USA/CO/4\n1. Text.\n', symbol: 'A/HRC/59/60', from: 'masthead' },
  { note: 'the joint symbol in the headers is the document\'s own: no mismatch', text: pages('United Nations\nA/79/924–S/2025/351\n1. Text one.', 'A/79/924\n2. Text two.', 'S/2025/351\n3. Text three.', 'S/2025/351\n4. Text four.'), symbol: 'A/79/924', others: ['S/2025/351'], from: 'masthead' },
  // reissue
  { note: 'reissue asterisk: the symbol without it, reissued', text: 'United Nations\nA/HRC/59/60*\nGeneral Assembly\n1. Text.\n', symbol: 'A/HRC/59/60', reissued: true, from: 'masthead' },
  // current behaviour; looks wrong because the header symbol carries the reissue asterisk and reissued stays false (headers never report a reissue)
  { note: 'a reissue asterisk in the running header is dropped', text: pages('1. Text one.', 'A/HRC/43/15*\n2. Text two.', 'A/HRC/43/15*\n3. Text three.'), symbol: 'A/HRC/43/15', from: 'header' },
  // the masthead search window
  { note: 'the 40th non-blank line of the first page is still the masthead', text: `${front(39)}\nA/HRC/59/60\nMore text.\n`, symbol: 'A/HRC/59/60', from: 'masthead' },
  { note: 'blank lines do not count towards the 40', text: `${front(39)}\n\n\n\nA/HRC/59/60\nMore text.\n`, symbol: 'A/HRC/59/60', from: 'masthead' },
  { note: 'the 41st is not', text: `${front(40)}\nA/HRC/59/60\nMore text.\n`, symbol: null, from: null },
  { note: 'only the first page is a masthead: the symbol atop page 2 is a header', text: pages('United Nations\nGeneral Assembly', 'A/HRC/59/60\n1. Text.'), symbol: 'A/HRC/59/60', from: 'header' },
  { note: 'only the first page is searched: a symbol inside page 2 is nothing', text: pages('United Nations\nGeneral Assembly', '1. Text.\n2. Text.\n3. Text.\n4. Text.\nA/HRC/59/60\n5. Text.\n6. Text.\n7. Text.\n8. Text.'), symbol: null, from: null },
  // running headers
  { note: 'from the running header when there is no masthead', text: pages('1. Text one.', 'A/HRC/43/15\n2. Text two.', 'A/HRC/43/15\n3. Text three.'), symbol: 'A/HRC/43/15', from: 'header' },
  { note: 'from a page-bottom line marked as footer', text: `${front(40)}\nA/HRC/59/60\n`, symbol: 'A/HRC/59/60', from: 'header' },
  // current behaviour; looks wrong because two running-header symbols disagree and the less frequent one is dropped silently: mismatches are only looked for against a masthead
  { note: 'headers that disagree: the most frequent wins', text: pages('1. Text one.', 'A/HRC/43/15\n2. Text two.', 'A/HRC/43/16\n3. Text three.', 'A/HRC/43/16\n4. Text four.'), symbol: 'A/HRC/43/16', from: 'header' },
  // current behaviour; looks wrong because the document has a masthead: without form feeds the repeated symbol line starts a new page, so the masthead symbol is no longer on page 1 and is reported as taken from the header
  { note: 'no form feeds: the masthead symbol that repeats as a header starts page 2', text: 'United Nations\nA/HRC/59/60\n1. Text one.\nA/HRC/59/60\n2. Text two.\nA/HRC/59/60\n3. Text three.\n', symbol: 'A/HRC/59/60', from: 'header' },
  { note: 'with form feeds the same text keeps its masthead', text: pages('United Nations\nA/HRC/59/60\n1. Text one.', 'A/HRC/59/60\n2. Text two.', 'A/HRC/59/60\n3. Text three.'), symbol: 'A/HRC/59/60', from: 'masthead' },
  // mismatches
  { note: 'a header symbol that disagrees with the masthead, at the first line that carries it', text: pages('United Nations\nA/HRC/59/60\n1. Text one.', 'A/HRC/59/61\n2. Text two.', 'A/HRC/59/61\n3. Text three.'), symbol: 'A/HRC/59/60', from: 'masthead', mismatches: [['A/HRC/59/61', 'A/HRC/59/61', 1]] },
  { note: 'a joint header symbol that disagrees is named by its primary symbol', text: pages('United Nations\nA/HRC/59/60\n1. Text one.', 'A/HRC/59/60\n2. Text two.', 'A/79/924–S/2025/351\n3. Text three.', 'A/79/924–S/2025/351\n4. Text four.'), symbol: 'A/HRC/59/60', from: 'masthead', mismatches: [['A/79/924', 'A/79/924–S/2025/351', 2]] },
  // none
  { note: 'none found', text: '1. Text one.\n2. Text two.\n', symbol: null, from: null },
  { note: 'empty text', text: '', symbol: null, from: null },
];

describe('findDocumentSymbol', () => {
  it.each(ROWS)('$note', (row) => {
    const { lines, pages: pageLines } = segment(row.text);
    const found = findDocumentSymbol(lines, pageLines);
    expect({ ...found, mismatches: found.mismatches.map((m) => [m.symbol, m.line.text, m.line.page]) }).toEqual({
      symbol: row.symbol,
      otherSymbols: row.others ?? [],
      reissued: row.reissued ?? false,
      from: row.from,
      mismatches: row.mismatches ?? [],
    });
  });

  it('does not change the masthead finding when called twice (the others list is copied)', () => {
    const { lines, pages: pageLines } = segment('United Nations\nA/79/924\nS/2025/351\n1. Text.\n');
    const a = findDocumentSymbol(lines, pageLines);
    const b = findDocumentSymbol(lines, pageLines);
    expect(a.otherSymbols).toEqual(['S/2025/351']);
    expect(b.otherSymbols).toEqual(['S/2025/351']);
  });

  it('no pages: nothing', () => {
    expect(findDocumentSymbol([], [])).toEqual({ symbol: null, otherSymbols: [], reissued: false, from: null, mismatches: [] });
  });
});
