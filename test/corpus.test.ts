// Accuracy on the corpus, scored against the hand-written gold files.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval, type EvalRow } from '../src/eval/run.js';
import { addScores, f1, rate } from '../src/eval/score.js';
import { CORPUS, ROOT, corpusAvailable } from './support/corpus.js';

describe.runIf(corpusAvailable())('corpus accuracy against gold files', async () => {
  const rows: EvalRow[] = await runEval(CORPUS, join(ROOT, 'fixtures', 'gold'));
  const total = addScores(rows.map((r) => r.score));

  it('scores every gold file on at least one text', () => {
    expect(new Set(rows.map((r) => r.gold.id)).size).toBeGreaterThanOrEqual(14);
  });
  it('finds the records (F1)', () => {
    expect(f1(total)).toBeGreaterThanOrEqual(0.9);
  });
  it('gets sub-items, States and start words right', () => {
    expect(rate(total.items)).toBeGreaterThanOrEqual(0.95);
    expect(rate(total.states)).toBeGreaterThanOrEqual(0.95);
    expect(rate(total.start)).toBeGreaterThanOrEqual(0.95);
  });
});
