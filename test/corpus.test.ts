// Accuracy on the corpus, scored against the hand-written gold files
// (fixtures/gold), on each kind of text extraction. Targets of the text
// pipeline issue: records F1 ≥ 0.98, leak and join checks ≥ 0.95, every other
// figure ≥ 0.97 on both pdftotext modes.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEval, type EvalRow } from '../scripts/eval/run.js';
import { addScores, f1, rate, type Score } from '../scripts/eval/score.js';
import { CORPUS_TESTS, ROOT, corpusPath } from './support/corpus.js';

function figures(s: Score) {
  return {
    f1: f1(s), items: rate(s.items), states: rate(s.states), start: rate(s.start), page: rate(s.page),
    leaks: rate(s.leaks), joins: rate(s.joins), symbol: rate(s.symbol),
  };
}

describe('corpus accuracy against gold files', CORPUS_TESTS, () => {
  let rows: EvalRow[] = [];
  beforeAll(async () => {
    rows = await runEval(corpusPath(), join(ROOT, 'fixtures', 'gold'));
  }, 300_000);
  const byMode = (mode: string) => figures(addScores(rows.filter((r) => r.mode === mode).map((r) => r.score)));

  it('scores at least 14 gold documents', () => {
    expect(new Set(rows.map((r) => r.gold.id)).size).toBeGreaterThanOrEqual(14);
  });
  it.each(['pdftotext', 'pdftotext-layout', 'pdf'])('meets the targets on %s input', (mode) => {
    const f = byMode(mode);
    expect(f.f1).toBeGreaterThanOrEqual(0.98);
    expect(f.leaks).toBeGreaterThanOrEqual(0.95);
    expect(f.joins).toBeGreaterThanOrEqual(0.95);
    for (const k of ['items', 'states', 'start', 'page', 'symbol'] as const) expect(f[k], k).toBeGreaterThanOrEqual(0.97);
  });
  it('reads every PDF at least as well as its pdftotext text', () => {
    for (const id of new Set(rows.filter((r) => r.mode === 'pdf').map((r) => r.gold.id))) {
      const pdf = rows.find((r) => r.gold.id === id && r.mode === 'pdf')!.score;
      const text = rows.find((r) => r.gold.id === id && r.mode === 'pdftotext')?.score;
      if (!text) continue;
      expect(f1(pdf), id).toBeGreaterThanOrEqual(f1(text));
      for (const k of ['items', 'states', 'start', 'leaks', 'joins', 'symbol'] as const) expect(rate(pdf[k]), `${id} ${k}`).toBeGreaterThanOrEqual(rate(text[k]));
    }
  });
  it('gives every PDF record its physical page', () => {
    expect(rate(addScores(rows.filter((r) => r.mode === 'pdf').map((r) => r.score)).pdfPage)).toBeGreaterThanOrEqual(0.97);
  });
  it('gets the seeds exactly right', () => {
    const f = byMode('seed');
    for (const v of Object.values(f)) expect(v).toBe(1);
  });
  it('does well on third-party extractions (whose text has its own defects)', () => {
    const f = byMode('thirdparty');
    expect(f.f1).toBeGreaterThanOrEqual(0.98);
    expect(f.leaks).toBeGreaterThanOrEqual(0.95);
    expect(f.joins).toBeGreaterThanOrEqual(0.85);
    expect(f.symbol).toBe(1);
  });
});
