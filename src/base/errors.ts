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
