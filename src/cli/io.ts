/** What the CLI needs from the process, as one interface so that commands are testable in-process. */
import { Chalk, type ChalkInstance } from 'chalk';
import { UnrecError, unreadable } from '../base/errors.js';

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Stdin, refused (InputError) once it passes `limit` bytes: --max-size bounds reading, not only parsing. */
  readStdin(limit?: number): Promise<Uint8Array>;
  /** A regular file, refused without reading when it is larger than `limit` (or a FIFO, a device). */
  readFile(path: string, limit?: number): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** stderr is a terminal (colour and progress allowed). */
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** stdin is a terminal: `parse` with no input shows help instead of waiting for typing. */
  stdinIsTTY?: boolean;
  /** Working directory inputs are relative to. */
  cwd: string;
  /** Register a Ctrl-C / SIGTERM handler; returns its remover. */
  onInterrupt(handler: () => void): () => void;
}

/** `--color auto|always|never`; `--no-color` arrives as false. */
export type ColorWhen = 'auto' | 'always' | 'never' | boolean | undefined;

/**
 * chalk 5.6.2 ignores NO_COLOR: honour it here. `always` wins over NO_COLOR
 * and a pipe (asked for by name); `auto` colours a terminal unless NO_COLOR or
 * FORCE_COLOR=0 says not to.
 */
export function makeChalk(env: CliIO['env'], color: ColorWhen, tty: boolean): ChalkInstance {
  if (color === 'always' || color === true) return new Chalk({ level: 1 });
  const off = color === false || color === 'never' || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || !tty || env.FORCE_COLOR === '0';
  return new Chalk({ level: off ? 0 : 1 });
}

/** The bytes of an input path; "-" is stdin. */
export async function readInput(path: string, io: CliIO, limit?: number): Promise<Uint8Array> {
  if (path === '-') return io.readStdin(limit);
  try {
    return await io.readFile(path, limit);
  } catch (error) {
    if (error instanceof UnrecError) throw error;
    throw unreadable(path, error);
  }
}

/**
 * Paths listed in a file or on stdin: NUL-separated as `find -print0` gives
 * (split on NUL only: a name may hold a newline), else one per line (a CRLF
 * line end is not part of the name). Names are kept as given, spaces and all.
 */
export async function readPathList(source: string, io: CliIO): Promise<string[]> {
  const text = Buffer.from(await readInput(source, io)).toString('utf8');
  const names = text.includes('\0') ? text.split('\0') : text.split('\n').map((l) => l.replace(/\r$/, ''));
  return names.filter((n) => n !== '');
}
