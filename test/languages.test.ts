// The six-language fixture: one concluding-observations document written for
// these tests (fixtures/languages/SKELETON.md), in each UN language with its
// own typography. Each version is scored against its gold file, and all
// versions must give the same records, labels and items.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldSchema } from '../scripts/eval/gold.js';
import { f1, rate, scoreDocument } from '../scripts/eval/score.js';
import { parse } from '../src/index.js';
import { ROOT } from './support/corpus.js';

const DIR = join(ROOT, 'fixtures', 'languages');
const versions = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'gold.json'))).sort();

async function load(code: string) {
  const gold = GoldSchema.parse(JSON.parse(readFileSync(join(DIR, code, 'gold.json'), 'utf8')));
  const doc = await parse(readFileSync(join(ROOT, gold.file)), { path: gold.file });
  return { gold, doc };
}

describe('six-language fixture', () => {
  it('has every official language', () => {
    expect(versions).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it.each(versions)('%s: records, items, starts, checks, metadata match the gold file', async (code) => {
    const { gold, doc } = await load(code);
    const score = scoreDocument(doc, gold);
    expect(score.problems).toEqual([]);
    expect(f1(score)).toBe(1);
    for (const r of [score.items, score.start, score.page, score.leaks, score.joins, score.symbol, score.date, score.title]) expect(rate(r)).toBe(1);
    expect([doc.language, doc.docKind]).toEqual([gold.language, gold.docKind]);
  });

  it('every language gives the same records with the same items', async () => {
    const shapes = await Promise.all(
      versions.map(async (code) => {
        const { doc } = await load(code);
        return doc.recommendations.map((r) => `${r.label}:${JSON.stringify(r.items.map((i) => [i.label, i.items.map((j) => j.label)]))}`);
      }),
    );
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
  });
});

// The same document's first two pages as PDFs (fixtures/pdf-languages/README.md): Arabic comes
// glyph by glyph in visual order, Chinese without spaces; each record the PDF holds whole must
// read exactly as from the text.
describe('six-language fixture as PDF', () => {
  const engines = (['pdfjs', 'pdfium'] as const).flatMap((engine) => ['ar', 'zh'].map((code) => [code, engine] as const));
  it.each(engines)('%s (%s): the records of pages 1–2 read as from the text', async (code, engine) => {
    const file = join('fixtures', 'pdf-languages', `${code}.pdf`);
    const fromPdf = await parse(readFileSync(join(ROOT, file)), { path: file, engine });
    const { doc: fromText } = await load(code);
    expect(fromPdf.language).toBe(code);
    expect(fromPdf.symbol).toBe('CEDAW/C/UZB/CO/7');
    expect(fromPdf.title).toBe(fromText.title);
    expect(fromPdf.recommendations.length).toBeGreaterThan(0);
    // The PDF stops at page 2: its last item may be cut short there.
    const flat = (items: readonly { label: string; text: string; items: readonly unknown[] }[]): [string, string][] =>
      items.flatMap((i) => [[i.label, i.text] as [string, string], ...flat(i.items as typeof items)]);
    for (const r of fromPdf.recommendations) {
      const same = fromText.recommendations.find((t) => t.label === r.label)!;
      expect([r.text, r.section]).toEqual([same.text, same.section]);
      const got = flat(r.items);
      const want = flat(same.items).slice(0, got.length);
      expect(got.slice(0, -1)).toEqual(want.slice(0, -1));
      if (got.length) expect(want.at(-1)![1].startsWith(got.at(-1)![1])).toBe(true);
    }
  });

  it('pdftotext of the Arabic PDF (embedding controls, "- 9" numbers, its own glyph faults): same records and items', async () => {
    const file = join('fixtures', 'pdf-languages', 'ar.pdftotext.txt');
    const fromPdftotext = await parse(readFileSync(join(ROOT, file)), { path: file });
    const { doc: fromText } = await load('ar');
    const labels = (items: readonly { label: string; items: readonly unknown[] }[]): string[] =>
      items.flatMap((i) => [i.label, ...labels(i.items as typeof items).map((l) => `${i.label}.${l}`)]);
    expect(fromPdftotext.recommendations.length).toBeGreaterThan(0);
    for (const r of fromPdftotext.recommendations) {
      const same = fromText.recommendations.find((t) => t.label === r.label)!;
      expect(labels(same.items).slice(0, labels(r.items).length)).toEqual(labels(r.items));
    }
  });

  it('a PDF whose fonts map glyphs to no letters is refused: it needs OCR', async () => {
    const file = join('fixtures', 'pdf-languages', 'unreadable.pdf');
    await expect(parse(readFileSync(join(ROOT, file)), { path: file })).rejects.toThrow(/text layer is unreadable.*needs OCR/);
  });
});
