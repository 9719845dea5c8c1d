// PDF input: the adapter's contract with pdf-parse/pdf.js, hostile PDFs, and
// what the PDF gives that text does not.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { openPdf } from '../src/read/pdf.js';
import { CORPUS_TESTS, HAS_CORPUS, ROOT, corpusPdf } from './support/corpus.js';
import { HAS_QPDF, unrec } from './support/cli.js';

const pdf = corpusPdf;


describe('pdf-parse adapter contract', CORPUS_TESTS, () => {
  it('PDFParse.load() returns the pdf.js document, whose pages give positioned text runs', async () => {
    const parser = await openPdf(readFileSync(pdf('A_RES_78_323.pdf')));
    expect(typeof parser.load, 'PDFParse.prototype.load is gone: src/read/pdf.ts must change').toBe('function');
    const doc = await parser.load();
    expect(doc.numPages).toBe(3);
    const page = await doc.getPage(1);
    const content = await page.getTextContent();
    const item = content.items.find((i) => (i.str ?? '').trim().length > 0)!;
    expect(typeof item.str).toBe('string');
    expect(item.transform).toHaveLength(6);
    expect(typeof item.width).toBe('number');
    expect(page.getViewport({ scale: 1 }).height).toBeGreaterThan(500);
    await parser.destroy();
  });
});

describe('PDF documents', CORPUS_TESTS, () => {
  it('gives pdfPage and the printed page, with superscript markers split off', async () => {
    const doc = await parse(readFileSync(pdf('A_HRC_EMRIP_2025_3.pdf')), { path: 'x.pdf' });
    expect(doc.source.format).toBe('pdf');
    const r = doc.recommendations.find((x) => x.label === '95')!;
    expect(r.pdfPage).toBe(18);
    expect(r.page).toBe('18');
    expect(doc.footnotes.find((f) => f.marker === '122')?.text).toContain('Submission by the Ogiek people of Kenya');
    for (const rec of doc.recommendations) expect(rec.text).not.toContain('Ogiek people of Kenya');
  });
  it('reads only the pages asked for, numbering them as in the file', async () => {
    const doc = await parse(readFileSync(pdf('A_HRC_43_15.pdf')), { path: 'x.pdf', pages: { first: 12, last: 13 } });
    expect(doc.recommendations.length).toBeGreaterThan(10);
    for (const r of doc.recommendations) expect([12, 13]).toContain(r.pdfPage);
    expect(doc.symbol).toBe('A/HRC/43/15');
  });
  it('reads the joint symbol of a two-organ masthead', async () => {
    const doc = await parse(readFileSync(pdf('A_ES-10_1043-S_2025_529.pdf')), { path: 'x.pdf' });
    expect([doc.symbol, ...doc.otherSymbols]).toEqual(['A/ES-10/1043', 'S/2025/529']);
  });
  it('takes symbol and language from the content, not the file name', async () => {
    const doc = await parse(readFileSync(pdf('MISLABELLED_A_78_354.en.pdf')), { path: 'A_78_354.en.pdf' });
    expect(doc.symbol).toBe('S/2023/664');
    expect(doc.language).toBe('es');
  });
  it('reports a non-UN PDF with no records and a warning', async () => {
    const doc = await parse(readFileSync(pdf('STUB_A_78_1.en.pdf')), { path: 'x.pdf' });
    expect(doc.recommendations).toEqual([]);
    expect(doc.messages.map((m) => m.ruleId)).toContain('symbol-not-found');
  });
  it('never reports an OCR-garbled symbol', async () => {
    for (const f of ['E_CN.4_110.pdf', 'A_47_466.pdf']) {
      const doc = await parse(readFileSync(pdf(f)), { path: f });
      if (doc.symbol !== null) expect(doc.symbol).toMatch(/^A\/47\/466$/);
    }
  });
  it.each(['FR_BBNJ_Agreement_2023.pdf', 'ES_BBNJ_Agreement_2023.pdf'])('reads %s without crashing and gives its language', async (f) => {
    const doc = await parse(readFileSync(pdf(f)), { path: f });
    expect(doc.language).toBe(f.startsWith('FR') ? 'fr' : 'es');
  });
});

describe('hostile PDFs: one clear line, exit 1, the other inputs still parsed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unrec-pdf-'));
  const seed = join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt');

  async function expectRefused(file: string, message: RegExp) {
    const r = await unrec(['parse', file, seed, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout.trim().split('\n')).toHaveLength(1); // the seed's record
  }

  it('corrupt (BROKEN_*)', CORPUS_TESTS, () => expectRefused(pdf('BROKEN_g0917123.pdf'), /corrupt PDF/));
  it('corrupt, read anyway with --lenient and a warning', CORPUS_TESTS, async () => {
    const r = await unrec(['parse', pdf('BROKEN_g0917123.pdf'), '--lenient']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('pdf-repaired');
  });
  it('no text layer (SCANNED_*)', CORPUS_TESTS, () => expectRefused(pdf('SCANNED_Letter-OHCHR-HC-Slovenia.pdf'), /no text layer.*OCR/));
  it('truncated', CORPUS_TESTS, async () => {
    const f = join(dir, 'truncated.pdf');
    const bytes = readFileSync(pdf('A_RES_78_323.pdf'));
    writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 3)));
    await expectRefused(f, /truncated\.pdf  error  /);
  });
  it('encrypted (made with qpdf when it is installed, else the hand-made fixture)', async () => {
    let f = join(ROOT, 'fixtures', 'hostile', 'encrypted.pdf');
    if (HAS_QPDF && HAS_CORPUS) {
      f = join(dir, 'encrypted.pdf');
      execFileSync('qpdf', ['--encrypt', 'secret', 'secret', '256', '--', pdf('A_RES_78_323.pdf'), f]);
    }
    await expectRefused(f, /password-protected/);
  });
  it('a text file named .pdf is read as text', async () => {
    const f = join(dir, 'text.pdf');
    writeFileSync(f, 'A/1/2\n\n1. States should act.\n');
    const r = await unrec(['parse', f, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).label).toBe('1');
  });
  it('garbage that claims to be a PDF', () => expectRefused((() => {
    const f = join(dir, 'garbage.pdf');
    writeFileSync(f, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 7)]));
    return f;
  })(), /garbage\.pdf  error  /));
  it('a PDF named .txt is read as a PDF', CORPUS_TESTS, async () => {
    const f = join(dir, 'resolution.txt');
    writeFileSync(f, readFileSync(pdf('A_RES_78_323.pdf')));
    const r = await unrec(['parse', f, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
  });
  it('keeps pdf.js quiet on stdout', CORPUS_TESTS, async () => {
    const r = await unrec(['parse', pdf('A_80_116.pdf'), '--format', 'ndjson']);
    expect(r.stdout).not.toMatch(/Warning|Info:/);
  });
});

describe('inspect a PDF', CORPUS_TESTS, () => {
  it('shows each line of a page with its zone, font size and position', async () => {
    const r = await unrec(['inspect', pdf('A_HRC_59_60.pdf'), '--page', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+3\s+3 header\s+header\s+9pt 487,791 A\/HRC\/59\/60$/m);
    expect(r.stdout).toMatch(/footnote\s+9pt 105, 59 5 See https:/);
    expect(r.stdout.split('\n').every((l) => l === '' || /^\s+3 /.test(l))).toBe(true);
  });
});
