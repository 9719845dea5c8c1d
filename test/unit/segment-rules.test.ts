// The segment rule tables, one row per rule with the lines that forced it:
// furniture cells, page edges, footnote areas, and the one repetition detector.
import { describe, expect, it } from 'vitest';
import { repeatedOnPages, repetitionKey } from '../../src/base/repetition.js';
import { AREA_RULES, findFootnotes as findFootnotesIn } from '../../src/segment/footnotes.js';
import { CELL_RULES, furnitureCell } from '../../src/segment/furniture-cells.js';
import { EDGE_RULES, markFurniture } from '../../src/segment/furniture.js';
import { takeGluedPageNumbers } from '../../src/segment/glued-page-number.js';
import { segment } from '../../src/segment/index.js';
import { splitLines } from '../../src/segment/lines.js';
import { reconcileLabels } from '../../src/segment/page-labels.js';
import { paginate } from '../../src/segment/pages.js';
import { Zoning } from '../../src/segment/zoning.js';

const shown = (text: string, hints: { footnoteStarts?: Set<number> } = {}) => segment(text, hints).lines.filter((l) => l.zone !== 'blank').map((l) => `${l.zone}:${l.text}`);

describe('furniture cell rules', () => {
  const rows: [rule: string, cell: string, where: 'top' | 'bottom', kind: string | null, label?: string][] = [
    ['page-word', 'page 18', 'top', 'header', '18'],
    ['page-word', 'Page 3', 'bottom', 'footer', '3'],
    ['bare-page-number', '- 3 -', 'bottom', 'page-number', '3'],
    ['bare-page-number', '2/9', 'bottom', 'page-number', '2'],
    ['geneva-job-number', 'GE.19-21936(E)', 'bottom', 'job-number'],
    ['geneva-job-number', `GE.19-21936 ${'x'.repeat(60)}`, 'bottom', null],
    ['new-york-job-number', '25-03579* (E)', 'bottom', 'job-number'],
    ['barcode', '*2321227*', 'bottom', 'barcode'],
    ['date-stamp', '251197', 'bottom', 'job-number'],
    ['continuation', '/...', 'bottom', 'continuation'],
    ['recycle', 'Please recycle', 'bottom', 'recycle'],
    ['language-line', 'ENGLISH', 'top', 'header'],
    ['document-symbol', 'A/HRC/8/47', 'top', 'header'],
    ['document-symbol', 'S/RES/2776 (2025)', 'bottom', 'footer'],
  ];
  it.each(rows)('%s: %s', (rule, cell, where, kind, label) => {
    const verdict = furnitureCell(cell, where);
    expect(verdict?.kind ?? null).toBe(kind);
    if (label) expect(verdict?.label).toBe(label);
    if (kind) expect(CELL_RULES.find((r) => r.apply(cell, where))?.id).toBe(rule);
  });
  it('every cell rule has a row and says why', () => {
    expect(CELL_RULES.map((r) => r.id).filter((id) => !rows.some((row) => row[0] === id))).toEqual([]);
    for (const r of CELL_RULES) expect(r.why.length, r.id).toBeGreaterThan(20);
  });
});

describe('page edge rules', () => {
  const rows: [rule: string, text: string, expected: string[]][] = [
    ['interface-noise', 'Text.\n\nSelect target paragraph3\n', ['body:Text.', 'noise:Select target paragraph3']],
    ['top-furniture', 'E/CN.4/2000/82\npage 18\nresponse.\n', ['header:E/CN.4/2000/82', 'header:page 18', 'body:response.']],
    ['top-furniture', 'Heading\nText.\n18\nMore text.\nAnd more.\nEnd.\nStill.\nLast.\n', ['body:Heading', 'body:Text.', 'body:18', 'body:More text.', 'body:And more.', 'body:End.', 'body:Still.', 'body:Last.']],
    ['bottom-furniture', 'Body text.\n23-21227 (E) 131123\n*2321227*\n2/9\n', ['body:Body text.', 'footer:23-21227 (E) 131123', 'footer:*2321227*', 'page-number:2/9']],
    ['note-number-above-page-number', 'Body text.\n12\n3\n', ['body:Body text.', 'body:12', 'page-number:3']],
    ['repeated-edge-line', ['Digitized by Library', 'Text one.', '\f', 'Digitized by Library', 'Text two.', '\f', 'Digitized by Library', 'Text three.'].join('\n'), ['header:Digitized by Library', 'body:Text one.', 'header:Digitized by Library', 'body:Text two.', 'header:Digitized by Library', 'body:Text three.']],
  ];
  it.each(rows)('%s', (_, text, expected) => expect(shown(text)).toEqual(expected));
  it('every edge rule has a row and says why', () => {
    expect(EDGE_RULES.map((r) => r.id).filter((id) => !rows.some((row) => row[0] === id))).toEqual([]);
    for (const r of EDGE_RULES) expect(r.why.length, r.id).toBeGreaterThan(20);
  });
});

