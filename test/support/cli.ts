/** Running the built binary as a user would, and the external tools some tests need. */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './corpus.js';

export const BIN = join(ROOT, 'bin', 'unrec.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole process. */
  ms: number;
}

/** Spawn `node bin/unrec.js …` with colour off. */
export function unrec(args: string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
}

/** qpdf makes encrypted PDFs for the tests; `.ci/run` installs it. */
export const HAS_QPDF = (() => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
