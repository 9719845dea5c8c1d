/**
 * The run report, `.unrec/report.ndjson` in the output folder — in a hidden
 * folder of its own, so that `cat out/*.ndjson`, recursive globs, Spark
 * and Hadoop (which pass over names starting with "." or "_") never mix it
 * with the outputs. One line per
 * input with what happened to it. Lines are appended as inputs finish, so an
 * interrupted run still says what it did; a later run reads the last line
 * per input to skip what is already done, and a completed run rewrites the
 * report with exactly one line per input, in input order.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { safeStringify } from '../emit/json.js';
import type { LinkRecord } from './links.js';
import { isLink } from './out-dir.js';

/** Where the report is, relative to --out-dir. */
export const REPORT_NAME = '.unrec/report.ndjson';
/** Where unrec before schema 1.3 kept it: still read, so an upgrade neither redoes nor refuses earlier outputs; removed after a complete run. */
const LEGACY_REPORT_NAME = 'unrec-report.ndjson';

/** A regular file (never read a device: /dev/zero-like files never end). */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface ReportLine {
  path: string;
  /** The input's absolute path: the key a later run finds it by, from whatever working directory. */
  input?: string;
  status: 'ok' | 'failed' | 'skipped';
  sha256: string | null;
  records: number;
  pages: number;
  ms: number;
  output: string | null;
  /** unrec version and output options: a rerun skips an input only when these match. */
  settings: string;
  error?: string;
  /** What a failure came from; only an input's own failure is remembered by the next run. */
  cause?: 'input' | 'output' | 'run';
  /** The outcome was taken from the last run: the input had not changed. */
  reused?: boolean;
  /** A UPR report linked with an addendum, or an addendum: what a rerun needs to keep the link right. */
  link?: LinkRecord;
}

export class RunReport {
  readonly file: string;
  private readonly previous = new Map<string, ReportLine>();
  /** The file ends mid-line (a write cut by a full disk or a kill). */
  private broken: boolean;

  private readonly legacy: string;

  constructor(outDir: string) {
    this.file = join(outDir, REPORT_NAME);
    this.legacy = join(outDir, LEGACY_REPORT_NAME);
    this.broken = this.endsMidLine();
    // The old report first: lines of the new one, written later, win.
    for (const file of [this.legacy, this.file]) this.read(file);
  }

  private read(file: string): void {
    if (!isRegularFile(file) || isLink(file)) return; // none yet; a folder or a device in its place fails at the first append
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as ReportLine;
        if (typeof entry.path === 'string') this.previous.set(entry.input ?? entry.path, entry);
      } catch {
        // A line cut by a kill mid-write: ignore it, the input is redone.
      }
    }
  }

  /** The outputs the recorded runs wrote, each with the input it was written for. */
  outputs(): Map<string, string> {
    return new Map([...this.previous.values()].flatMap((l) => (l.output ? [[l.output, l.path] as const] : [])));
  }

  /** The last outcome recorded for an input, by its absolute path (or, in reports of older runs, as shown). */
  last(input: { absolute: string; display: string }): ReportLine | undefined {
    return this.previous.get(input.absolute) ?? this.previous.get(input.display);
  }

  /**
   * Append one line. A failed append (disk full) does not stop the batch: it
   * is said once, and the next line starts on a line of its own, so a half
   * line is never glued onto (the reader ignores it: that input is redone).
   * Returns false when the line could not be written.
   */
  append(line: ReportLine): boolean {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      appendFileSync(this.file, `${this.broken ? '\n' : ''}${safeStringify(line)}\n`);
      this.broken = false;
      return true;
    } catch {
      this.broken = true;
      return false;
    }
  }

  private endsMidLine(): boolean {
    if (!isRegularFile(this.file)) return false;
    try {
      const text = readFileSync(this.file, 'utf8');
      return text.length > 0 && !text.endsWith('\n');
    } catch {
      return false;
    }
  }

  /**
   * After a complete run: one line per input, in input order, written
   * atomically (`run` marks the temporary). Inputs of earlier runs left out of
   * this one keep their lines while their outputs are there: those outputs
   * stay unrec's, and a later run over all inputs neither refuses nor redoes them.
   */
  rewrite(lines: readonly ReportLine[], run: string): boolean {
    const now = new Set(lines.map((l) => l.input ?? l.path));
    const kept = [...this.previous].filter(([key, l]) => !now.has(key) && l.output !== null && existsSync(l.output)).map(([, l]) => l);
    const tmp = `${this.file}.unrec-tmp-${run}`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(tmp, [...lines, ...kept].map((l) => `${safeStringify(l)}\n`).join(''), { flag: 'wx' });
      renameSync(tmp, this.file);
      // Everything the old report knew is in the new one now.
      if (isRegularFile(this.legacy) && !isLink(this.legacy)) rmSync(this.legacy);
      return true;
    } catch {
      rmSync(tmp, { force: true });
      return false;
    }
  }
}
