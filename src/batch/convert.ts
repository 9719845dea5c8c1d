/**
 * One batch task: read an input, hash it, parse it, write its output
 * atomically (a temporary file in the same folder, then a rename), and say
 * what happened. Runs in a worker thread or, with --jobs 1, in the main
 * thread; either way the output bytes are the same.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UnrecError } from '../base/errors.js';
import { DEFAULT_LIMITS, type ParseOptions } from '../base/options.js';
import { writeProblem } from './out-dir.js';
import { readInputFile } from './read-file.js';
import type { RuleId } from '../base/rule-ids.js';
import { parse, sha256Hex } from '../index.js';
import { awaitsAnswers } from '../assemble/link-responses.js';
import { serializeDocument, streamChunk, type EmitOptions, type Format } from '../emit/serialize.js';
import type { Message, UnDocument } from '../schema/document.js';

export interface ConvertTask {
  input: string;
  /** Source path shown in the output (`source.path`). */
  display: string;
  /** Final output path, or null to return the serialized text instead of writing it. */
  output: string | null;
  /** Temporary path next to `output`, renamed over it when complete. */
  temporary: string | null;
  format: Format;
  options: ParseOptions;
  /** Layout beyond the format (CSV --item-rows). */
  emit?: EmitOptions;
  /** When given, skip the parse if the input's hash is this one. */
  skipIfSha256?: string;
  /** When given, the input is refused with this reason before anything is read. */
  refusal?: { message: string; ruleId: RuleId };
  /** Return the document's part of a stream (NDJSON lines, CSV rows) instead of a whole file. */
  stream?: boolean;
  /**
   * A batch that links UPR reports with their addenda (src/batch/links.ts): an
   * addendum is written and also given back; a report with pending
   * recommendations is given back unwritten, for the caller to link and write.
   */
  link?: boolean;
}

export interface ConvertResult {
  status: 'ok' | 'failed' | 'skipped';
  sha256: string | null;
  records: number;
  pages: number;
  ms: number;
  error?: string;
  ruleId?: RuleId;
  /**
   * What a failure came from: the input (remembered: the same bytes would fail
   * again), the output side (disk full, read-only, a folder in the way: retried
   * on the next run) or the run (a worker died, an interrupt: retried).
   */
  cause?: 'input' | 'output' | 'run';
  /** The serialized output when `output` was null (streams). */
  text?: string;
  /** A streamed UPR report or addendum, or a linked batch's report or addendum, for the caller to link the two (assemble/link-responses.ts). */
  document?: UnDocument;
  /** A linked batch's report came back unwritten: the caller writes it (writeOutput). */
  unwritten?: boolean;
  /** Diagnostics worth showing (warnings and errors), as data. */
  messages?: Pick<Message, 'ruleId' | 'severity' | 'reason' | 'page' | 'line'>[];
}

/** Remove a temporary if it is there; a path that cannot even be looked at (a file in the way) has none. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there
  }
}

/** Write an output atomically: a temporary in the same folder, renamed over the output. Null when written. */
export function writeOutput(task: ConvertTask, text: string): Pick<ConvertResult, 'error' | 'ruleId' | 'cause'> | null {
  if (!task.output || !task.temporary) return null;
  try {
    mkdirSync(dirname(task.output), { recursive: true });
    writeFileSync(task.temporary, text, { flag: 'wx' });
    renameSync(task.temporary, task.output);
    return null;
  } catch (error) {
    return { error: `${task.display}: cannot write ${task.output}: ${writeProblem(error)}`, ruleId: 'output-unwritable', cause: 'output' };
  } finally {
    removeQuietly(task.temporary);
  }
}

export async function convert(task: ConvertTask): Promise<ConvertResult> {
  const t0 = performance.now();
  const elapsed = () => Math.round(performance.now() - t0);
  let sha256: string | null = null;
  if (task.refusal) return { status: 'failed', sha256, records: 0, pages: 0, ms: 0, error: task.refusal.message, ruleId: task.refusal.ruleId, cause: 'output' };
  try {
    const bytes = readInputFile(task.input, task.display, task.options.maxBytes ?? DEFAULT_LIMITS.maxBytes);
    sha256 = sha256Hex(bytes);
    if (task.skipIfSha256 === sha256) return { status: 'skipped', sha256, records: 0, pages: 0, ms: elapsed() };
    const doc = await parse(bytes, { ...task.options, path: task.display });
    const counts = { sha256, records: doc.recommendations.length, pages: doc.pages.length };
    const messages = doc.messages
      .filter((m) => m.severity !== 'info')
      .map(({ ruleId, severity, reason, page, line }) => ({ ruleId, severity, reason, page, line }));
    if (task.link && awaitsAnswers(doc)) return { status: 'ok', ...counts, ms: elapsed(), document: doc, unwritten: true, messages };
    // A streamed UPR document goes back whole, to be linked with its report or addendum and serialized then.
    const linkable = task.stream === true && doc.docKind === 'upr';
    const text = linkable ? '' : task.stream ? streamChunk(doc, task.format, task.emit) : await serializeDocument(doc, task.format, task.emit);
    if (task.output && task.temporary) {
      const failure = writeOutput(task, text);
      if (failure) return { status: 'failed', sha256, records: 0, pages: 0, ms: elapsed(), ...failure };
      const answers = task.link && doc.responses.length > 0 ? { document: { ...doc, recommendations: [], pages: [], paragraphs: undefined } } : {};
      return { status: 'ok', ...counts, ms: elapsed(), messages, ...answers };
    }
    return { status: 'ok', ...counts, ms: elapsed(), ...(linkable ? { document: doc } : { text }), messages };
  } catch (error) {
    const known = error instanceof UnrecError;
    const message = known ? error.message : `${task.display}: internal error (a bug, please report it): ${(error as Error).message}`;
    return { status: 'failed', sha256, records: 0, pages: 0, ms: elapsed(), error: message, ruleId: known ? error.ruleId : 'internal-error', cause: known ? 'input' : 'run' };
  }
}
