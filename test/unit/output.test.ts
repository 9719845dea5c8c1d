// Pieces of the output: record ids (src/assemble/ids.ts), a paragraph's text
// with its sub-items and their footnote markers (src/assemble/items.ts), and
// footnote markers taken out of joined text (takeMarkers, src/assemble/join.ts),
// where a spaced number is a marker only when the page has that note.
import { describe, expect, it } from 'vitest';
import { IdMaker } from '../../src/assemble/ids.js';
import { itemMarkers, textWithItems } from '../../src/assemble/items.js';
import { takeMarkers } from '../../src/assemble/join.js';
import type { Item } from '../../src/schema/document.js';

const SHA = 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789';

describe('IdMaker', () => {
  const rows: [note: string, symbol: string | null, labels: string[], ids: string[]][] = [
    ['symbol and label', 'E/CN.4/2000/82', ['91'], ['E/CN.4/2000/82#para_91']],
    ['a dotted UPR label', 'A/HRC/43/15', ['121.1'], ['A/HRC/43/15#para_121.1']],
    ['a symbol with its year keeps its space', 'S/RES/2776 (2025)', ['1'], ['S/RES/2776 (2025)#para_1']],
    ['without a symbol: the first 12 hex digits of the hash', null, ['1'], ['sha256:abcdef012345#para_1']],
    ['the leading fragment', 'A/58/275', [''], ['A/58/275#fragment']],
    ['a label seen again gets ~2, ~3 in order', 'A/RES/48/263', ['1', '2', '1', '1'], ['A/RES/48/263#para_1', 'A/RES/48/263#para_2', 'A/RES/48/263#para_1~2', 'A/RES/48/263#para_1~3']],
    ['each label counts on its own', 'A/1', ['1', '2', '2', '1'], ['A/1#para_1', 'A/1#para_2', 'A/1#para_2~2', 'A/1#para_1~2']],
    ['fragments count too', null, ['', ''], ['sha256:abcdef012345#fragment', 'sha256:abcdef012345#fragment~2']],
    ['"1" and "1.1" are different labels', 'A/1', ['1', '1.1', '1'], ['A/1#para_1', 'A/1#para_1.1', 'A/1#para_1~2']],
    ['an empty symbol is a symbol (only null falls back to the hash)', '', ['1'], ['#para_1']],
  ];
  it.each(rows)('%s', (_note, symbol, labels, ids) => {
    const maker = new IdMaker(symbol, SHA);
    expect(labels.map((l) => maker.next(l))).toEqual(ids);
  });

  it('two makers do not share their counts', () => {
    const a = new IdMaker('A/1', SHA);
    const b = new IdMaker('A/1', SHA);
    expect([a.next('1'), b.next('1'), a.next('1')]).toEqual(['A/1#para_1', 'A/1#para_1', 'A/1#para_1~2']);
  });

  it('the same bytes give the same ids', () => {
    expect(new IdMaker(null, SHA).next('5')).toBe(new IdMaker(null, SHA).next('5'));
    expect(new IdMaker(null, `f${SHA.slice(1)}`).next('5')).toBe('sha256:fbcdef012345#para_5');
  });
});

function item(marker: string, text: string, items: Item[] = [], footnotes: string[] = []): Item {
  return { label: marker.replace(/[()]/g, ''), marker, text, footnotes, items };
}

describe('textWithItems', () => {
  const rows: [note: string, text: string, items: Item[], expected: string][] = [
    ['no items: the text as it is', 'The Committee recommends that the State act.', [], 'The Committee recommends that the State act.'],
    ['no items: not even trimmed', '  text  ', [], '  text  '],
    ['items follow with their literal markers', 'The Committee recommends:', [item('(a)', 'Adopt a law;'), item('(b)', 'Report.')], 'The Committee recommends: (a) Adopt a law; (b) Report.'],
    ['nested items after their parent, before the next item', 'The Committee recommends:', [item('(a)', 'Take measures:', [item('(i)', 'On torture;'), item('(ii)', 'On violence;')]), item('(b)', 'Report.')], 'The Committee recommends: (a) Take measures: (i) On torture; (ii) On violence; (b) Report.'],
    ['the "a)" style', 'Le Comité recommande :', [item('a)', 'Adopter une loi ;')], 'Le Comité recommande : a) Adopter une loi ;'],
    ['a fragment with no text of its own: no leading space', '', [item('(a)', 'first;'), item('(b)', 'second.')], '(a) first; (b) second.'],
    ['with items, the whole is trimmed at its ends only', '  text  ', [item('a)', 'x')], 'text   a) x'],
    ['an item without text leaves its marker', 'text', [item('(a)', '')], 'text (a)'],
    // current behaviour; looks wrong because an item without text of its own, followed by nested items, leaves two spaces after its marker
    ['an empty item with nested items', 'text', [item('(a)', '', [item('(i)', 'x')])], 'text (a)  (i) x'],
  ];
  it.each(rows)('%s', (_note, text, items, expected) => expect(textWithItems(text, items)).toBe(expected));
});

