#!/usr/bin/env node
// npm run bench: speed and memory of the text pipeline on the 181-page
// A/HRC/43/2 (pdftotext output) and on 2×, 4×, 8× that text, each run in a
// fresh process, against a bare `node` read-and-split of the same text.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.UNREC_CORPUS ?? join(root, '..', 'shared', 'corpus');
const source = join(corpus, 'txt', 'pdftotext', 'A_HRC_43_2.txt');
if (!existsSync(source)) {
  console.error(`bench needs ${source}`);
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'unrec-bench-'));
const base = readFileSync(source, 'utf8');
const sizes = [1, 2, 4, 8];
const files = sizes.map((k) => {
  const f = join(dir, `A_HRC_43_2.x${k}.txt`);
  writeFileSync(f, Array.from({ length: k }, () => base).join('\f'));
  return f;
});

// One measurement in a fresh process: parse (or bare split) once, report time and peak RSS.
const child = `
  const { readFileSync } = await import('node:fs');
  const [mode, file] = process.argv.slice(1);
  const t0 = performance.now();
  let loadMs = 0;
  if (mode === 'bare') {
    const lines = readFileSync(file).toString('utf8').split('\\n');
    if (lines.length < 0) console.log('');
  } else {
    const { parse } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
    loadMs = performance.now() - t0;
    const doc = await parse(readFileSync(file), { path: file });
    if (doc.recommendations.length < 0) console.log('');
  }
  const ms = performance.now() - t0 - loadMs;
  console.log(JSON.stringify({ ms, loadMs, rssMB: process.resourceUsage().maxRSS / 1024 }));
`;

function measure(mode, file) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', child, mode, file], { encoding: 'utf8' })));
  }
  runs.sort((a, b) => a.ms - b.ms);
  const mid = runs[Math.floor(runs.length / 2)];
  return { ms: mid.ms, loadMs: mid.loadMs, rssMB: Math.max(...runs.map((r) => r.rssMB)) };
}

const cliStart = (() => {
  const t = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(root, 'bin', 'unrec.js'), 'parse', join(root, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt')]);
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[Math.floor(t.length / 2)];
})();

console.log(`unrec text pipeline benchmark (median of ${RUNS} runs, fresh process each; Node ${process.version})`);
console.log(`${'input'.padEnd(24)} ${'MB'.padStart(6)} ${'unrec ms'.padStart(9)} ${'MB/s'.padStart(6)} ${'peak MB'.padStart(8)} ${'bare ms'.padStart(8)} ${'ratio'.padStart(6)} ${'ms/MB'.padStart(6)}`);
for (const [i, k] of sizes.entries()) {
  const mb = readFileSync(files[i]).length / 1e6;
  const u = measure('unrec', files[i]);
  const b = measure('bare', files[i]);
  console.log(
    `${`A/HRC/43/2 ×${k}`.padEnd(24)} ${mb.toFixed(2).padStart(6)} ${u.ms.toFixed(0).padStart(9)} ${(mb / (u.ms / 1000)).toFixed(2).padStart(6)} ${u.rssMB.toFixed(0).padStart(8)} ${b.ms.toFixed(1).padStart(8)} ${(u.ms / b.ms).toFixed(0).padStart(6)} ${(u.ms / mb).toFixed(0).padStart(6)}`,
  );
}
console.log(`(unrec ms: read + parse, after loading the module; module load: ${measure('unrec', files[0]).loadMs.toFixed(0)} ms; bare: read + split lines)`);
console.log(`CLI start-up + 1-page seed, whole process: ${cliStart.toFixed(0)} ms`);
