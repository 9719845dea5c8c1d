/**
 * The one place diagnostics become text on stderr, in one format for every
 * kind — a document's warnings, an input that failed, a batch notice, a usage
 * error:
 *
 *     path:line (page N)  severity  reason  rule-id
 *
 * (the place as far as it is known; `unrec` when no input is concerned),
 * coloured unless colour is off. `--errors json` gives the same fields as one
 * JSON object per line.
 */
import type { ChalkInstance } from 'chalk';
import { safeStringify } from '../emit/json.js';
import type { Message } from '../schema/document.js';
import { oneLine } from './one-line.js';

/** A diagnostic about one input (or about none: `path` null). */
export interface Diagnostic extends Pick<Message, 'ruleId' | 'severity' | 'reason'> {
  path: string | null;
  page?: number | null;
  line?: number | null;
}

export interface ReporterOptions {
  chalk: ChalkInstance;
  /** Show info messages too (warnings and errors always show). */
  verbose?: boolean;
  /** One JSON object per line instead of text. */
  json?: boolean;
}

/** An error message that begins with its input's path ("x.pdf: no such file") is told once, as the place. */
export function withoutPath(reason: string, path: string | null): string {
  return path !== null && reason.startsWith(`${path}: `) ? reason.slice(path.length + 2) : reason;
}

/** The diagnostic as one stderr line (no line end). */
export function formatDiagnostic(d: Diagnostic, { chalk, json }: ReporterOptions): string {
  const reason = withoutPath(d.reason, d.path);
  if (json) return safeStringify({ path: d.path, severity: d.severity, ruleId: d.ruleId, reason, page: d.page ?? null, line: d.line ?? null });
  // An empty name (`unrec parse ""`) is shown as such, so the line keeps its place column.
  const path = d.path === null ? 'unrec' : d.path === '' ? '""' : oneLine(d.path);
  const place = `${path}${d.line ? `:${d.line}` : ''}${d.page ? ` (page ${d.page})` : ''}`;
  const severity = d.severity === 'error' ? chalk.red('error') : d.severity === 'warning' ? chalk.yellow('warning') : chalk.blue('info');
  return `${chalk.dim(place)}  ${severity}  ${oneLine(reason)}  ${chalk.dim(d.ruleId)}`;
}

/** Lines to print for one document's messages. */
export function report(path: string, messages: readonly Pick<Message, 'ruleId' | 'severity' | 'reason' | 'page' | 'line'>[], options: ReporterOptions): string[] {
  return messages.filter((m) => options.verbose || m.severity !== 'info').map((m) => formatDiagnostic({ ...m, path }, options));
}
