// unrec batch and streams: many inputs, one bad one, resumable runs,
// deterministic output whatever the number of workers.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonRoot, outputPath } from '../src/batch/inputs.js';
import { CORPUS_TESTS, ROOT, corpusPdf } from './support/corpus.js';
import { BIN, unrec } from './support/cli.js';

const SEEDS = join(ROOT, 'fixtures', 'seeds');


/** An archive: a seed in two folders under the same name, a text beside a same-named Markdown, a binary file, a file of another kind. */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unrec-batch-'));
  mkdirSync(join(dir, 'in', 'x'), { recursive: true });
  mkdirSync(join(dir, 'in', 'y'), { recursive: true });
  for (const sub of ['x', 'y']) copyFileSync(join(SEEDS, 'E_CN.4_2000_82_page18.txt'), join(dir, 'in', sub, 'page.txt'));
  copyFileSync(join(SEEDS, 'A_58_275_page23.txt'), join(dir, 'in', 'x', 'a.txt'));
  writeFileSync(join(dir, 'in', 'x', 'a.md'), '# A/1/2\n\n1. States should act.\n');
  writeFileSync(join(dir, 'in', 'y', 'bad.txt'), Buffer.alloc(500, 1));
  writeFileSync(join(dir, 'in', 'y', 'ignored.docx'), 'not an input');
  return dir;
}

