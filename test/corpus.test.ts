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
    date: rate(s.date), title: rate(s.title), review: rate(s.review), response: rate(s.response),
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
  it('reads the metadata and the UPR positions of every PDF (issue 12 targets)', () => {
    const f = byMode('pdf');
    expect(f.date).toBeGreaterThanOrEqual(0.98);
    expect(f.title).toBeGreaterThanOrEqual(0.9);
    expect(f.review).toBe(1);
    expect(f.response).toBeGreaterThanOrEqual(0.98);
  });
  it.each(['pdftotext', 'pdftotext-layout'])('reads the metadata of %s text too', (mode) => {
    const f = byMode(mode);
    expect(f.date).toBeGreaterThanOrEqual(0.98);
    expect(f.title).toBeGreaterThanOrEqual(0.9);
    expect(f.review).toBe(1);
  });
  it('reads every PDF at least as well as its pdftotext text', () => {
    for (const id of new Set(rows.filter((r) => r.mode === 'pdf').map((r) => r.gold.id))) {
      const pdf = rows.find((r) => r.gold.id === id && r.mode === 'pdf')!.score;
      const text = rows.find((r) => r.gold.id === id && r.mode === 'pdftotext')?.score;
      if (!text) continue;
      expect(f1(pdf), id).toBeGreaterThanOrEqual(f1(text));
      for (const k of ['items', 'states', 'start', 'leaks', 'joins', 'symbol', 'response'] as const) expect(rate(pdf[k]), `${id} ${k}`).toBeGreaterThanOrEqual(rate(text[k]));
    }
  });
  it('gives every PDF record its physical page', () => {
    expect(rate(addScores(rows.filter((r) => r.mode === 'pdf').map((r) => r.score)).pdfPage)).toBeGreaterThanOrEqual(0.97);
  });
  it('gets the seeds exactly right', () => {
    const f = byMode('seed');
    for (const v of Object.values(f)) expect(v).toBe(1);
  });
  it('gives a UPR report parsed with its addendum the addendum\'s answers', async () => {
    const { parse } = await import('../src/index.js');
    const { applyAddendum } = await import('../src/assemble/link-responses.js');
    const { readFileSync } = await import('node:fs');
    let hit = 0;
    let total = 0;
    for (const row of rows.filter((r) => r.mode === 'pdf' && r.gold.records.some((g) => g.responseAfterAddendum !== undefined))) {
      const addendumFile = row.file.replace(/\.pdf$/, '_Add.1.pdf');
      const read = (f: string) => parse(readFileSync(join(corpusPath(), f)), { path: f });
      const linked = applyAddendum(await read(row.file), await read(addendumFile));
      const byLabel = new Map(linked.recommendations.map((r) => [r.label, r]));
      for (const g of row.gold.records) {
        if (g.responseAfterAddendum === undefined) continue;
        total++;
        const r = byLabel.get(g.label);
        if (r?.response === g.responseAfterAddendum && (r.responseSource?.symbol === linked.symbol || r.responseSource?.symbol?.endsWith('/Add.1'))) hit++;
      }
      expect(linked.messages.filter((m) => m.ruleId.startsWith('response-')), row.file).toEqual([]);
    }
    expect(total).toBeGreaterThan(0);
    expect(hit / total).toBeGreaterThanOrEqual(0.98);
  }, 120_000);
  it('does well on third-party extractions (whose text has its own defects)', () => {
    const f = byMode('thirdparty');
    expect(f.f1).toBeGreaterThanOrEqual(0.98);
    expect(f.leaks).toBeGreaterThanOrEqual(0.95);
    expect(f.joins).toBeGreaterThanOrEqual(0.85);
    expect(f.symbol).toBe(1);
  });
});
