/**
 * Known failures, each with a friendly message and the documented exit code.
 * Anything else is a bug and is reported as such, never swallowed.
 */
import type { RuleId } from './rule-ids.js';

export class UnrecError extends Error {
  constructor(
    message: string,
    readonly ruleId: RuleId,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'UnrecError';
  }
}

/** An input that cannot be parsed (missing, unreadable, binary, unsupported). */
export class InputError extends UnrecError {
  constructor(message: string, ruleId: RuleId) {
    super(message, ruleId, 1);
    this.name = 'InputError';
  }
}

/** A command line that makes no sense. */
export class UsageError extends UnrecError {
  constructor(message: string) {
    super(message, 'usage', 2);
    this.name = 'UsageError';
  }
}

/** The error for an input that the file system would not give us. */
export function unreadable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'is a folder, not a file'
    : code === 'EACCES' ? 'permission denied'
    : `cannot be read (${code ?? (error as Error)?.message ?? String(error)})`;
  return new InputError(`${path}: ${why}`, 'input-unreadable');
}

/** A size for people: "64 MB", "1.5 MB", "300 KB", "12 bytes". */
function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** The error for an input over --max-size; `bytes` when known (a stream is stopped at the limit). */
export function tooLarge(path: string, limit: number, bytes?: number): InputError {
  const what = bytes === undefined ? 'is over' : `is ${size(bytes)}, over`;
  return new InputError(`${path}: ${what} the size limit of ${size(limit)} (raise it with --max-size)`, 'too-large');
}