describe('running header blocks', () => {
  const page1 = 'United Nations   A/RES/99/7\nGeneral Assembly\n1. Decides to act.\n';
  it('a two-line running title with the symbol alone below it, on every page after the first (pdftotext, A/RES/78/119)', () => {
    const text = `${page1}\fScope and organization of the\nhigh-level meeting\nA/RES/99/7\nwith Member States.\n\fScope and organization of the\nhigh-level meeting\nA/RES/99/7\n2. Requests.\n`;
    expect(shown(text).filter((l) => l.startsWith('header:'))).toEqual(Array(2).fill(['header:Scope and organization of the', 'header:high-level meeting', 'header:A/RES/99/7']).flat());
  });
  it('the symbol in a column of the last title line, left or right by page (pdftotext -layout, A/RES/79/289)', () => {
    const text = `${page1}\f      Scope and organization of the\nA/RES/99/7      high-level meeting\nwith Member States.\n\fScope and organization of the\nhigh-level meeting      A/RES/99/7\n2. Requests.\n`;
    expect(shown(text).filter((l) => l.startsWith('body:'))).toEqual(['body:United Nations   A/RES/99/7', 'body:General Assembly', 'body:1. Decides to act.', 'body:with Member States.', 'body:2. Requests.']);
  });
  it('a paragraph number printed above the symbol leaves the title to the other rules, the symbol line is still the header (pdftotext, A/RES/79/117)', () => {
    const text = `${page1}\fA short title\n7.\nA/RES/99/7\nWelcomes.\n\fA short title\nA/RES/99/7\n8. Notes.\n`;
    expect(shown(text)).toContain('header:A/RES/99/7');
    expect(shown(text)).toContain('body:7.');
  });
  it('the running title below a symbol printed first is the header too (pdftotext, A/RES/78/119)', () => {
    const text = `${page1}\fScope and organization of the\nhigh-level meeting\nA/RES/99/7\nwith Member States.\n\fA/RES/99/7\nScope and organization of the\nhigh-level meeting\nand civil society.\n`;
    expect(shown(text).slice(-4)).toEqual(['header:A/RES/99/7', 'header:Scope and organization of the', 'header:high-level meeting', 'body:and civil society.']);
  });
  it('a symbol at the top of one page of many is no running header (a table of documents)', () => {
    const pages = ['1. Text.', '2. Text.', 'A/HRC/1/2   Report of the Council\n3. Text.', '4. Text.'];
    expect(shown(pages.join('\n\f')).filter((l) => l.startsWith('header:'))).toEqual([]);
  });
});

