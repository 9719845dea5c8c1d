/**
 * The run report, `unrec-report.ndjson` in the output folder: one line per
 * input with what happened to it. Lines are appended as inputs finish, so an
 * interrupted run still says what it did; a later run reads the last line
 * per input to skip what is already done, and a completed run rewrites the
 * report with exactly one line per input, in input order.
 */
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStringify } from '../emit/json.js';

export const REPORT_NAME = 'unrec-report.ndjson';

export interface ReportLine {
  path: string;
  status: 'ok' | 'failed' | 'skipped';
  sha256: string | null;
  records: number;
  pages: number;
  ms: number;
  output: string | null;
  /** unrec version and output options: a rerun skips an input only when these match. */
  settings: string;
  error?: string;
  /** The outcome was taken from the last run: the input had not changed. */
  reused?: boolean;
}

export class RunReport {
  readonly file: string;
  private readonly previous = new Map<string, ReportLine>();

  constructor(outDir: string) {
    this.file = join(outDir, REPORT_NAME);
    if (!existsSync(this.file)) return;
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as ReportLine;
        if (typeof entry.path === 'string') this.previous.set(entry.path, entry);
      } catch {
        // A line cut by a kill mid-write: ignore it, the input is redone.
      }
    }
  }

  /** The last outcome recorded for an input path. */
  last(path: string): ReportLine | undefined {
    return this.previous.get(path);
  }

  append(line: ReportLine): void {
    appendFileSync(this.file, `${safeStringify(line)}\n`);
  }

  /** After a complete run: one line per input, in input order, written atomically. */
  rewrite(lines: readonly ReportLine[]): void {
    const tmp = `${this.file}.unrec-tmp`;
    writeFileSync(tmp, lines.map((l) => `${safeStringify(l)}\n`).join(''));
    renameSync(tmp, this.file);
  }
}
