// Messages that say what went wrong, in one line each (issue "batch safety", Messages).
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';
import { unrec } from './support/cli.js';

const SEED = join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt');

describe('messages', () => {
  it('a bad count names its option', async () => {
    const r = await unrec(['parse', SEED, '--max-pages', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-pages expects a positive number, got "0"');
  });
  it('--pages on a text input is said, not silently ignored', async () => {
    const r = await unrec(['parse', SEED, '--pages', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('pages-not-pdf');
  });
  it('--pages on a Word document is said too', async () => {
    const r = await unrec(['parse', join(ROOT, 'fixtures', 'docx', 'report.docx'), '--pages', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Unexpected --pages for a Word input');
  });
  it('inspect --page past the end says so and exits 1', async () => {
    const r = await unrec(['inspect', SEED, '--page', '99999']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('page 99999 is past the end (1 page');
  });
  it('stdin cannot be both an input and the list', async () => {
    expect((await unrec(['parse', '-', '--from', '-'], { input: 'x' })).code).toBe(2);
  });
  it('an empty --out-dir is a usage error, not the current folder', async () => {
    const r = await unrec(['batch', SEED, '--out-dir', '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out-dir expects a folder');
  });
  it('sizes read right: "10 KB", not "0.0 MB"', async () => {
    const r = await unrec(['parse', SEED, '--max-size', '0.001']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is [\d.]+ KB, over the size limit of 1 KB/);
  });
  it('a file name with a line break or a terminal escape stays on one line, escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-names-'));
    const name = 'bad\u001b[31m\nname.txt';
    writeFileSync(join(dir, name), Buffer.alloc(500, 1));
    copyFileSync(SEED, join(dir, 'good.txt'));
    const r = await unrec(['parse', name, 'good.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('bad\\x1b[31m\\nname.txt  error  binary data');
  });
});

describe('one message format (path:line (page N)  severity  reason  rule-id)', () => {
  const FORMAT = /^(?<place>\S.*?)  (?<severity>error|warning|info)  (?<reason>.+)  (?<rule>[a-z0-9]+(?:-[a-z0-9]+)*)$/;

  it('a failed input, a warning, a usage error and a batch notice all read the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-format-'));
    writeFileSync(join(dir, 'noise.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 0, 200, 201, 0]));
    const failed = await unrec(['parse', 'noise.txt', 'missing.txt'], { cwd: dir });
    const warned = await unrec(['parse', SEED, '--pages', '2']);
    const usage = await unrec(['parse', SEED, '--jobs', 'x']);
    const unknown = await unrec(['parse', '--bogus']);
    const lines = [failed, warned, usage, unknown].flatMap((r) => r.stderr.trim().split('\n'));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const l of lines) expect(l, l).toMatch(FORMAT);
    expect(failed.stderr).toContain('noise.txt  error  binary data, not text  binary-input');
    expect(failed.stderr).toContain('missing.txt  error  no such file  input-unreadable');
    expect(usage.stderr).toMatch(/^unrec  error  --jobs expects a number from 1 to 64, got "x"  usage$/m);
    expect(unknown.stderr).toMatch(/^unrec  error  unknown option '--bogus'  usage$/m);
  });

  it('an empty file name keeps its place in the line', async () => {
    const r = await unrec(['parse', '']);
    expect(r.stderr.trim()).toMatch(/^""  error  .+  input-unreadable$/);
  });

  it('--errors json: the same fields, page and line included, for failures too', async () => {
    const r = await unrec(['parse', 'missing.txt', '--errors', 'json']);
    expect(JSON.parse(r.stderr.trim())).toEqual({ path: 'missing.txt', severity: 'error', ruleId: 'input-unreadable', reason: 'no such file', page: null, line: null });
  });

  it('--color always colours a pipe, never and --no-color do not, auto follows the terminal and NO_COLOR', async () => {
    const args = ['parse', 'missing.txt'];
    const ansi = /\u001b\[/;
    expect((await unrec([...args, '--color', 'always'])).stderr).toMatch(ansi);
    expect((await unrec([...args, '--color', 'never'], { env: {}, stderrIsTTY: true })).stderr).not.toMatch(ansi);
    expect((await unrec([...args, '--no-color'], { env: {}, stderrIsTTY: true })).stderr).not.toMatch(ansi);
    expect((await unrec(args, { env: {}, stderrIsTTY: true })).stderr).toMatch(ansi);
    expect((await unrec(args, { env: { NO_COLOR: '1' }, stderrIsTTY: true })).stderr).not.toMatch(ansi);
    expect((await unrec(args, { env: {}, stderrIsTTY: false })).stderr).not.toMatch(ansi);
    expect((await unrec([...args, '--color', 'sometimes'])).code).toBe(2);
  });

  it('parse with no input on a terminal shows help instead of waiting; parse --help says it reads PDFs', async () => {
    const waiting = await unrec(['parse'], { stdinIsTTY: true });
    expect(waiting.code).toBe(2);
    expect(waiting.stderr).toContain('Usage: unrec parse');
    const help = await unrec(['parse', '--help']);
    expect(help.stdout).toMatch(/PDF/);
    // A pipe is read as before.
    const piped = await unrec(['parse'], { input: '1. The Committee recommends that the State party act.' });
    expect(piped.code).toBe(0);
  });

  it('symbol - reads the symbols from stdin, one per line', async () => {
    const r = await unrec(['symbol', '-', '--format', 'json'], { input: 'a/hrc/43/15/add.1\nS/RES/2776 (2025)\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((i: { symbol: string }) => i.symbol)).toEqual(['A/HRC/43/15/Add.1', 'S/RES/2776 (2025)']);
  });

  it('Markdown links web addresses instead of escaping them', async () => {
    const text = 'A/HRC/1/1\n\nII. Recommendations\n\n5. The Committee recommends that the State party consult https://www.ohchr.org/en/treaty-bodies and www.un.org.\n';
    const r = await unrec(['parse', '-', '--format', 'md'], { input: text });
    expect(r.stdout).toContain('<https://www.ohchr.org/en/treaty-bodies>');
    expect(r.stdout).toContain('[www.un.org](https://www.un.org).');
    expect(r.stdout).not.toContain('https\\:');
  });
});
