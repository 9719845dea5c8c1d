// The six-language UPR fixture: one working-group report written for these
// tests (fixtures/upr-languages/SKELETON.md), in each UN language with its own
// typography. Each version is scored against its gold file (records, States as
// printed, review, positions), and all versions must give the same labels,
// positions and number of States per record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldSchema } from '../scripts/eval/gold.js';
import { f1, rate, scoreDocument } from '../scripts/eval/score.js';
import { parse } from '../src/index.js';
import { ROOT } from './support/corpus.js';

const DIR = join(ROOT, 'fixtures', 'upr-languages');
const CODES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

async function load(code: string) {
  const gold = GoldSchema.parse(JSON.parse(readFileSync(join(DIR, code, 'gold.json'), 'utf8')));
  const doc = await parse(readFileSync(join(ROOT, gold.file)), { path: gold.file });
  return { gold, doc };
}

describe('six-language UPR fixture', () => {
  it.each(CODES)('%s: records, States, review, positions match the gold file', async (code) => {
    const { gold, doc } = await load(code);
    const score = scoreDocument(doc, gold);
    expect(score.problems).toEqual([]);
    expect(f1(score)).toBe(1);
    for (const r of [score.states, score.start, score.page, score.leaks, score.joins, score.symbol, score.date, score.title, score.review, score.response]) expect(rate(r)).toBe(1);
    expect([doc.language, doc.docKind]).toEqual([code, 'upr']);
    expect(doc.recommendations.map((r) => r.states)).toEqual(gold.records.map((r) => r.states));
  });

  it('every language gives the same labels, positions and number of States', async () => {
    const shapes = await Promise.all(
      CODES.map(async (code) => {
        const { doc } = await load(code);
        return { review: doc.review && { cycle: doc.review.cycle, session: doc.review.session }, records: doc.recommendations.map((r) => `${r.label}:${r.response}:${r.states.length}`) };
      }),
    );
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
  });
});

describe('a UPR report without its title page', () => {
  it.each(CODES)('%s: the pages after the first are still a UPR report with the same recommendations', async (code) => {
    const { doc: whole } = await load(code);
    const rest = readFileSync(join(DIR, code, 'input.txt'), 'utf8').split('\f').slice(1).join('\f');
    const doc = await parse(rest, { path: `${code}-from-page-2.txt` });
    expect(doc.docKind).toBe('upr');
    expect(doc.recommendations.map((r) => r.label)).toEqual(whole.recommendations.map((r) => r.label));
  });
});
