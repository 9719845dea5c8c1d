/**
 * A vitest reporter that says, in one line after the summary, which corpus
 * tests (tagged `corpus`, see ./corpus.ts) were skipped and why, and which
 * other tests skipped. Under CI=true a skipped test fails the run instead: CI
 * has the corpus and the tools, so a skip there (a corpus test not tagged as
 * one, say) would hide a test that no longer runs. It prints nothing when
 * every test ran, or when a name or tag filter chose what to run.
 */
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { CORPUS_MISSING, CORPUS_TAG, IN_CI } from './corpus.js';

type Counts = Map<string, number>;

const add = (counts: Counts, file: string) => counts.set(file, (counts.get(file) ?? 0) + 1);
const total = (counts: Counts) => [...counts.values()].reduce((a, b) => a + b, 0);
const files = (counts: Counts) => [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([f, n]) => `${f} (${n})`).join(', ');

export default class CorpusReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const config = this.vitest?.config;
    if (config?.testNamePattern || config?.tagsFilter?.length) return;
    const corpus: Counts = new Map();
    const other: Counts = new Map();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        if (test.result().state === 'skipped') add(test.tags.includes(CORPUS_TAG) ? corpus : other, module.relativeModuleId);
      }
    }
    if (corpus.size === 0 && other.size === 0) return;
    const log = (line: string) => (this.vitest ? this.vitest.logger.log(line) : console.log(line));
    const parts = [
      ...(corpus.size ? [`${total(corpus)} corpus tests skipped, ${CORPUS_MISSING ?? 'though the corpus is there'}: ${files(corpus)}`] : []),
      ...(other.size ? [`${total(other)} other tests skipped: ${files(other)}`] : []),
    ];
    if (IN_CI) {
      log(`\n FAIL  under CI=true every test must run: ${parts.join('; ')}\n`);
      process.exitCode = 1;
    } else {
      log(`\n NOTICE  ${parts.join('; ')}\n`);
    }
  }
}
