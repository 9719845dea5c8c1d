import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const zones = (text: string) => segment(text).lines.filter((l) => l.zone !== 'blank').map((l) => `${l.zone}:${l.text}`);

describe('segment: furniture, footnote areas, page labels', () => {
  it('takes old running headers off the top and keeps the printed page', () => {
    const s = segment('E/CN.4/2000/82\npage 18\nresponse from the authorities.\n91.\nThe Special Rapporteur recommends:\n');
    expect(zones('E/CN.4/2000/82\npage 18\nresponse.\n')).toEqual(['header:E/CN.4/2000/82', 'header:page 18', 'body:response.']);
    expect(s.labels).toEqual(['18']);
  });
  it('takes New York and Geneva footers off the foot', () => {
    expect(zones('Body text.\n23-21227 (E) 131123\n*2321227*\n2/9\n')).toEqual(['body:Body text.', 'footer:23-21227 (E) 131123', 'footer:*2321227*', 'page-number:2/9']);
    expect(zones('Body text.\nGE.09-14368 (E) 010709\nPlease recycle\n/...\n')).toEqual(['body:Body text.', 'footer:GE.09-14368 (E) 010709', 'footer:Please recycle', 'footer:/...']);
  });
  it('finds a footnote area after a rule and links note texts', () => {
    const s = segment('1. States should act;11 and report.\n__________\n11 See A/57/387.\n');
    expect(s.notes).toEqual([expect.objectContaining({ marker: '11', text: 'See A/57/387.' })]);
  });
  it('finds a footnote area without a rule when a marker above announces the note', () => {
    const page = ['5. The Chair spoke at the plenary5 session.', 'More text of the paragraph.', 'Still more text.', 'And more.', '5 See https://webtv.un.org.', '3'].join('\n');
    const s = segment(page);
    expect(s.notes.map((n) => [n.marker, n.text])).toEqual([['5', 'See https://webtv.un.org.']]);
    expect(s.labels).toEqual(['3']);
  });
  it('never takes a number that no marker announces for a note', () => {
    const page = ['5. The Chair spoke.', 'More text of the paragraph.', 'Still more.', '34 years of work were reviewed.', '3'].join('\n');
    expect(segment(page).notes).toEqual([]);
  });
  it('takes a page number glued to the last line of a flattened page', () => {
    const s = segment('A/58/275 78. The Special Rapporteur recommends such recommendations 23\n\nSelect target paragraph3\n');
    expect(s.labels).toEqual(['23']);
    expect(s.lines.find((l) => l.text.includes('78.'))!.text.endsWith('recommendations')).toBe(true);
    expect(zones('text 23\n\nSelect target paragraph3\n').at(-1)).toBe('noise:Select target paragraph3');
  });
  it('keeps numbers that belong to the text at the end of a page', () => {
    expect(segment('The review was held on 12 November 2019\n').labels).toEqual([null]);
    expect(segment('in accordance with resolution 5\n').labels).toEqual([null]);
  });
  it('chooses the page label that fits the neighbouring pages', () => {
    const s = segment('Contents ...... 22\n2\n22\n\fA/1/2\nText.\n3\n\fA/1/2\nText.\n4\n');
    expect(s.labels).toEqual(['2', '3', '4']);
  });
  it('splits pages of text without form feeds at the repeated running header', () => {
    const s = segment('CCPR/C/USA/CO/4\nFirst page.\n2\nCCPR/C/USA/CO/4\nSecond page.\n3\n');
    expect(s.pages).toHaveLength(2);
    expect(s.labels).toEqual(['2', '3']);
  });
});
