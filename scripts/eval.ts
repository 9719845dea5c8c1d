#!/usr/bin/env node
// npm run eval [-- --verbose] [-- --engine pdfium] : score unrec against the gold
// files in fixtures/gold on every text extraction of each document in
// ../shared/corpus; PDFs are read with the engine given (default pdf.js).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PDF_ENGINE, PDF_ENGINES, type PdfEngine } from '../src/base/options.js';
import { addInvariants, corpusInvariants, type Invariants } from './eval/invariants.js';
import { listFiles, runEval } from './eval/run.js';
import { addScores, f1, precision, rate, recall, type Score } from './eval/score.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.UNREC_CORPUS ?? join(root, '..', 'shared', 'corpus');
const verbose = process.argv.includes('--verbose');
const engineAt = process.argv.indexOf('--engine');
const engine = (engineAt >= 0 ? process.argv[engineAt + 1] : DEFAULT_PDF_ENGINE) as PdfEngine;
if (!PDF_ENGINES.includes(engine)) {
  console.error(`--engine expects ${PDF_ENGINES.join(' or ')}, got ${engine}`);
  process.exit(2);
}
if (!existsSync(corpus)) {
  console.error(`corpus not found at ${corpus} (set UNREC_CORPUS)`);
  process.exit(2);
}
const rows = await runEval(corpus, join(root, 'fixtures', 'gold'), { engine });
console.log(`PDF engine: ${engine}`);
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const header = `${'document'.padEnd(28)} ${'mode'.padEnd(16)}   prec    rec     F1  items states  start   page  leaks  joins symbol pdfPage   date  title review  resp`;
function line(name: string, mode: string, s: Score) {
  return `${name.padEnd(28)} ${mode.padEnd(16)} ${pct(precision(s))} ${pct(recall(s))} ${pct(f1(s))} ${pct(rate(s.items))} ${pct(rate(s.states))} ${pct(rate(s.start))} ${pct(rate(s.page))} ${pct(rate(s.leaks))} ${pct(rate(s.joins))} ${pct(rate(s.symbol))} ${s.pdfPage.total ? pct(rate(s.pdfPage)) : '     -'} ${(['date', 'title', 'review', 'response'] as const).map((k) => (s[k].total ? pct(rate(s[k])) : '     -')).join(' ')}`;
}
console.log(header);
for (const r of rows) {
  console.log(line(r.gold.id, r.mode, r.score));
  if (verbose) for (const p of r.score.problems.slice(0, 40)) console.log(`    ${p}`);
}
console.log('-'.repeat(header.length));
for (const mode of [...new Set(rows.map((r) => r.mode))]) {
  console.log(line('TOTAL', mode, addScores(rows.filter((r) => r.mode === mode).map((r) => r.score))));
}
console.log(line('TOTAL', 'all', addScores(rows.map((r) => r.score))));

// Invariants over every corpus document, gold or not.
const invariants = await corpusInvariants(corpus, listFiles(corpus), { engine });
const share = (n: number, of: number) => (of ? `${n} (${((n / of) * 100).toFixed(2)}%)` : '-');
const invLine = (name: string, x: Invariants) =>
  `${name.padEnd(28)} ${String(x.records).padStart(7)} ${share(x.rule, x.records).padStart(13)} ${share(x.ownSymbol, x.records).padStart(13)} ${share(x.jobNumber, x.records).padStart(13)} ${share(x.numbers, x.records).padStart(13)} ${`${x.runOnTitles} of ${x.titles}`.padStart(15)} ${`${x.lostWords} of ${x.bodyWords}`.padStart(18)}`;
console.log(`\ninvariants over ${invariants.length} corpus files (records with …)`);
console.log(`${'mode'.padEnd(28)} ${'records'.padStart(7)} ${'rule'.padStart(13)} ${'own symbol'.padStart(13)} ${'job number'.padStart(13)} ${'numbers'.padStart(13)} ${'run-on titles'.padStart(15)} ${'body words lost'.padStart(18)}`);
for (const mode of [...new Set(invariants.map((r) => r.mode))]) console.log(invLine(mode, addInvariants(invariants.filter((r) => r.mode === mode).map((r) => r.invariants))));
const allInv = addInvariants(invariants.map((r) => r.invariants));
console.log(invLine('all', allInv));
if (verbose) for (const e of allInv.examples) console.log(`    ${e}`);
