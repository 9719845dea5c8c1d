#!/usr/bin/env node
// npm run bench: speed and memory of the text pipeline on the 181-page
// A/HRC/43/2 (pdftotext output) and on 2×, 4×, 8× that text, each run in a
// fresh process, against a bare `node` read-and-split of the same text.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
    const doc = await parse(readFileSync(file), { path: file, maxPages: 100000 });
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
const textRuns = [];
for (const [i, k] of sizes.entries()) {
  const mb = readFileSync(files[i]).length / 1e6;
  const u = measure('unrec', files[i]);
  const b = measure('bare', files[i]);
  textRuns.push({ mb, ms: u.ms });
  console.log(
    `${`A/HRC/43/2 ×${k}`.padEnd(24)} ${mb.toFixed(2).padStart(6)} ${u.ms.toFixed(0).padStart(9)} ${(mb / (u.ms / 1000)).toFixed(2).padStart(6)} ${u.rssMB.toFixed(0).padStart(8)} ${b.ms.toFixed(1).padStart(8)} ${(u.ms / b.ms).toFixed(0).padStart(6)} ${(u.ms / mb).toFixed(0).padStart(6)}`,
  );
}
// Marginal throughput: the time the ×8 text takes beyond the ×1, per extra MB (issue 15's target: ≥ 8 MB/s), free of the fixed cost of a parse.
{
  const first = textRuns[0];
  const last = textRuns[textRuns.length - 1];
  console.log(`marginal throughput ×${sizes[0]} → ×${sizes[sizes.length - 1]}: ${((last.mb - first.mb) / ((last.ms - first.ms) / 1000)).toFixed(2)} MB/s`);
}
console.log(`(unrec ms: read + parse, after loading the module; module load: ${measure('unrec', files[0]).loadMs.toFixed(0)} ms; bare: read + split lines)`);
console.log(`CLI start-up + 1-page seed, whole process: ${cliStart.toFixed(0)} ms`);

// Start-up against Node itself, side by side (issue 15's targets: a small text ≤ 4.5×, a one-page PDF ≤ 10× `node -e 0`).
{
  const node = timeCommand(process.execPath, ['-e', '0']);
  const small = join(root, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt');
  const onePage = join(corpus, 'pdf', 'S_RES_2770_2025.pdf');
  const rows = [['node -e 0', node], [`unrec parse, ${(statSync(small).size / 1024).toFixed(1)} KB text`, timeCommand(process.execPath, [join(root, 'bin', 'unrec.js'), 'parse', small])]];
  if (existsSync(onePage)) rows.push(['unrec parse, 1-page PDF', timeCommand(process.execPath, [join(root, 'bin', 'unrec.js'), 'parse', onePage])]);
  console.log('');
  console.log(`Start-up, whole process (median of ${RUNS})`);
  console.log(`${'run'.padEnd(32)} ${'ms'.padStart(7)} ${'peak MB'.padStart(8)} ${'× node -e 0'.padStart(12)}`);
  for (const [name, r] of rows) console.log(`${name.padEnd(32)} ${r.ms.toFixed(0).padStart(7)} ${r.mb.toFixed(0).padStart(8)} ${(r.ms / node.ms).toFixed(2).padStart(12)}`);
}

// PDF: whole-process time and peak memory of unrec against poppler's pdftotext
// and a bare pdf-parse text extraction (the floor of this stack), side by side;
// unrec with each PDF engine (pdf.js, PDFium), run in alternation.
function ensurePoppler() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    try {
      execFileSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq poppler-utils'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }
}

/** Median wall time (ms) and peak RSS (MB) of a whole command, via GNU time. */
function timeCommand(cmd, args) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - t0;
    const kb = Number(r.stderr.trim().split('\n').pop());
    runs.push({ ms, mb: kb / 1024 });
  }
  runs.sort((a, b) => a.ms - b.ms);
  return { ms: runs[Math.floor(runs.length / 2)].ms, mb: Math.max(...runs.map((r) => r.mb)) };
}

