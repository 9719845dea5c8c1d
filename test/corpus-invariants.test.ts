// Invariants over every corpus document, gold or not (issue "record text that
// can be trusted"): no record carries a footnote rule, its document's own
// symbol (a running header) or a job number, and no number with a separator
// that its source lines print is altered or cut.
import { beforeAll, describe, expect, it } from 'vitest';
import { addInvariants, corpusInvariants, type Invariants } from '../scripts/eval/invariants.js';
import { listFiles } from '../scripts/eval/run.js';
import { CORPUS_TESTS, corpusPath } from './support/corpus.js';

/** Share of body words that may reach no output: repairs of justified spacing, never a dropped line. */
const LOST_WORDS_MAX_SHARE = 1e-5;

describe('invariants over every corpus document', CORPUS_TESTS, () => {
  let rows: { file: string; mode: string; invariants: Invariants }[] = [];
  beforeAll(async () => {
    rows = await corpusInvariants(corpusPath(), listFiles(corpusPath()));
  }, 300_000);

  it('reads every text and PDF of the corpus but the hostile ones', () => {
    expect(rows.length).toBeGreaterThanOrEqual(160);
    expect(addInvariants(rows.map((r) => r.invariants)).records).toBeGreaterThan(5000);
  });
  it('every word of the body reaches the output or is accounted for (furniture, notes, markers, hyphenation)', () => {
    const all = addInvariants(rows.map((r) => r.invariants));
    // Justified-text repair may join a word pair split by wide spacing ("long standing"): a few in a million.
    expect(all.lostWords / all.bodyWords, all.examples.filter((e) => e.includes(' lostWords:')).join('\n')).toBeLessThan(LOST_WORDS_MAX_SHARE);
  });
  it.each(['rule', 'ownSymbol', 'jobNumber', 'numbers'] as const)('no record breaks the %s invariant', (kind) => {
    const all = addInvariants(rows.map((r) => r.invariants));
    expect(all[kind], all.examples.filter((e) => e.includes(` ${kind}:`)).join('\n')).toBe(0);
  });
});