describe('unrec batch', () => {
  it('converts a folder: one output per input, same names apart, the report, exit 1 for the bad input', async () => {
    const dir = archive();
    const r = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('in/y/bad.txt  error  binary data');
    expect(r.stderr).toMatch(/unrec batch: 4 ok, 1 failed, 0 skipped; 9 records/);
    for (const f of ['x/page.txt.json', 'y/page.txt.json', 'x/a.txt.json', 'x/a.md.json']) expect(existsSync(join(dir, 'out', f)), f).toBe(true);
    expect(existsSync(join(dir, 'out', 'y', 'bad.txt.json'))).toBe(false);
    const report = readFileSync(join(dir, 'out', '.unrec', 'report.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(report.map((l) => [l.path, l.status])).toEqual([
      ['in/x/a.md', 'ok'], ['in/x/a.txt', 'ok'], ['in/x/page.txt', 'ok'], ['in/y/bad.txt', 'failed'], ['in/y/page.txt', 'ok'],
    ]);
    for (const l of report) {
      expect(l.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(typeof l.ms).toBe('number');
    }
    expect(report[3].error).toContain('binary');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'x', 'page.txt.json'), 'utf8')).recommendations[0].label).toBe('91');
  });

  it('reruns cheaply: unchanged inputs are skipped, a changed one is redone, --force redoes all', async () => {
    const dir = archive();
    await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    const second = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(second.stderr).toMatch(/0 ok, 1 failed, 4 skipped/);
    writeFileSync(join(dir, 'in', 'x', 'a.md'), '# A/1/2\n\n1. States should act.\n2. States must report.\n');
    const third = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(third.stderr).toMatch(/1 ok, 1 failed, 3 skipped/);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'x', 'a.md.json'), 'utf8')).recommendations).toHaveLength(2);
    expect((await unrec(['batch', 'in', '--out-dir', 'out', '--force'], { cwd: dir })).stderr).toMatch(/4 ok, 1 failed, 0 skipped/);
    expect((await unrec(['batch', 'in', '--out-dir', 'out', '--format', 'ndjson'], { cwd: dir })).stderr).toMatch(/4 ok, 1 failed, 0 skipped/);
  });

  it('links a UPR report with its addendum, and reruns redo the report only when its addendum came, changed or went', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-link-'));
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(ROOT, 'fixtures', 'cases', 'upr-dotted', 'input.txt'), join(dir, 'in', 'report.txt'));
    const responses = () => readFileSync(join(dir, 'out', 'report.txt.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).response as string);
    const batch = async () => (await unrec(['batch', 'in', '--out-dir', 'out', '--format', 'ndjson'], { cwd: dir })).stderr;
    expect(await batch()).toMatch(/1 ok, 0 failed, 0 skipped/);
    expect(responses()).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
    const addendum = readFileSync(join(ROOT, 'fixtures', 'cases', 'upr-addendum', 'input.txt'), 'utf8');
    writeFileSync(join(dir, 'in', 'report-add1.txt'), addendum);
    expect(await batch()).toMatch(/2 ok, 0 failed, 0 skipped/); // the report is redone: its addendum came
    expect(responses()).toEqual(['supported', 'supported', 'noted', 'supported', 'noted']);
    const report = readFileSync(join(dir, 'out', '.unrec', 'report.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(report.find((l) => l.path.endsWith('report.txt')).link).toMatchObject({ role: 'report', symbol: 'A/HRC/99/15', responsesFrom: { input: join(dir, 'in', 'report-add1.txt') } });
    expect(await batch()).toMatch(/0 ok, 0 failed, 2 skipped/);
    expect(responses()).toEqual(['supported', 'supported', 'noted', 'supported', 'noted']);
    writeFileSync(join(dir, 'in', 'report-add1.txt'), addendum.replace('notes recommendations 121.3 and', 'accepts recommendation 121.3 and notes recommendation'));
    expect(await batch()).toMatch(/2 ok, 0 failed, 0 skipped/); // the addendum changed
    expect(responses()).toEqual(['supported', 'supported', 'supported', 'supported', 'noted']);
    writeFileSync(join(dir, 'in', 'other.md'), '# A/1/2\n\n1. States should act.\n');
    expect(await batch()).toMatch(/1 ok, 0 failed, 2 skipped/); // the report's link is unchanged
    rmSync(join(dir, 'in', 'report-add1.txt'));
    expect(await batch()).toMatch(/1 ok, 0 failed, 1 skipped/); // the addendum went
    expect(responses()).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
    writeFileSync(join(dir, 'in', 'report-add1.txt'), addendum);
    expect(await batch()).toMatch(/2 ok, 0 failed, 1 skipped/); // back: its old output is still unrec's
    expect(await unrec(['batch', 'in', '--out-dir', 'out2', '--format', 'ndjson', '--jobs', '1'], { cwd: dir })).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'out2', 'report.txt.ndjson'), 'utf8')).toBe(readFileSync(join(dir, 'out', 'report.txt.ndjson'), 'utf8'));
  });

  it('gives identical outputs whatever --jobs', async () => {
    const dir = archive();
    await unrec(['batch', 'in', '--out-dir', 'one', '--jobs', '1'], { cwd: dir });
    await unrec(['batch', 'in', '--out-dir', 'two', '--jobs', '2'], { cwd: dir });
    for (const f of ['x/page.txt.json', 'y/page.txt.json', 'x/a.txt.json', 'x/a.md.json']) {
      expect(readFileSync(join(dir, 'two', f), 'utf8')).toBe(readFileSync(join(dir, 'one', f), 'utf8'));
    }
  });

  it('takes globs and a list of paths on stdin', async () => {
    const dir = archive();
    const g = await unrec(['batch', 'in/**/page.txt', '--out-dir', 'g', '--quiet'], { cwd: dir });
    expect(g.code).toBe(0);
    expect(g.stderr).toBe('');
    expect(existsSync(join(dir, 'g', 'x', 'page.txt.json')) && existsSync(join(dir, 'g', 'y', 'page.txt.json'))).toBe(true);
    const s = await unrec(['batch', '--from', '-', '--out-dir', 's'], { cwd: dir, input: 'in/x/a.txt\nin/y/page.txt\n' });
    expect(s.code).toBe(0);
    expect(readdirSync(join(dir, 's')).sort()).toEqual(['.unrec', 'x', 'y']);
  });

  it('writes CSV with a BOM, a header and RFC 4180 quoting', async () => {
    const dir = archive();
    await unrec(['batch', 'in/x/page.txt', '--out-dir', 'c', '--format', 'csv'], { cwd: dir });
    const csv = readFileSync(join(dir, 'c', 'page.txt.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFsymbol,label,page,section,text,states,response,comment,date,title,docKind,language,reviewState,id,source,paragraph,subparagraph,footnotes\r\n')).toBe(true);
    expect(csv).toContain('E/CN.4/2000/82,91,18,VIII. RECOMMENDATIONS,"The Special Rapporteur makes the following recommendations: (a) In order');
  });

  it('exits 2 on a usage error', async () => {
    expect((await unrec(['batch', 'x.txt'])).code).toBe(2); // no --out-dir
    expect((await unrec(['batch', 'nothing-*.pdf', '--out-dir', tmpdir()])).code).toBe(2);
    expect((await unrec(['batch', 'x.txt', '--out-dir', tmpdir(), '--jobs', '0'])).code).toBe(2);
  });

  // Spawned: the signal and its handler are the point. The run is interrupted once its first
  // output is complete, while the largest input is still being converted; the listener for the
  // exit is attached at spawn, since a run may finish before the signal is sent.
  it('an interrupted run leaves only complete outputs and a report, and the next run finishes', { ...CORPUS_TESTS, timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-int-'));
    mkdirSync(join(dir, 'in'));
    for (const f of ['A_HRC_43_2.pdf', 'A_RES_78_323.pdf', 'S_RES_2776_2025.pdf', 'A_HRC_43_15.pdf']) copyFileSync(corpusPdf(f), join(dir, 'in', f));
    const child = spawn(process.execPath, [BIN, 'batch', 'in', '--out-dir', 'out', '--jobs', '2'], { cwd: dir, stdio: 'ignore' });
    const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    let exited = false;
    void exit.then(() => (exited = true));
    const report = join(dir, 'out', '.unrec', 'report.ndjson');
    while (!exited && !(existsSync(report) && readFileSync(report, 'utf8').includes('\n'))) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const [code] = await exit;
    expect(code === 130 || code === 0).toBe(true);
    const left = readdirSync(join(dir, 'out'));
    expect(left.some((f) => f.includes('unrec-tmp'))).toBe(false);
    for (const f of left.filter((x) => x.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(dir, 'out', f), 'utf8'))).not.toThrow();
    const rerun = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(rerun.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.pdf.json'))).toHaveLength(4);
  });
});

