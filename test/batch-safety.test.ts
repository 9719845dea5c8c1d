// Batch runs never lose, overwrite or silently skip a user's file: each
// case beside a good input that must still come out (issue "batch safety").
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME } from '../src/batch/out-dir.js';
import { csvRows } from '../src/emit/csv.js';
import type { UnDocument } from '../src/schema/document.js';
import { compressionBombPdf } from './support/bomb.js';
import { CORPUS_TESTS, ROOT, corpusPdf } from './support/corpus.js';
import { BIN, unrec } from './support/cli.js';

const SEED = join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt');

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unrec-safe-'));
  mkdirSync(join(dir, 'in'));
  copyFileSync(SEED, join(dir, 'in', 'good.txt'));
  return dir;
}

const report = (dir: string, out = 'out') => readFileSync(join(dir, out, '.unrec', 'report.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe('batch safety', () => {
  it('1. never overwrites a file it did not write, an input least of all', async () => {
    const dir = folder();
    copyFileSync(SEED, join(dir, 'in', 'report.txt'));
    writeFileSync(join(dir, 'in', 'report.txt.md'), 'my own notes');
    const r = await unrec(['batch', 'in', '--out-dir', 'in', '--format', 'md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('in/report.txt  error  ');
    expect(r.stderr).toContain('never overwritten');
    expect(readFileSync(join(dir, 'in', 'report.txt.md'), 'utf8')).toBe('my own notes');
    expect(existsSync(join(dir, 'in', 'good.txt.md'))).toBe(true);
  });

  it('2. an output-side failure is retried on the next run, not remembered as the input\'s', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'out', 'good.txt.json'), { recursive: true }); // a folder in the way
    copyFileSync(SEED, join(dir, 'in', 'other.txt'));
    const first = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/good\.txt  error  .*never overwritten|good\.txt  error  cannot write/);
    expect(report(dir).find((l) => l.path === 'in/good.txt')).toMatchObject({ status: 'failed' });
    expect(report(dir).find((l) => l.path === 'in/good.txt').cause).not.toBe('input');
    rmSync(join(dir, 'out', 'good.txt.json'), { recursive: true });
    const second = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain('unchanged since the last run');
    expect(existsSync(join(dir, 'out', 'good.txt.json'))).toBe(true);
  });

  it('2. a write failure is said in one plain line, never as a bug', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'sub'), 'a file where a folder should be');
    mkdirSync(join(dir, 'in', 'sub'));
    copyFileSync(SEED, join(dir, 'in', 'sub', 'x.txt'));
    const r = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('in/sub/x.txt  error  cannot write');
    expect(r.stderr).not.toContain('internal error');
    expect(existsSync(join(dir, 'out', 'good.txt.json'))).toBe(true);
  });

  it('3. never writes or deletes through a symbolic link out of --out-dir', async () => {
    const dir = folder();
    const elsewhere = mkdtempSync(join(tmpdir(), 'unrec-elsewhere-'));
    writeFileSync(join(elsewhere, 'keep.unrec-tmp'), 'keep');
    writeFileSync(join(elsewhere, 'keep.unrec-tmp-1-abc'), 'keep too');
    mkdirSync(join(dir, 'in', 'sub'));
    copyFileSync(SEED, join(dir, 'in', 'sub', 'x.txt'));
    mkdirSync(join(dir, 'out'));
    symlinkSync(elsewhere, join(dir, 'out', 'sub'));
    writeFileSync(join(dir, 'out', 'mine.unrec-tmp'), 'a user file with an unlucky name');
    const r = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('in/sub/x.txt  error  its output');
    expect(r.stderr).toContain('link out of --out-dir');
    expect(readdirSync(elsewhere).sort()).toEqual(['keep.unrec-tmp', 'keep.unrec-tmp-1-abc']);
    expect(existsSync(join(dir, 'out', 'mine.unrec-tmp'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'good.txt.json'))).toBe(true);
  });

  it('3. a report that is a link is refused, its target untouched', async () => {
    const dir = folder();
    const target = join(mkdtempSync(join(tmpdir(), 'unrec-target-')), 'precious.txt');
    writeFileSync(target, 'precious');
    mkdirSync(join(dir, 'out', '.unrec'), { recursive: true });
    symlinkSync(target, join(dir, 'out', '.unrec', 'report.ndjson'));
    const r = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a link');
    expect(readFileSync(target, 'utf8')).toBe('precious');
  });

  it('3. a report folder that is a link out of --out-dir is refused, nothing written through it', async () => {
    const dir = folder();
    const elsewhere = mkdtempSync(join(tmpdir(), 'unrec-elsewhere-'));
    mkdirSync(join(dir, 'out'));
    symlinkSync(elsewhere, join(dir, 'out', '.unrec'));
    const r = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a link');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('3. temporaries of a dead run are removed, only those', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'good.txt.json.unrec-tmp-999999-abc'), 'left by a killed run');
    await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(readdirSync(join(dir, 'out')).filter((f) => f.includes('unrec-tmp'))).toEqual([]);
  });

  it('4. a second run into the same --out-dir is refused while the first holds it; a dead run\'s lock is taken over', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', LOCK_NAME), `${process.ppid}\n`); // a live process holds it
    const held = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(held.code).toBe(1);
    expect(held.stderr).toContain(`another unrec batch (pid ${process.ppid})`);
    expect(existsSync(join(dir, 'out', 'good.txt.json'))).toBe(false);
    writeFileSync(join(dir, 'out', LOCK_NAME), '999999\n'); // a run that died
    const taken = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(taken.code).toBe(0);
    expect(existsSync(join(dir, 'out', LOCK_NAME))).toBe(false);
  });

  it('5. an --out-dir inside the input folder is never read back as input', async () => {
    const dir = folder();
    for (let run = 0; run < 2; run++) {
      const r = await unrec(['batch', 'in', '--out-dir', 'in/out', '--format', 'md'], { cwd: dir });
      expect(r.code).toBe(0);
    }
    expect(readdirSync(join(dir, 'in', 'out')).sort()).toEqual(['.unrec', 'good.txt.md']);
  });

  it('8. CSV cells that a spreadsheet would run as formulas are neutralised', () => {
    const record = { symbol: null, label: '1', paragraph: 1, subparagraph: null, page: null, section: '=HYPERLINK("http://x")', text: '+1 call', items: [], states: [], response: null, comment: '@SUM(A1)', id: 'x#para_1', source: '-a.txt', footnotes: [] };
    const row = csvRows({ recommendations: [record], footnotes: [], date: null, title: '-x', docKind: 'other', language: 'en', review: null } as unknown as UnDocument);
    expect(row).toBe(`,1,,"'=HYPERLINK(""http://x"")",'+1 call,,,'@SUM(A1),,'-x,other,en,,x#para_1,'-a.txt,1,,\r\n`);
  });

  it('9. names beginning with ".." are inputs like any other', async () => {
    const dir = folder();
    copyFileSync(SEED, join(dir, 'in', '..notes.txt'));
    const r = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', '..notes.txt.json'))).toBe(true);
  });

  it('10. a NUL-separated list splits on NUL only and keeps names as given', async () => {
    const dir = folder();
    copyFileSync(SEED, join(dir, 'in', ' spaced name.txt'));
    copyFileSync(SEED, join(dir, 'in', 'new\nline.txt'));
    const r = await unrec(['batch', '--from', '-', '--out-dir', 'out'], { cwd: dir, input: 'in/ spaced name.txt\0in/new\nline.txt\0' });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([' spaced name.txt.json', '.unrec', 'new\nline.txt.json']);
  });
});

