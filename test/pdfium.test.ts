// The second PDF engine (engine: 'pdfium', src/read/pdfium.ts): the pages it
// gives are the pdf.js adapter's, hostile PDFs are refused alike, and the
// option reaches it from the library and the command line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, toJson, UsageError, type PdfEngine } from '../src/index.js';
import { readPdf } from '../src/read/pdf.js';
import { joinPages } from '../src/read/pdf-layout.js';
import { readPdfium } from '../src/read/pdfium.js';
import { CORPUS_TESTS, ROOT, corpusPdf } from './support/corpus.js';
import { unrec } from './support/cli.js';

afterEach(() => vi.restoreAllMocks());
const dir = mkdtempSync(join(tmpdir(), 'unrec-pdfium-'));

describe('PDFium adapter', CORPUS_TESTS, () => {
  it('gives pages laid out from positioned runs, as the pdf.js adapter does', async () => {
    const read = await readPdfium(readFileSync(corpusPdf('A_RES_78_323.pdf')), 'x.pdf');
    expect([read.totalPages, read.firstPage, read.pages.length, read.repaired]).toEqual([3, 1, 3, false]);
    // The masthead symbol: "/RES/78/323" at x 497.3 on the baseline 735.5, after an "A" set larger, a run of its own.
    const line = read.pages[0]!.lines.find((l) => l.text.endsWith('A/RES/78/323'))!;
    expect(line.x).toBeLessThan(497.26);
    expect(line.y).toBeCloseTo(735.48, 0);
    expect(read.pages[0]!.height).toBe(792);
  });
  it.each(['A_RES_78_323.pdf', 'A_HRC_43_15.pdf', 'A_HRC_EMRIP_2025_3.pdf'])('lays out %s to the same text as pdf.js', async (f) => {
    const bytes = readFileSync(corpusPdf(f));
    const [js, ium] = await Promise.all([readPdf(bytes, f), readPdfium(bytes, f)]);
    expect(joinPages(ium.pages).text).toBe(joinPages(js.pages).text);
  });
  it('gives the same document as pdf.js, and never prints', async () => {
    const console_ = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
    const bytes = readFileSync(corpusPdf('A_HRC_43_15.pdf'));
    const [js, ium] = await Promise.all((['pdfjs', 'pdfium'] as const).map((engine) => parse(bytes, { path: 'x.pdf', engine })));
    expect(toJson(ium!)).toBe(toJson(js!));
    expect(console_.map((s) => s.mock.calls.length)).toEqual([0, 0, 0]);
  });
});

describe('hostile PDFs are refused alike by both engines', () => {
  const ruleOf = async (bytes: Uint8Array, engine: PdfEngine, options = {}) => {
    try {
      await parse(bytes, { path: 'x.pdf', engine, ...options });
      return 'ok';
    } catch (error) {
      return (error as { ruleId?: string }).ruleId;
    }
  };
  const both = async (bytes: Uint8Array, options = {}) => [await ruleOf(bytes, 'pdfjs', options), await ruleOf(bytes, 'pdfium', options)];
  const rows: [string, () => Uint8Array, string, object?][] = [
    ['encrypted', () => readFileSync(join(ROOT, 'fixtures', 'hostile', 'encrypted.pdf')), 'pdf-encrypted'],
    ['garbage after a PDF header', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 7)]), 'pdf-corrupt'],
    ['glyph numbers for text', () => readFileSync(join(ROOT, 'fixtures', 'pdf-languages', 'unreadable.pdf')), 'pdf-unreadable-text'],
  ];
  it.each(rows)('%s', async (_name, make, rule, options) => expect(await both(make(), options)).toEqual([rule, rule]));

  const corpusRows: [string, () => Uint8Array, string, object?][] = [
    ['broken cross-reference', () => readFileSync(corpusPdf('BROKEN_g0917123.pdf')), 'pdf-corrupt'],
    ['broken, under lenient (read by pdf.js)', () => readFileSync(corpusPdf('BROKEN_g0917123.pdf')), 'ok', { lenient: true }],
    ['no text layer', () => readFileSync(corpusPdf('SCANNED_Letter-OHCHR-HC-Slovenia.pdf')), 'pdf-no-text'],
    ['truncated', () => readFileSync(corpusPdf('A_RES_78_323.pdf')).subarray(0, 40_000), 'pdf-corrupt'],
    ['over the page limit', () => readFileSync(corpusPdf('A_HRC_43_15.pdf')), 'too-many-pages', { maxPages: 10 }],
    ['a page range outside it', () => readFileSync(corpusPdf('A_HRC_43_15.pdf')), 'pdf-page-range', { pages: { first: 30, last: 31 } }],
  ];
  describe('made from corpus files', CORPUS_TESTS, () => {
    it.each(corpusRows)('%s', async (_name, make, rule, options) => expect(await both(make(), options)).toEqual([rule, rule]));
    it('a broken PDF under lenient is rebuilt by pdf.js, with its warning', async () => {
      const doc = await parse(readFileSync(corpusPdf('BROKEN_g0917123.pdf')), { path: 'x.pdf', engine: 'pdfium', lenient: true });
      expect(doc.messages.map((m) => m.ruleId)).toContain('pdf-repaired');
    });
  });
});

describe('the engine option', () => {
  it('refuses an unknown engine in the library', async () => {
    await expect(parse(readFileSync(join(ROOT, 'fixtures', 'hostile', 'encrypted.pdf')), { engine: 'mupdf' as PdfEngine })).rejects.toThrow(UsageError);
  });
  it('is --engine on the command line, and a wrong name is a usage error', async () => {
    const f = join(dir, 'seed.txt');
    writeFileSync(f, 'A/1/2\n\n1. States should act.\n');
    expect((await unrec(['parse', f, '--engine', 'mupdf'])).code).toBe(2);
    expect((await unrec(['parse', f, '--engine', 'pdfium', '--format', 'ndjson'])).code).toBe(0);
  });
  it('reads a PDF with PDFium from the bundled command line, in parse and batch', CORPUS_TESTS, async () => {
    const r = await unrec(['parse', corpusPdf('A_RES_78_323.pdf'), '--engine', 'pdfium', '--format', 'ndjson']);
    expect([r.code, r.stdout.trim().split('\n').length]).toEqual([0, 5]);
    const out = join(dir, 'out');
    const b = await unrec(['batch', corpusPdf('A_RES_78_323.pdf'), '--engine', 'pdfium', '--out-dir', out, '--format', 'ndjson', '--quiet']);
    expect(b.code).toBe(0);
    expect(readFileSync(join(out, 'A_RES_78_323.pdf.ndjson'), 'utf8').trim().split('\n')).toHaveLength(5);
  });
});
