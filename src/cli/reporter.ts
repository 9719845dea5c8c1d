/**
 * The one place diagnostics become text on stderr:
 * `path:line  severity  reason  rule-id`, coloured unless colour is off.
 */
import type { ChalkInstance } from 'chalk';
import type { Message } from '../schema/document.js';

export interface ReporterOptions {
  chalk: ChalkInstance;
  /** Show info messages too (warnings and errors always show). */
  verbose: boolean;
}

function formatMessage(path: string, m: Message, { chalk }: ReporterOptions): string {
  const place = m.line !== null ? `${path}:${m.line}` : m.page !== null ? `${path} (page ${m.page})` : path;
  const severity =
    m.severity === 'error' ? chalk.red('error') : m.severity === 'warning' ? chalk.yellow('warning') : chalk.blue('info');
  return `${chalk.dim(place)}  ${severity}  ${m.reason}  ${chalk.dim(m.ruleId)}`;
}

/** Lines to print for one document's messages. */
export function report(path: string, messages: readonly Message[], options: ReporterOptions): string[] {
  return messages.filter((m) => options.verbose || m.severity !== 'info').map((m) => formatMessage(path, m, options));
}