describe('batch and parse: crashes, hangs, unbounded reading', () => {
  it('12. stdout that cannot be written gives one plain line and exit 1', () => {
    const fd = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [BIN, 'parse', SEED], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 30_000 });
    closeSync(fd);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['unrec  error  cannot write the output to stdout: no space left on the device (ENOSPC)  stdout-unwritable']);
  });

  it('13. Ctrl-C stops a batch on the main thread (--jobs 1) and exits 130', async () => {
    const dir = folder();
    for (let i = 0; i < 400; i++) copyFileSync(SEED, join(dir, 'in', `copy-${String(i).padStart(3, '0')}.txt`));
    const child = spawn(process.execPath, [BIN, 'batch', 'in', '--out-dir', 'out', '--jobs', '1', '--quiet'], { cwd: dir, stdio: 'ignore' });
    const exited = once(child, 'exit');
    const reportFile = join(dir, 'out', '.unrec', 'report.ndjson');
    const t0 = Date.now();
    while (!(existsSync(reportFile) && readFileSync(reportFile, 'utf8').includes('\n')) && Date.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const [code] = await exited;
    expect(code).toBe(130);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json')).length).toBeLessThan(401);
    expect(readdirSync(join(dir, 'out')).some((f) => f.includes('unrec-tmp'))).toBe(false);
  }, 60_000);

  it('14. --max-size bounds reading: an endless stdin is stopped at the limit', () => {
    const fd = openSync('/dev/zero', 'r');
    const r = spawnSync(process.execPath, [BIN, 'parse', '-', '--max-size', '1'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
    closeSync(fd);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('over the size limit of 1 MB');
  });

  it('14. a FIFO given to batch is refused, it does not block the batch; in a folder it is passed over and said', async () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'in', 'pipe.txt')]);
    const given = await unrec(['batch', 'in/pipe.txt', 'in/good.txt', '--out-dir', 'out', '--jobs', '1'], { cwd: dir });
    expect(given.code).toBe(1);
    expect(given.stderr).toContain('in/pipe.txt  error  not a regular file');
    expect(existsSync(join(dir, 'out', 'good.txt.json'))).toBe(true);
    const walked = await unrec(['batch', 'in', '--out-dir', 'out2'], { cwd: dir });
    expect(walked.code).toBe(0);
    expect(walked.stderr).toContain('skipped');
    expect(walked.stderr).toContain('pipe.txt  warning  passed over: not a regular file');
  });

  it('6. links in a folder are followed to files and folders, each real file converted once, a loop walked once', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'in', 'real'));
    copyFileSync(SEED, join(dir, 'in', 'real', 'doc.txt'));
    symlinkSync(join(dir, 'in', 'real'), join(dir, 'in', 'linked-folder'));
    symlinkSync(join(dir, 'in', 'real', 'doc.txt'), join(dir, 'in', 'linked-file.txt'));
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'real', 'loop'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'in', 'broken.txt'));
    const r = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('broken.txt  warning  passed over: a link that leads nowhere');
    const outputs = report(dir).map((l) => l.path).sort();
    expect(outputs).toEqual(['in/good.txt', 'in/linked-file.txt']);
  });

  it('15. an --out-dir with links back to itself does not hang the clean-up', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'out'), join(dir, 'out', 'a'));
    symlinkSync(join(dir, 'out'), join(dir, 'out', 'b'));
    const r = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'good.txt.json'))).toBe(true);
  });
});

