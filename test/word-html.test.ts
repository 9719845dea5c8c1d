// Word documents and web pages (issue 14, inputs people have): a .docx through mammoth and
// an HTML page through rehype give the same records as text would, with headings, lettered
// lists and footnotes kept, and the page's furniture (navigation, scripts, footer) left
// out; a legacy .doc is refused with what to do instead.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { unrec } from './support/cli.js';
import { CORPUS_TESTS, ROOT, corpusPath } from './support/corpus.js';

const DOCX = join(ROOT, 'fixtures', 'docx', 'report.docx');
const HTML = join(ROOT, 'fixtures', 'html', 'report.html');

describe('Word (.docx)', () => {
  it('gives records with items, sections, symbol, title and footnote texts', async () => {
    const doc = await parse(readFileSync(DOCX), { path: 'report.docx' });
    expect(doc.source.format).toBe('docx');
    expect(doc.symbol).toBe('CEDAW/C/UZB/CO/7');
    expect(doc.title).toBe('Concluding observations on the seventh periodic report of Uzbekistan');
    expect(doc.recommendations.map((r) => r.label)).toEqual(['3', '4']);
    const [three, four] = doc.recommendations;
    expect(three!.items.map((i) => [i.marker, i.text])).toEqual([
      ['(a)', 'Adopt a national action plan on women and peace and security;'],
      ['(b)', 'Ensure that women have access to justice, including legal aid.'],
    ]);
    expect(three!.section).toBe('II. Principal areas of concern and recommendations');
    expect(four).toMatchObject({ text: 'The Committee urges the State party to criminalize marital rape without delay.', footnotes: ['2'] });
    expect(doc.footnotes.find((f) => f.marker === '2')?.text).toBe('See general recommendation No. 35 (2017).');
  });

  it('a legacy .doc is refused: save it as .docx or PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-doc-'));
    writeFileSync(join(dir, 'old.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 1)]));
    const r = await unrec(['parse', 'old.doc'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('save it as .docx or PDF  doc-legacy');
  });

  it('a damaged .docx is an input error, not a bug', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-docx-'));
    writeFileSync(join(dir, 'bad.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('word/document.xml'), Buffer.alloc(200, 7)]));
    const r = await unrec(['parse', 'bad.docx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.docx  error  not a readable Word document .*  docx-corrupt/);
  });

  it("the corpus's UPR recommendation matrix (.docx) is read, no longer refused as binary", CORPUS_TESTS, async () => {
    const path = corpusPath('other/UPR34_Slovenia_Thematic_list_of_Recommendations.docx');
    const doc = await parse(readFileSync(path), { path });
    expect(doc.source.format).toBe('docx');
    expect(doc.recommendations.length).toBeGreaterThan(0);
    expect(doc.recommendations[0]!.text).toMatch(/^Ratify the International Convention for the Protection of All Persons from Enforced Disappearance \(France\) \(Lithuania\);/);
  });
});

describe('HTML pages', () => {
  it('gives records with items and linked footnotes; navigation, scripts, styles and footer are no text', async () => {
    const html = readFileSync(HTML, 'utf8');
    const doc = await parse(html, { path: 'report.html', all: true });
    expect(doc.source.format).toBe('html');
    expect(doc.symbol).toBe('A/HRC/98/30');
    expect(doc.title).toBe('Report of the Special Rapporteur on the right to education');
    expect(doc.recommendations.map((r) => r.label)).toEqual(['3', '4']);
    expect(doc.recommendations[0]!.items.map((i) => i.marker)).toEqual(['(a)', '(b)']);
    expect(doc.recommendations[0]!.items[1]!.text).toBe("Consult the mandate's page on good practices;");
    expect(doc.paragraphs!.find((p) => p.label === '1')).toMatchObject({ footnotes: ['1'] });
    expect(doc.footnotes).toEqual([{ marker: '1', text: 'See A/HRC/RES/53/7.', page: null, pdfPage: null }]);
    const everything = JSON.stringify(doc);
    for (const furniture of ['analytics', 'font-family', 'Human rights bodies', '© United Nations', '↩']) expect(everything).not.toContain(furniture);
    // Positions are offsets into the HTML: each record's span holds its first words.
    for (const r of doc.recommendations) expect(html.slice(r.position.start, r.position.end)).toContain(r.text.slice(0, 20));
  });

  it('is told by its content too: a saved page named .txt is read as HTML', async () => {
    const doc = await parse(readFileSync(HTML), { path: 'saved-page.txt' });
    expect(doc.source.format).toBe('html');
    expect(doc.recommendations.map((r) => r.label)).toEqual(['3', '4']);
  });
});
