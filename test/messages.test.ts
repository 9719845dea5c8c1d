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
    expect(lines[0]).toContain('bad\\x1b[31m\\nname.txt: binary data');
  });
});
