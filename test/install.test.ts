// The README's install: `npm pack` + a global install of the tarball, and `npm install -g .`
// from the clone, each into a fresh prefix, give a working `unrec` command; `npx unrec`
// works inside the clone. Spawned: installing is the point.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';

const SEED = join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  // The npm cache that `npm ci` filled gives the dependencies: no registry needed. No
  // scripts: `npm test` has built dist/, and a rebuild would rewrite it under other tests.
  const r = spawnSync(NPM, [...args, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The installed command runs and parses the sample, from another folder. */
function expectWorkingUnrec(bin: string): void {
  const r = spawnSync(join(bin, 'unrec'), ['parse', SEED, '--format', 'ndjson'], { cwd: tmpdir(), encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(JSON.parse(r.stdout.split('\n')[0]!)).toMatchObject({ id: 'E/CN.4/2000/82#para_91' });
}

describe('install', { timeout: 180_000 }, () => {
  it('npm pack, then npm install -g of the tarball into a fresh prefix: unrec works without the clone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-pack-'));
    const packed = npm(['pack', '--pack-destination', dir, '--silent']);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    expect(tarball).toBe('unrec-0.1.0.tgz');
    const prefix = join(dir, 'prefix');
    const installed = npm(['install', '-g', '--prefix', prefix, join(dir, tarball)], dir);
    expect(installed.status, installed.stderr).toBe(0);
    expectWorkingUnrec(join(prefix, 'bin'));
  });

  it('npm install -g . from the clone gives an unrec command', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'unrec-global-'));
    const installed = npm(['install', '-g', '--prefix', prefix, '.']);
    expect(installed.status, installed.stderr).toBe(0);
    expectWorkingUnrec(join(prefix, 'bin'));
  });

  it('npx unrec works inside the clone', () => {
    const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'unrec', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('0.1.0');
  });
});
