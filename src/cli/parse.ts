/**
 * `unrec parse`: inputs in, documents or records out on stdout, diagnostics
 * on stderr. The shape of stdout does not depend on the number of inputs:
 * JSON is one document object per input, written one after another (jq reads
 * them as a stream); NDJSON is one record per line; CSV one header, then rows.
 * With --jobs N the inputs are parsed on N worker threads and each document
 * is written as one block, in input order, so the output is the same whatever
 * N. With `--errors json` every error and warning is a JSON line on stderr;
 * with `--on-error record` an input that fails is one error line in the
 * NDJSON stream itself (for map steps: Spark, Dask, Hadoop Streaming).
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { ConvertResult } from '../batch/convert.js';
import { CSV_BOM, csvHeader } from '../emit/csv.js';
import { errorNdjson } from '../emit/ndjson.js';
import { streamChunk, type EmitOptions, type Format } from '../emit/serialize.js';
import { ResponseLinker } from '../assemble/link-responses.js';
import { UnrecError, UsageError } from '../base/errors.js';
import { parse } from '../index.js';
import type { Message, UnDocument } from '../schema/document.js';
import { makeChalk, readInput, readPathList, type CliIO, type ColorWhen } from './io.js';
import { checkLayoutFlags, toParseOptions, type ParseOptionFlags } from './options.js';
import { DEFAULT_LIMITS } from '../base/options.js';
import { formatDiagnostic, report, withoutPath } from './reporter.js';

export interface ParseFlags extends ParseOptionFlags {
  format: Format;
  strict?: boolean;
  color?: ColorWhen;
  verbose?: boolean;
  from?: string;
  jobs?: number;
  /** '1' or '2' (commander's choices). */
  pdfThreads?: string;
  errors: 'text' | 'json';
  onError: 'exit' | 'record';
  itemRows?: boolean;
}

type DocMessage = Pick<Message, 'ruleId' | 'severity' | 'reason' | 'page' | 'line'>;

class Diagnostics {
  failed = false;
  warned = false;

  constructor(
    private readonly io: CliIO,
    private readonly flags: ParseFlags,
    private readonly chalk: ChalkInstance,
  ) {}

  messages(path: string, messages: readonly DocMessage[]): void {
    if (messages.some((m) => m.severity !== 'info')) this.warned = true;
    const options = { chalk: this.chalk, verbose: this.flags.verbose ?? false, json: this.flags.errors === 'json' };
    for (const line of report(path, messages, options)) this.io.stderr.write(`${line}\n`);
  }

  /** An input that gave no document: on stderr, and with --on-error record also as its one line in the stream (exit 0). */
  failure(path: string, reason: string, ruleId: string): void {
    const d = { path, severity: 'error' as const, ruleId, reason, page: null, line: null };
    this.io.stderr.write(`${formatDiagnostic(d, { chalk: this.chalk, json: this.flags.errors === 'json' })}\n`);
    if (this.flags.onError === 'record') this.io.stdout.write(errorNdjson({ source: path, error: { ruleId, severity: 'error', reason: withoutPath(reason, path), page: null, line: null } }));
    else this.failed = true;
  }
}

function describe(error: unknown, path: string): { message: string; ruleId: string } {
  if (error instanceof UnrecError) return { message: error.message, ruleId: error.ruleId };
  return { message: `${path}: internal error (a bug, please report it): ${(error as Error).stack ?? String(error)}`, ruleId: 'internal-error' };
}

/** Flags that only make sense with some formats: refused elsewhere rather than silently ignored. */
function checkFlags(flags: ParseFlags, files: readonly string[]): void {
  if (flags.from === '-' && files.includes('-')) throw new UsageError('stdin cannot give both an input ("-") and the list of inputs (--from -)');
  if (flags.onError === 'record' && flags.format !== 'ndjson') throw new UsageError('--on-error record needs --format ndjson: the error lines go into the record stream');
  checkLayoutFlags(flags.format, flags);
}

export async function parseCommand(files: string[], flags: ParseFlags, io: CliIO, showHelp: () => void): Promise<number> {
  const chalk = makeChalk(io.env, flags.color, io.stderrIsTTY);
  const diagnostics = new Diagnostics(io, flags, chalk);
  checkFlags(flags, files);
  const listed = flags.from ? await readPathList(flags.from, io) : [];
  const inputs = [...files, ...listed];
  if (inputs.length === 0) {
    // Nothing given and nobody piping: say how to use it rather than wait for typing.
    if (io.stdinIsTTY && !flags.from) {
      showHelp();
      return 2;
    }
    inputs.push('-');
  }
  const streaming = flags.format !== 'md';
  const emit: EmitOptions = { itemRows: Boolean(flags.itemRows) };
  if (flags.format === 'csv') io.stdout.write(CSV_BOM + csvHeader({ all: Boolean(flags.all), itemRows: emit.itemRows }));
  const options = toParseOptions(flags);

  if (streaming && (flags.jobs ?? 1) > 1 && !inputs.includes('-')) {
    const { runTasks } = await import('../batch/pool.js');
    const tasks = inputs.map((path) => ({
      input: resolve(io.cwd, path), display: path, output: null, temporary: null, format: flags.format, options, emit, stream: true,
    }));
    const linker = new ResponseLinker<{ i: number; r: ConvertResult }>((doc, { i, r }) => {
      if (r.status === 'ok') {
        io.stdout.write(doc ? streamChunk(doc, flags.format, emit) : (r.text ?? ''));
        diagnostics.messages(inputs[i]!, doc ? doc.messages.filter((m) => m.severity !== 'info') : (r.messages ?? []));
      } else diagnostics.failure(inputs[i]!, r.error ?? 'failed', r.ruleId ?? 'failed');
    });
    const pool = runTasks(tasks, flags.jobs!, () => undefined, (i, r: ConvertResult) => linker.push(r.document ?? null, { i, r }));
    await pool.done;
    linker.flush();
    return diagnostics.failed || (flags.strict && diagnostics.warned) ? 1 : 0;
  }

  // One input at a time: a long PDF may take the second core for half its pages.
  const PDF_THREADS = flags.pdfThreads ? Number(flags.pdfThreads) : Math.min(2, availableParallelism());
  // A UPR report and its addendum among the inputs: the report's records take the addendum's answers.
  const docs: UnDocument[] = [];
  const linker = new ResponseLinker<string>((doc, path) => {
    if (!doc) return;
    diagnostics.messages(path, doc.messages);
    if (streaming) io.stdout.write(streamChunk(doc, flags.format, emit));
    else docs.push(doc);
  });
  for (const path of inputs) {
    try {
      const bytes = await readInput(path, io, options.maxBytes ?? DEFAULT_LIMITS.maxBytes);
      linker.push(await parse(bytes, { ...options, path, pdfThreads: PDF_THREADS }), path);
    } catch (error) {
      // One bad input never stops the others; a bug is named as one, with its stack.
      const { message, ruleId } = describe(error, path);
      diagnostics.failure(path, message, ruleId);
      linker.push(null, path);
    }
  }
  linker.flush();
  if (flags.format === 'md' && docs.length > 0) {
    const { toMarkdown } = await import('../emit/markdown.js');
    io.stdout.write(await toMarkdown(docs));
  }
  return diagnostics.failed || (flags.strict && diagnostics.warned) ? 1 : 0;
}