describe('output paths', () => {
  it('stay inside --out-dir and keep folders apart', () => {
    const inputs = [{ display: 'a/r.pdf', absolute: '/data/a/r.pdf' }, { display: 'b/r.pdf', absolute: '/data/b/r.pdf' }];
    const root = commonRoot(inputs, '/work');
    expect(commonRoot([], '/work')).toBe('/work');
    expect(root).toBe('/data');
    expect(inputs.map((i) => outputPath(i, root, '/out', 'json'))).toEqual(['/out/a/r.pdf.json', '/out/b/r.pdf.json']);
    expect(outputPath({ display: '../x.pdf', absolute: '/elsewhere/x.pdf' }, '/data', '/out', 'json')).toBeNull();
  });
});

describe('the record stream as a map step (Hadoop Streaming, Spark RDD.pipe)', () => {
  it('reads paths on stdin, writes one JSON record per line, errors as JSON lines on stderr, whole documents in order', async () => {
    const dir = archive();
    const paths = ['in/x/page.txt', 'in/y/bad.txt', 'in/x/a.txt', 'in/y/page.txt'].join('\n');
    const r = await unrec(['parse', '--from', '-', '--format', 'ndjson', '--jobs', '2', '--errors', 'json'], { cwd: dir, input: paths });
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.source)).toEqual(['in/x/page.txt', 'in/x/a.txt', 'in/x/a.txt', 'in/x/a.txt', 'in/x/a.txt', 'in/x/a.txt', 'in/x/a.txt', 'in/y/page.txt']);
    const err = r.stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(err.find((e) => e.path === 'in/y/bad.txt')).toMatchObject({ severity: 'error', ruleId: 'binary-input' });
    const one = await unrec(['parse', '--from', '-', '--format', 'ndjson', '--jobs', '1', '--errors', 'json'], { cwd: dir, input: paths });
    expect(one.stdout).toBe(r.stdout);
  });
});
