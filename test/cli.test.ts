// The built binary, spawned as a user would run it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';

const BIN = join(ROOT, 'bin', 'unrec.js');
const SEED = join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt');

function unrec(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('unrec CLI', () => {
  it('parses a file to one JSON document', () => {
    const r = unrec(['parse', SEED]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.symbol).toBe('E/CN.4/2000/82');
    expect(doc.recommendations[0].label).toBe('91');
  });
  it('reads stdin', () => {
    const r = unrec(['parse', '-'], 'E/CN.4/1999/1\npage 2\n\nRECOMMENDATIONS\n\n5. The Commission should act now.\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).recommendations[0].label).toBe('5');
  });
  it('prints nothing but records in NDJSON', () => {
    const r = unrec(['parse', SEED, SEED, '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(JSON.parse(l).label).toBe('91');
  });
  it('exits 1 for a missing file and still outputs the others', () => {
    const r = unrec(['parse', 'no-such-file.txt', SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-such-file.txt: no such file');
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
  it('exits 2 on a usage error', () => {
    expect(unrec(['parse', '--bogus']).code).toBe(2);
    expect(unrec(['frobnicate']).code).toBe(2);
  });
  it('prints the JSON Schema', () => {
    const r = unrec(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).properties.recommendations).toBeDefined();
  });
});
