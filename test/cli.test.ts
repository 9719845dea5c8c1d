// The command line, run in-process through `run(argv, io)` against the
// source, and the built binary spawned once per command as a user runs it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';
import { spawnUnrec, unrec } from './support/cli.js';

const SEED = join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt');


describe('unrec CLI', () => {
  it('parses a file to one JSON document', async () => {
    const r = await unrec(['parse', SEED]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.symbol).toBe('E/CN.4/2000/82');
    expect(doc.recommendations[0].label).toBe('91');
  });
  it('reads stdin', async () => {
    const r = await unrec(['parse', '-'], { input: 'E/CN.4/1999/1\npage 2\n\nRECOMMENDATIONS\n\n5. The Commission should act now.\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).recommendations[0].label).toBe('5');
  });
  it('prints nothing but records in NDJSON', async () => {
    const r = await unrec(['parse', SEED, SEED, '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(JSON.parse(l).label).toBe('91');
  });
  it('exits 1 for a missing file and still outputs the others', async () => {
    const r = await unrec(['parse', 'no-such-file.txt', SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-such-file.txt  error  no such file');
    expect(JSON.parse(r.stdout)).toMatchObject({ symbol: 'E/CN.4/2000/82' }); // one document object, as for one input
  });
  it('exits 2 on a usage error', async () => {
    expect((await unrec(['parse', '--bogus'])).code).toBe(2);
    expect((await unrec(['frobnicate'])).code).toBe(2);
  });
  it('prints the JSON Schema', async () => {
    const r = await unrec(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).properties.recommendations).toBeDefined();
  });
});

describe('unrec CLI: formats and inspection', () => {
  it('writes Markdown that parses back with remark-parse, with literal item markers and GFM footnotes', async () => {
    const r = await unrec(['parse', SEED, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- (a) In order to allow');
    expect(r.stdout).toContain('[^fn-11]');
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkGfm } = await import('remark-gfm');
    const tree = unified().use(remarkParse).use(remarkGfm).parse(r.stdout);
    const types = new Set<string>();
    const walk = (n: { type: string; children?: unknown[] }) => {
      types.add(n.type);
      for (const c of (n.children ?? []) as { type: string }[]) walk(c);
    };
    walk(tree as never);
    expect([...types]).toEqual(expect.arrayContaining(['heading', 'list', 'footnoteReference', 'footnoteDefinition']));
  });
  it('inspects every line with its zone, one physical page at a time', async () => {
    const r = await unrec(['inspect', SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/header\s+header\s+E\/CN\.4\/2000\/82/);
    expect(r.stdout).toMatch(/heading\s+level 1\s+VIII\. RECOMMENDATIONS/);
    expect(r.stdout).toMatch(/item\s+\(a\)/);
    expect(r.stdout).not.toContain('\u001b[');
    expect((await unrec(['inspect', SEED, '--page', '2'])).stdout).toBe('');
    expect((await unrec(['inspect', SEED, '--page', 'x'])).code).toBe(2);
  });
  it('turns warnings into exit 1 with --strict', async () => {
    const text = 'Some text without any symbol.\n\n1. States should act.\n';
    expect((await unrec(['parse', '-'], { input: text })).code).toBe(0);
    const strict = await unrec(['parse', '-', '--strict'], { input: text });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('symbol-not-found');
  });
  it('refuses binary input with one clear line and exit 1', async () => {
    const r = await unrec(['parse', '-'], { input: '\u0000\u0001\u0002\u0003'.repeat(100) });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('binary');
    expect(r.stdout).toBe('');
  });
  it('escapes U+2028 in JSON output (here in a file name)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-'));
    const file = join(dir, 'odd\u2028name.txt');
    writeFileSync(file, 'A/1/2\n\n1. States should act now.\n');
    const r = await unrec(['parse', file, '--format', 'ndjson']);
    expect(r.stdout).toContain('\\u2028');
    expect(r.stdout).not.toContain('\u2028');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).source).toBe(file);
  });
});

describe('unrec symbol', () => {
  it('explains each symbol, one line per component, exit 0 when all are valid', async () => {
    const r = await unrec(['symbol', 'E/CN.4/2000/82', 'A/HRC/28/12*', 'S/RES/2776 (2025)']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('E — Economic and Social Council');
    expect(r.stdout).toContain('CN.4 — Commission on Human Rights');
    expect(r.stdout).toContain('A/HRC/28/12 (reissued) — Human Rights Council');
  });
  it('prints a JSON array in argument order, exit 1 when one is invalid', async () => {
    const r = await unrec(['symbol', 'a/hrc/43/15/add.1', 'page 18', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.map((o: { input: string }) => o.input)).toEqual(['a/hrc/43/15/add.1', 'page 18']);
    expect(out[0]).toMatchObject({ valid: true, symbol: 'A/HRC/43/15/Add.1', body: 'Human Rights Council', reissued: false });
    expect(out[1].valid).toBe(false);
    expect(out[1].reason).toMatch(/Unexpected/);
  });
});

describe('bin/unrec.js, spawned: one smoke test per command', () => {
  it('parse', () => {
    const r = spawnUnrec(['parse', SEED, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('E/CN.4/2000/82#para_91');
  });
  it('batch, on two worker threads (the built worker beside dist/batch/pool.js)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-smoke-'));
    const r = spawnUnrec(['batch', SEED, join(ROOT, 'fixtures', 'seeds', 'A_58_275_page23.txt'), '--out-dir', dir, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/unrec batch: 2 ok, 0 failed, 0 skipped; 7 records/);
    expect(JSON.parse(readFileSync(join(dir, 'E_CN.4_2000_82_page18.txt.json'), 'utf8')).symbol).toBe('E/CN.4/2000/82');
  });
  it('inspect', () => {
    const r = spawnUnrec(['inspect', SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/heading\s+level 1\s+VIII\. RECOMMENDATIONS/);
  });
  it('schema', () => {
    const r = spawnUnrec(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).properties.recommendations).toBeDefined();
  });
  it('symbol', () => {
    const r = spawnUnrec(['symbol', 'E/CN.4/2000/82']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CN.4 — Commission on Human Rights');
  });
});