describe('footnote area rules', () => {
  const rows: [rule: string, text: string, hints: { footnoteStarts?: Set<number> }, notes: [string, string][]][] = [
    ['reader-footnote-area', '1. States should act.\n3 A note the reader saw by its size.\n', { footnoteStarts: new Set([22]) }, [['3', 'A note the reader saw by its size.']]],
    ['separator-rule', '1. States should act;11 and report.\n__________\n11 See A/57/387.\n', {}, [['11', 'See A/57/387.']]],
    ['announced-notes', ['5. The Chair spoke at the plenary5 session.', 'More text of the paragraph.', 'Still more text.', 'And more.', '5 See https://webtv.un.org.', '3'].join('\n'), {}, [['5', 'See https://webtv.un.org.']]],
    ['announced-notes', ['5. The Chair spoke.', 'More text of the paragraph.', 'Still more.', '34 years of work were reviewed.', '3'].join('\n'), {}, []],
    // An Arabic paragraph "1 - …" low on a short first page is no note 1 (fixtures/upr-languages/ar).
    ['announced-notes', ['الأمم المتحدة', 'مقدمة', 'نص أول.', 'نص ثان.', '1 - عقد الفريق العامل دورته.', '2 - وفي 10 كانون الثاني/يناير 2024، اختار المجلس.'].join('\n'), {}, []],
  ];
  it.each(rows)('%s', (_, text, hints, notes) => {
    expect(segment(text, hints).notes.map((n) => [n.marker, n.text])).toEqual(notes);
  });
  it('the rule above notes found by the PDF reader belongs to the area (A/RES/78/323, A/80/21)', () => {
    const text = '1. States should act and the paragraph goes on\n__________________\n1 Resolution 217 A (III).\n';
    expect(shown(text, { footnoteStarts: new Set([text.indexOf('1 Resolution')]) })).toEqual(['body:1. States should act and the paragraph goes on', 'footer:__________________', 'footnote:1 Resolution 217 A (III).']);
  });
  it('a note number equal to the page label is a note when another line prints the label (pdftotext, A/RES/78/119 note 18 on page 18)', () => {
    const text = '1. States should act under the Convention 18 and report on it.\nMore text.\nStill more text.\n__________________\n18\n18/20\nUnited Nations, Treaty Series, vol. 189.\n';
    expect(segment(text).notes.map((n) => n.marker)).toEqual(['18']);
  });
  it('a note number printed alone after the other notes is that note (pdftotext, A/RES/80/121 note 18)', () => {
    const text = '1. The paragraph.17 And article 4.1518 in this regard.19\nMore text.\nStill more.\n_______________\n17\nFirst note.\nSecond note.\n19\nThird note.\n18\n9/10\n';
    expect(segment(text).notes.map((n) => n.marker)).toEqual(['17', '19', '18']);
  });
  it('a separator on the last line is marked with nothing under it', () => {
    expect(shown('Text one.\nText two.\nText three.\n-----\n').at(-1)).toBe('footer:-----');
  });
  it('every area rule has a row and says why', () => {
    expect(AREA_RULES.map((r) => r.id).filter((id) => !rows.some((row) => row[0] === id))).toEqual([]);
    for (const r of AREA_RULES) expect(r.why.length, r.id).toBeGreaterThan(20);
  });
});

describe('repetition', () => {
  it('masks digits and collapses spaces', () => expect(repetitionKey('A/79/117   Page 3')).toBe('A/#/# Page #'));
  it('needs three pages, or 40% of a long document', () => {
    const on = (pages: number[]) => pages.map((page) => ({ page, key: 'k', item: page }));
    expect(repeatedOnPages(on([0, 1]), 2).size).toBe(0);
    expect(repeatedOnPages(on([0, 1, 2]), 3).size).toBe(3);
    expect(repeatedOnPages(on([0, 1, 2]), 10).size).toBe(0);
    expect(repeatedOnPages(on([0, 1, 2, 3]), 10).size).toBe(4);
  });
});

describe('segment steps return marks and never rewrite their input', () => {
  it('furniture, footnotes, labels and glued numbers leave the lines as given', () => {
    const text = 'E/CN.4/2000/82\npage 18\n1. States should act;11 and report such recommendations 23\n__________\n11 See A/57/387.\n';
    const lines = splitLines(text);
    const { pages } = paginate(lines);
    const before = structuredClone(lines);
    const furniture = markFurniture(lines, pages);
    const zoning = Zoning.of(lines).with(furniture.marks);
    const footnotes = findFootnotesIn(zoning, pages, furniture.candidates);
    const labels = reconcileLabels(zoning.with(footnotes.marks), pages, footnotes.candidates);
    takeGluedPageNumbers(zoning.with(footnotes.marks).with(labels.marks), pages, labels.labels);
    expect(lines).toEqual(before);
    expect([...furniture.marks.values()].map((m) => m.zone)).toEqual(['header', 'header']);
    expect(footnotes.notes.map((n) => n.marker)).toEqual(['11']);
  });
});
