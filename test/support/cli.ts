/**
 * Running the CLI: in this process against the source (`unrec`), or as the
 * built binary a user runs (`spawnUnrec`, for the smoke tests and signals),
 * and the external tools some tests need.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { run, type CliIO } from '../../src/cli.js';
import { ROOT } from './corpus.js';

export const BIN = join(ROOT, 'bin', 'unrec.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole run. */
  ms: number;
}

export interface CliOptions {
  /** Working directory (default: this process's). */
  cwd?: string;
  /** What stdin gives (default: nothing). */
  input?: string;
  /** Environment (default: NO_COLOR=1). */
  env?: Record<string, string>;
  /** Pretend stdin / stderr are terminals. */
  stdinIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

const text = (chunk: unknown) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));

/**
 * `unrec …` in this process: `run(argv, io)` from src with colour off, no
 * terminal, files read relative to `cwd`, and stdout and stderr captured.
 * Anything the code prints past `io` while it runs (console, process.stdout)
 * is captured too, into stdout or stderr as a process would print it, so a
 * stray print fails the tests that read the output.
 */
export async function unrec(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const cwd = options.cwd ?? process.cwd();
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: { write: (chunk: string) => void (out.stdout += chunk) },
    stderr: { write: (chunk: string) => void (out.stderr += chunk) },
    readStdin: async () => Buffer.from(options.input ?? ''),
    readFile: (path) => readFile(resolve(cwd, path)),
    env: options.env ?? { NO_COLOR: '1' },
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutIsTTY: false,
    cwd,
    onInterrupt: () => () => undefined,
  };
  const t0 = performance.now();
  const restore = captureStrayOutput(out);
  try {
    const code = await run(args, io);
    return { code, stdout: out.stdout, stderr: out.stderr, ms: performance.now() - t0 };
  } finally {
    restore();
  }
}

/** Route console and process.stdout/stderr writes into `out` until the returned function is called. */
function captureStrayOutput(out: { stdout: string; stderr: string }): () => void {
  const saved = { log: console.log, info: console.info, debug: console.debug, warn: console.warn, error: console.error };
  const savedWrite = { stdout: process.stdout.write, stderr: process.stderr.write };
  const line = (stream: 'stdout' | 'stderr') => (...args: unknown[]) => void (out[stream] += `${args.map(text).join(' ')}\n`);
  console.log = console.info = console.debug = line('stdout');
  console.warn = console.error = line('stderr');
  process.stdout.write = ((chunk: unknown) => ((out.stdout += text(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown) => ((out.stderr += text(chunk)), true)) as typeof process.stderr.write;
  return () => {
    Object.assign(console, saved);
    process.stdout.write = savedWrite.stdout;
    process.stderr.write = savedWrite.stderr;
  };
}

/** Spawn `node bin/unrec.js …` (the built dist) with colour off, as a user runs it. */
export function spawnUnrec(args: string[], options: CliOptions = {}): CliRun {
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
