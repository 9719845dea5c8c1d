/**
 * Where the shared corpus is, and how a test says it needs it.
 *
 * A test or suite that reads the corpus takes `CORPUS_TESTS` as its options:
 * it is tagged `corpus` and skipped when the corpus is missing, so a fresh
 * clone without `../shared` passes, and the corpus reporter
 * (test/support/corpus-reporter.ts) prints one line naming what was skipped.
 * Under CI=true nothing is skipped: with the corpus missing, every corpus test
 * runs and fails at its first `corpusPath()`, and the reporter fails the run
 * if a corpus test skipped anyway.
 *
 * Corpus files are read lazily, inside `it` or `beforeAll`, never while the
 * file's suites are collected: vitest runs a skipped `describe`'s body too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = process.env.UNREC_CORPUS || join(ROOT, '..', 'shared', 'corpus');
export const HAS_CORPUS = existsSync(join(CORPUS, 'MANIFEST.tsv'));
export const IN_CI = process.env.CI === 'true';

/** The tag of every test that needs the corpus (declared in vitest.config.ts). */
export const CORPUS_TAG = 'corpus';

/** Options for a `describe` or `it` that reads the corpus. */
export const CORPUS_TESTS = { tags: [CORPUS_TAG], skip: !HAS_CORPUS && !IN_CI };

/** Why corpus tests are skipped, or null when they run. */
export const CORPUS_MISSING = HAS_CORPUS ? null : `no corpus at ${CORPUS} (put it at ../shared/corpus or set UNREC_CORPUS)`;

/** A path inside the corpus; throws, naming the corpus, when it is missing (only reached under CI). */
export function corpusPath(...parts: string[]): string {
  if (!HAS_CORPUS) throw new Error(`CI=true but ${CORPUS_MISSING}: the corpus tests must run in CI`);
  return join(CORPUS, ...parts);
}

/** A PDF of the corpus. */
export const corpusPdf = (name: string) => corpusPath('pdf', name);

/** The corpus manifest: one row per file, with its symbol when it has one. */
export function corpusManifest(): { file: string; symbol: string }[] {
  return readFileSync(corpusPath('MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .map((c) => ({ file: c[0]!, symbol: c[4] ?? '' }));
}