/** Two commands run in alternation RUNS times each: median wall and CPU time (ms), peak RSS (MB) of each. */
function pairedCommands(...commands) {
  const runs = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    commands.forEach(([cmd, args], k) => {
      const t0 = performance.now();
      const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const ms = performance.now() - t0;
      const [user, sys, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
      runs[k].push({ ms, cpuMs: (user + sys) * 1000, mb: kb / 1024 });
    });
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return runs.map((r) => ({ ms: median(r.map((x) => x.ms)), cpuMs: median(r.map((x) => x.cpuMs)), mb: Math.max(...r.map((x) => x.mb)) }));
}

const barePdfParse = join(dir, 'bare-pdf-parse.mjs');
writeFileSync(
  barePdfParse,
  `import { readFileSync } from 'node:fs';
import { PDFParse } from ${JSON.stringify(join(root, 'node_modules', 'pdf-parse', 'dist', 'pdf-parse', 'esm', 'index.js'))};
const p = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0 });
const r = await p.getText();
process.stdout.write(r.text);
await p.destroy();
`,
);
const pdfs = [
  ['A/HRC/43/2 (181 pages)', join(corpus, 'pdf', 'A_HRC_43_2.pdf'), 181],
  ['S/RES/2770 (1 page)', join(corpus, 'pdf', 'S_RES_2770_2025.pdf'), 1],
].filter(([, f]) => existsSync(f));
const poppler = ensurePoppler();
console.log('');
console.log(`PDF, whole process (median of ${RUNS}; peak RSS)`);
console.log(`${'file'.padEnd(24)} ${'tool'.padEnd(30)} ${'ms'.padStart(7)} ${'pages/s'.padStart(8)} ${'peak MB'.padStart(8)} ${'× pdf-parse'.padStart(11)}`);
for (const [name, file, pages] of pdfs) {
  const rows = [];
  if (poppler) {
    rows.push(['pdftotext', timeCommand('pdftotext', [file, '-'])]);
    rows.push(['pdftotext -layout', timeCommand('pdftotext', ['-layout', file, '-'])]);
  }
  const bare = timeCommand(process.execPath, [barePdfParse, file]);
  rows.push(['pdf-parse getText (bare)', bare]);
  // The two engines, run in alternation so that the machine's drift falls on both.
  const [pdfjs, pdfium] = pairedCommands(...(['pdfjs', 'pdfium'].map((engine) => [process.execPath, [join(root, 'bin', 'unrec.js'), 'parse', file, '--engine', engine]])));
  rows.push(['unrec parse --engine pdfjs', pdfjs], ['unrec parse (PDFium, default)', pdfium]);
  for (const [tool, r] of rows) {
    console.log(`${name.padEnd(24)} ${tool.padEnd(30)} ${r.ms.toFixed(0).padStart(7)} ${(pages / (r.ms / 1000)).toFixed(1).padStart(8)} ${r.mb.toFixed(0).padStart(8)} ${(r.ms / bare.ms).toFixed(2).padStart(11)}`);
  }
  console.log(`${name.padEnd(24)} pdfium ÷ pdf.js engine: wall ${(pdfium.ms / pdfjs.ms).toFixed(2)}×, CPU ${(pdfium.cpuMs / pdfjs.cpuMs).toFixed(2)}× (${pdfium.cpuMs.toFixed(0)} vs ${pdfjs.cpuMs.toFixed(0)} ms), peak ${pdfium.mb.toFixed(0)} vs ${pdfjs.mb.toFixed(0)} MB`);
}

// Batch: 20 corpus PDFs and 20 text files, --jobs 1 against --jobs 2, the
// rerun of the unchanged batch, and peak memory with 40 inputs against 4.
{
  const { copyFileSync, mkdirSync, readdirSync, rmSync } = await import('node:fs');
  const pdfDir = join(corpus, 'pdf');
  const textDir = join(corpus, 'txt', 'pdftotext');
  const hostile = /^(BROKEN|SCANNED|STUB|MISLABELLED)_/;
  const pdfList = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf') && !hostile.test(f) && f !== 'A_HRC_43_2.pdf').sort().slice(0, 20);
  const textList = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 20);
  const batchDir = join(dir, 'batch');
  const small = join(dir, 'batch-small');
  for (const [target, pdfsN, textsN] of [[batchDir, 20, 20], [small, 2, 2]]) {
    mkdirSync(join(target, 'pdf'), { recursive: true });
    mkdirSync(join(target, 'txt'), { recursive: true });
    for (const f of pdfList.slice(0, pdfsN)) copyFileSync(join(pdfDir, f), join(target, 'pdf', f));
    for (const f of textList.slice(0, textsN)) copyFileSync(join(textDir, f), join(target, 'txt', f));
  }
  const bin = join(root, 'bin', 'unrec.js');
  const single = (args) => {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'batch', ...args, '--quiet'], { encoding: 'utf8' });
    return { ms: performance.now() - t0, mb: Number(r.stderr.trim().split('\n').pop()) / 1024 };
  };
  // The median of RUNS fresh runs (the output folder is emptied before each, unless `keep`).
  const once = (args, keep = false) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      if (!keep) fresh(args[args.indexOf('--out-dir') + 1]);
      runs.push(single(args));
    }
    runs.sort((a, b) => a.ms - b.ms);
    return { ms: runs[Math.floor(runs.length / 2)].ms, mb: Math.max(...runs.map((r) => r.mb)) };
  };
  const fresh = (out) => rmSync(out, { recursive: true, force: true });
  const out1 = join(dir, 'out-j1');
  const out2 = join(dir, 'out-j2');
  fresh(out1);
  fresh(out2);
  // --jobs 1 and --jobs 2 in alternation, each into an emptied folder: the machine drifts between blocks of runs.
  const [j1, j2] = (() => {
    const runs = [[], []];
    for (let i = 0; i < RUNS; i++) {
      [[out1, '1'], [out2, '2']].forEach(([out, jobs], k) => {
        fresh(out);
        runs[k].push(single([batchDir, '--out-dir', out, '--jobs', jobs]));
      });
    }
    return runs.map((r) => ({ ms: r.map((x) => x.ms).sort((a, b) => a - b)[Math.floor(r.length / 2)], mb: Math.max(...r.map((x) => x.mb)) }));
  })();
  const rerun = once([batchDir, '--out-dir', out2, '--jobs', '2'], true);
  const out3 = join(dir, 'out-small');
  fresh(out3);
  const four = once([small, '--out-dir', out3, '--jobs', '2']);
  console.log('');
  console.log(`Batch of ${pdfList.length} PDFs + ${textList.length} texts (whole process, median of ${RUNS})`);
  console.log(`  --jobs 1: ${(j1.ms / 1000).toFixed(1)} s, peak ${j1.mb.toFixed(0)} MB`);
  console.log(`  --jobs 2: ${(j2.ms / 1000).toFixed(1)} s, peak ${j2.mb.toFixed(0)} MB  → speed-up ${(j1.ms / j2.ms).toFixed(2)}×`);
  console.log(`  rerun, unchanged (--jobs 2): ${(rerun.ms / 1000).toFixed(2)} s = ${((rerun.ms / j2.ms) * 100).toFixed(1)}% of the first run`);
  console.log(`  peak memory, 40 inputs vs 4 inputs (--jobs 2): ${j2.mb.toFixed(0)} MB vs ${four.mb.toFixed(0)} MB = ${(j2.mb / four.mb).toFixed(2)}×`);

  // The 20 PDFs alone, pdf.js against PDFium, in alternation (--force: every run converts every input).
  const pdfBatch = (engine, jobs) => [process.execPath, [bin, 'batch', join(batchDir, 'pdf'), '--out-dir', join(dir, `out-${engine}-${jobs}`), '--jobs', String(jobs), '--engine', engine, '--force', '--quiet']];
  for (const jobs of [1, 2]) {
    const [js, ium] = pairedCommands(pdfBatch('pdfjs', jobs), pdfBatch('pdfium', jobs));
    console.log(`  ${pdfList.length} PDFs, --jobs ${jobs}: pdf.js ${(js.ms / 1000).toFixed(1)} s (CPU ${(js.cpuMs / 1000).toFixed(1)} s), pdfium ${(ium.ms / 1000).toFixed(1)} s (CPU ${(ium.cpuMs / 1000).toFixed(1)} s) → pdfium ÷ pdf.js: wall ${(ium.ms / js.ms).toFixed(2)}×, CPU ${(ium.cpuMs / js.cpuMs).toFixed(2)}×`);
  }

  // The same 20 PDFs through bare pdf-parse getText(), in this thread and in a
  // 2-thread tinypool: what this machine gives the PDF stack, for comparison.
  const bareWorker = join(dir, 'bare-worker.mjs');
  writeFileSync(
    bareWorker,
    `import { readFileSync } from 'node:fs';
import { PDFParse } from ${JSON.stringify(join(root, 'node_modules', 'pdf-parse', 'dist', 'pdf-parse', 'esm', 'index.js'))};
export default async function (f) {
  const p = new PDFParse({ data: new Uint8Array(readFileSync(f)), verbosity: 0 });
  const r = await p.getText();
  await p.destroy();
  return r.text.length;
}
`,
  );
  const barePool = join(dir, 'bare-pool.mjs');
  writeFileSync(
    barePool,
    `import Tinypool from ${JSON.stringify(join(root, 'node_modules', 'tinypool', 'dist', 'index.js'))};
const [jobs, ...files] = process.argv.slice(2);
if (jobs === '1') { const { default: w } = await import(${JSON.stringify(bareWorker)}); for (const f of files) await w(f); }
else {
  const pool = new Tinypool({ filename: ${JSON.stringify(bareWorker)}, minThreads: Number(jobs), maxThreads: Number(jobs) });
  await Promise.all(files.map((f) => pool.run(f)));
  await pool.destroy();
}
`,
  );
  const pdfPaths = pdfList.map((f) => join(batchDir, 'pdf', f));
  // Issue 15's batch target, side by side: unrec's 2-core speed-up on the 20 PDFs against the bare pool's, the four in alternation.
  const [u1, u2, b1, b2] = pairedCommands(pdfBatch('pdfium', 1), pdfBatch('pdfium', 2), [process.execPath, [barePool, '1', ...pdfPaths]], [process.execPath, [barePool, '2', ...pdfPaths]]);
  console.log(`  bare pdf-parse on the 20 PDFs: 1 thread ${(b1.ms / 1000).toFixed(1)} s, 2-thread pool ${(b2.ms / 1000).toFixed(1)} s → ${(b1.ms / b2.ms).toFixed(2)}× (the machine's ceiling for this work)`);
  console.log(`  unrec batch on the same PDFs, run in alternation with it: --jobs 1 ${(u1.ms / 1000).toFixed(1)} s, --jobs 2 ${(u2.ms / 1000).toFixed(1)} s → ${(u1.ms / u2.ms).toFixed(2)}×`);
}
