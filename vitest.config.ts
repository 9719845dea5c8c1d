import { defineConfig } from 'vitest/config';

/** Reports which corpus tests were skipped and why, and fails a CI run that skipped one. */
const CORPUS_REPORTER = './test/support/corpus-reporter.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    tags: [{ name: 'corpus', description: 'reads the shared corpus (../shared/corpus or UNREC_CORPUS); see test/support/corpus.ts' }],
    // `npm test` names its reporters on the command line, which replaces these: it names this one too.
    reporters: ['default', CORPUS_REPORTER],
  },
});
