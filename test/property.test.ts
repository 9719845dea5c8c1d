// Random and hostile input: parsing never throws, output always validates,
// offsets always point back into the input.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStages } from '../src/pipeline.js';
import { DocumentSchema } from '../src/schema/document.js';
import { parse } from '../src/index.js';
import { CORPUS_TESTS, ROOT, corpusPath } from './support/corpus.js';

function check(text: string): void {
  const doc = runStages({ text, format: 'text', encoding: 'utf-8' }, { path: 'prop.txt', sha256: '0'.repeat(64) }, { all: true }).document;
  expect(DocumentSchema.safeParse(doc).success).toBe(true);
  for (const p of doc.paragraphs ?? []) {
    expect(p.position.start).toBeGreaterThanOrEqual(0);
    expect(p.position.end).toBeLessThanOrEqual(text.length);
    expect(p.position.start).toBeLessThanOrEqual(p.position.end);
  }
}

/** Lines that look like UN documents: numbers, markers, headings, furniture. */
const unLine = fc.oneof(
  fc.constantFrom('91.', '121.1', '(a)', '(ii)', 'a)', 'VIII. RECOMMENDATIONS', 'A.', 'Annex', 'page 18', 'GE.09-14368 (E) 010709', '2/9', '*2321227*', '/...', '____________', '11 See A/57/387.', '1/', '**', 'E/CN.4/2000/82', '\f', ''),
  fc.string({ maxLength: 80 }),
  fc.tuple(fc.integer({ min: 1, max: 300 }), fc.string({ maxLength: 60 })).map(([n, s]) => `${n}. ${s}`),
  fc.tuple(fc.constantFrom('a', 'b', 'h', 'i', 'ii', 'v'), fc.string({ maxLength: 60 })).map(([l, s]) => `(${l}) ${s}`),
);

describe('property: any text', () => {
  it('never throws and always validates (random strings)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (s) => check(s)), { numRuns: 300 });
  });
  it('never throws and always validates (UN-like lines)', () => {
    fc.assert(fc.property(fc.array(unLine, { maxLength: 120 }), (lines) => check(lines.join('\n'))), { numRuns: 300 });
  });
  it('never throws on random bytes through the whole API', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        try {
          const doc = await parse(bytes, { path: 'bytes.bin' });
          expect(DocumentSchema.safeParse(doc).success).toBe(true);
        } catch (error) {
          expect((error as Error).name).toMatch(/InputError|UnrecError/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('property: random bytes that claim to be a PDF', () => {
  it('end in a document or an input error, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (body) => {
        const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(body)]);
        try {
          const doc = await parse(bytes, { path: 'random.pdf' });
          expect(DocumentSchema.safeParse(doc).success).toBe(true);
        } catch (error) {
          expect((error as Error).name).toBe('InputError');
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('property: corpus lines shuffled and cut', CORPUS_TESTS, () => {
  it('never throws and always validates', () => {
    const dir = corpusPath('txt', 'pdftotext');
    const pool = readdirSync(dir)
      .slice(0, 12)
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').slice(0, 400));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 300 }), fc.integer({ min: 0, max: 50 }), (idx, cut) => {
        check(idx.map((i) => pool[i]!.slice(cut % 7)).join('\n'));
      }),
      { numRuns: 100 },
    );
  });
});

describe('property: seeds', () => {
  it('records point back at their paragraph numbers', async () => {
    for (const f of ['A_58_275_page23.txt', 'E_CN.4_2000_82_page18.txt']) {
      const bytes = readFileSync(join(ROOT, 'fixtures', 'seeds', f));
      const text = bytes.toString('utf8');
      const doc = await parse(bytes, { path: f });
      for (const r of doc.recommendations) expect(text.slice(r.position.start).startsWith(`${r.label}.`)).toBe(true);
    }
  });
});