describe('batch layout that does not move', () => {
  it('7. a missing input does not move the other outputs; another working directory reuses the report', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'in', 'deep'));
    copyFileSync(SEED, join(dir, 'in', 'deep', 'x.txt'));
    const first = await unrec(['batch', 'in/good.txt', 'in/deep/x.txt', '--out-dir', 'out'], { cwd: dir });
    expect(first.code).toBe(0);
    const typo = await unrec(['batch', 'in/good.txt', 'in/deep/x.txt', 'in/typo.txt', '--out-dir', 'out'], { cwd: dir });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('in/typo.txt  error  no such file');
    expect(typo.stderr).toMatch(/2 skipped/);
    const elsewhere = await unrec(['batch', join(dir, 'in', 'good.txt'), join(dir, 'in', 'deep', 'x.txt'), '--out-dir', join(dir, 'out')], { cwd: tmpdir() });
    expect(elsewhere.code).toBe(0);
    expect(elsewhere.stderr).toMatch(/0 ok, 0 failed, 2 skipped/);
  });

  it('7. another input\'s output is never taken for this input\'s', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'in', 'b'));
    copyFileSync(SEED, join(dir, 'in', 'x.txt'));
    copyFileSync(join(ROOT, 'fixtures', 'seeds', 'A_58_275_page23.txt'), join(dir, 'in', 'b', 'x.txt'));
    expect((await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir })).code).toBe(0);
    const second = await unrec(['batch', 'in/b/x.txt', '--out-dir', 'out'], { cwd: dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('holds the output of another input (in/x.txt)');
    expect(second.stderr).not.toMatch(/1 skipped/);
  });
});