describe('itemMarkers', () => {
  const rows: [note: string, items: Item[], markers: string[]][] = [
    ['no items', [], []],
    ['items without markers', [item('(a)', 'x'), item('(b)', 'y')], []],
    ['an item\'s own markers before its nested items\', then the next item', [item('(a)', 'x', [item('(i)', 'y', [], ['3']), item('(ii)', 'z', [], ['4', '5'])], ['2']), item('(b)', 'w', [], ['6'])], ['2', '3', '4', '5', '6']],
    ['repeats are kept', [item('(a)', 'x', [], ['3']), item('(b)', 'y', [], ['3'])], ['3', '3']],
    ['asterisk markers', [item('(a)', 'x', [], ['*'])], ['*']],
  ];
  it.each(rows)('%s', (_note, items, markers) => expect(itemMarkers(items)).toEqual(markers));
});

describe('takeMarkers: spaced markers only for the notes of the page', () => {
  const rows: [note: string, text: string, notes: string[], text2: string, markers: string[]][] = [
    ['a spaced number is a marker when the page has that note', 'over the past years, 87 and more', ['87'], 'over the past years, and more', ['87']],
    ['and text when it does not', 'over the past years, 87 and more', [], 'over the past years, 87 and more', []],
    ['and text when the page has other notes', 'over the past years, 87 and more', ['88'], 'over the past years, 87 and more', []],
    ['after a word, without punctuation', 'the report 12 of', ['12'], 'the report of', ['12']],
    ['after a semicolon', 'the report; 12 of', ['12'], 'the report; of', ['12']],
    ['after a colon at the end', 'the State: 87', ['87'], 'the State:', ['87']],
    ['at the end after a comma', 'the report, 87', ['87'], 'the report,', ['87']],
    ['a count is text even with the note', 'in paragraph 5, 87 States', ['87'], 'in paragraph 5, 87 States', []],
    ['a percentage is text', 'since the report, 12 per cent', ['12'], 'since the report, 12 per cent', []],
    ['a date is text', 'the report, 12 July 2020', ['12'], 'the report, 12 July 2020', []],
    ['"12 and 13" is text', 'the report, 12 and 13', ['12'], 'the report, 12 and 13', []],
    ['a number after a capital is text', 'the COVID 19 response', ['19'], 'the COVID 19 response', []],
    ['the number closing a UPR recommendation is its marker, note or not', 'Ratify the Convention (Belgium); 1', [], 'Ratify the Convention (Belgium);', ['1']],
    ['after a full stop too', 'Ratify the Convention (Belgium). 12', [], 'Ratify the Convention (Belgium).', ['12']],
    ['but not with four digits', 'Ratify the Convention (Belgium). 1234', [], 'Ratify the Convention (Belgium). 1234', []],
    ['glued markers need no note', 'the law3 and the Act,4 more', [], 'the law and the Act, more', ['3', '4']],
    ['glued and spaced markers in text order', 'the law3 and the report, 4', ['4'], 'the law and the report,', ['3', '4']],
    ['a marker seen twice is listed once', 'the law;11 and the law;11 again', [], 'the law; and the law; again', ['11']],
    ['a glued marker after a symbol and a comma', 'A/HRC/43/15,3 and', [], 'A/HRC/43/15, and', ['3']],
    ['a number in a URL is none', 'see www.un.org/3', ['3'], 'see www.un.org/3', []],
    // current behaviour; looks wrong because the marker between a comma and a full stop leaves ",." behind
    ['a spaced marker between a comma and a full stop', 'the report, 87.', ['87'], 'the report,.', ['87']],
  ];
  it.each(rows)('%s', (_note, text, notes, expected, markers) => {
    expect(takeMarkers(text, new Set(notes))).toEqual({ text: expected, markers });
  });
});