describe('batch limits per input', () => {
  it('16. an input past --timeout fails alone, the batch goes on', { ...CORPUS_TESTS, timeout: 60_000 }, async () => {
    const dir = folder();
    copyFileSync(corpusPdf('A_HRC_43_2.pdf'), join(dir, 'in', 'long.pdf'));
    const r = await unrec(['batch', 'in', '--out-dir', 'out', '--timeout', '1', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('in/long.pdf  error  stopped after 1 s (raise it with --timeout)');
    expect(existsSync(join(dir, 'out', 'good.txt.json'))).toBe(true);
    expect(report(dir).find((l) => l.path === 'in/long.pdf')).toMatchObject({ status: 'failed', cause: 'input' });
  });

  it('16. --jobs is capped', async () => {
    const r = await unrec(['batch', SEED, '--out-dir', join(mkdtempSync(join(tmpdir(), 'unrec-cap-')), 'out'), '--jobs', '5000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs expects a number from 1 to 64');
  });
});

describe('an --out-dir that cannot be one', () => {
  it('12. a file given as --out-dir, or in the way of it, is one plain line and exit 1', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'outfile'), 'x');
    for (const out of ['outfile', 'outfile/sub']) {
      const r = await unrec(['batch', 'in', '--out-dir', out], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('cannot be the output folder: a file is in the way');
    }
  });
});

describe('limits and a full disk, below the command', () => {
  it('2. a report append that fails (disk full) returns false, and the next line starts on its own', async () => {
    const { RunReport } = await import('../src/batch/report.js');
    const dir = mkdtempSync(join(tmpdir(), 'unrec-full-'));
    const file = join(dir, '.unrec', 'report.ndjson');
    mkdirSync(join(dir, '.unrec'));
    symlinkSync('/dev/full', file);
    const line = { path: 'a.txt', status: 'ok' as const, sha256: 'x', records: 1, pages: 1, ms: 1, output: null, settings: 's' };
    expect(new RunReport(dir).append(line)).toBe(false);
    rmSync(file);
    writeFileSync(file, '{"path":"half');
    expect(new RunReport(dir).append(line)).toBe(true);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(JSON.parse(lines[1]!)).toMatchObject({ path: 'a.txt' });
  });

  it('16. an input that needs more heap than a worker may have fails alone with its own message', { ...CORPUS_TESTS, timeout: 60_000 }, () => {
    // In a process of its own: a worker's heap limit is the built pool's, as the CLI runs it.
    const script = `
      const { runTasks } = await import(${JSON.stringify(join(ROOT, 'dist', 'batch', 'pool.js'))});
      const task = { input: ${JSON.stringify(corpusPdf('A_HRC_43_2.pdf'))}, display: 'big.pdf', output: null, temporary: null, format: 'json', options: { engine: 'pdfjs' } };
      const results = [];
      await runTasks([task], 1, () => {}, (_, r) => void results.push(r), { isolate: { timeoutMs: 50000, memoryMb: 32 } }).done;
      process.stdout.write(JSON.stringify(results));`;
    // A file, not --input-type/-e: worker threads inherit the process's flags.
    const file = join(mkdtempSync(join(tmpdir(), 'unrec-heap-')), 'heap.mjs');
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 55_000 });
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as { ruleId?: string; error?: string }[];
    expect(results.map((x) => x.ruleId)).toEqual(['input-memory']);
    expect(results[0]!.error).toContain('needed more than 32 MB of memory');
  });

  it('16b. a compression bomb read by PDFium fails alone within the same limit, and the worker reads the next PDF', { timeout: 60_000 }, () => {
    const dir = folder();
    const bomb = join(dir, 'bomb.pdf');
    writeFileSync(bomb, compressionBombPdf(200));
    const pdf = join(ROOT, 'fixtures', 'pdf-languages', 'zh.pdf');
    const task = (input: string) => ({ input, display: input.split('/').pop(), output: null, temporary: null, format: 'json', options: { engine: 'pdfium' } });
    const script = `
      const { runTasks } = await import(${JSON.stringify(join(ROOT, 'dist', 'batch', 'pool.js'))});
      const results = [];
      await runTasks(${JSON.stringify([task(bomb), task(pdf)])}, 1, () => {}, (_, r) => void results.push(r), { isolate: { timeoutMs: 50000, memoryMb: 32 } }).done;
      process.stdout.write(JSON.stringify(results));`;
    const file = join(dir, 'bomb.mjs');
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 55_000 });
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as { status: string; ruleId?: string; error?: string; records: number }[];
    expect(results.map((x) => x.ruleId ?? x.status)).toEqual(['input-memory', 'ok']);
    expect(results[0]!.error).toMatch(/bomb\.pdf: needed more than \d+ MB of memory \(PDFium\)/);
    expect(results[1]!.records).toBeGreaterThan(0);
  });
});
