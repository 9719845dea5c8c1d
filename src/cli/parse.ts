/**
 * `unrec parse`: inputs in, documents or records out on stdout, diagnostics
 * on stderr. NDJSON and CSV stream: with --jobs N the inputs are parsed on
 * N worker threads and each document's records are written as one block, in
 * input order, so the stream is the same whatever N. With `--errors json`
 * every error and warning is a JSON line on stderr (for Hadoop Streaming,
 * Spark `RDD.pipe()` and other engines that read stderr as data).
 */
import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { ConvertResult } from '../batch/convert.js';
import { CSV_BOM, csvHeader } from '../emit/csv.js';
import { safeStringify, toJson } from '../emit/json.js';
import { streamChunk, type Format } from '../emit/serialize.js';
import { ResponseLinker } from '../assemble/link-responses.js';
import { UnrecError, UsageError } from '../base/errors.js';
import { parse } from '../index.js';
import type { Message, UnDocument } from '../schema/document.js';
import { makeChalk, readInput, readPathList, type CliIO } from './io.js';
import { oneLine } from './one-line.js';
import { toParseOptions, type ParseOptionFlags } from './options.js';
import { DEFAULT_LIMITS } from '../base/options.js';
import { report } from './reporter.js';

export interface ParseFlags extends ParseOptionFlags {
  format: Format;
  strict?: boolean;
  color?: boolean;
  verbose?: boolean;
  from?: string;
  jobs?: number;
  errors: 'text' | 'json';
}

type Diagnostic = Pick<Message, 'ruleId' | 'severity' | 'reason' | 'page' | 'line'>;

class Diagnostics {
  failed = false;
  warned = false;

  constructor(
    private readonly io: CliIO,
    private readonly flags: ParseFlags,
    private readonly chalk: ChalkInstance,
  ) {}

  messages(path: string, messages: readonly Diagnostic[]): void {
    if (messages.some((m) => m.severity !== 'info')) this.warned = true;
    if (this.flags.errors === 'json') {
      for (const m of messages) if (this.flags.verbose || m.severity !== 'info') this.io.stderr.write(`${safeStringify({ path, ...m })}\n`);
      return;
    }
    const full = messages.map((m) => ({ ...m, source: 'unrec' as const }));
    for (const line of report(oneLine(path), full, { chalk: this.chalk, verbose: this.flags.verbose ?? false })) this.io.stderr.write(`${line}\n`);
  }

  failure(path: string, message: string, ruleId: string): void {
    this.failed = true;
    if (this.flags.errors === 'json') this.io.stderr.write(`${safeStringify({ path, severity: 'error', ruleId, reason: message })}\n`);
    else this.io.stderr.write(`${this.chalk.red('unrec:')} ${oneLine(message)}\n`);
  }
}

function describe(error: unknown, path: string): { message: string; ruleId: string } {
  if (error instanceof UnrecError) return { message: error.message, ruleId: error.ruleId };
  return { message: `${path}: internal error (a bug, please report it): ${(error as Error).stack ?? String(error)}`, ruleId: 'internal-error' };
}

export async function parseCommand(files: string[], flags: ParseFlags, io: CliIO): Promise<number> {
  const chalk = makeChalk(io, flags.color, io.stderrIsTTY);
  const diagnostics = new Diagnostics(io, flags, chalk);
  if (flags.from === '-' && files.includes('-')) throw new UsageError('stdin cannot give both an input ("-") and the list of inputs (--from -)');
  const listed = flags.from ? await readPathList(flags.from, io) : [];
  const inputs = [...files, ...listed];
  if (inputs.length === 0) inputs.push('-');
  const streaming = flags.format === 'ndjson' || flags.format === 'csv';
  if (flags.format === 'csv') io.stdout.write(CSV_BOM + csvHeader());
  const options = toParseOptions(flags);

  if (streaming && (flags.jobs ?? 1) > 1 && !inputs.includes('-')) {
    const { runTasks } = await import('../batch/pool.js');
    const tasks = inputs.map((path) => ({
      input: resolve(io.cwd, path), display: path, output: null, temporary: null, format: flags.format, options, stream: true,
    }));
    const linker = new ResponseLinker<{ i: number; r: ConvertResult }>((doc, { i, r }) => {
      if (r.status === 'ok') {
        io.stdout.write(doc ? streamChunk(doc, flags.format) : (r.text ?? ''));
        diagnostics.messages(inputs[i]!, doc ? doc.messages.filter((m) => m.severity !== 'info') : (r.messages ?? []));
      } else diagnostics.failure(inputs[i]!, r.error ?? 'failed', r.ruleId ?? 'failed');
    });
    const pool = runTasks(tasks, flags.jobs!, () => undefined, (i, r: ConvertResult) => linker.push(r.document ?? null, { i, r }));
    await pool.done;
    linker.flush();
    return diagnostics.failed || (flags.strict && diagnostics.warned) ? 1 : 0;
  }

  // A UPR report and its addendum among the inputs: the report's records take the addendum's answers.
  const docs: UnDocument[] = [];
  const linker = new ResponseLinker<string>((doc, path) => {
    if (!doc) return;
    diagnostics.messages(path, doc.messages);
    if (streaming) io.stdout.write(streamChunk(doc, flags.format));
    else docs.push(doc);
  });
  for (const path of inputs) {
    try {
      const bytes = await readInput(path, io, options.maxBytes ?? DEFAULT_LIMITS.maxBytes);
      linker.push(await parse(bytes, { ...options, path }), path);
    } catch (error) {
      // One bad input never stops the others; a bug is named as one, with its stack.
      const { message, ruleId } = describe(error, path);
      diagnostics.failure(path, message, ruleId);
      linker.push(null, path);
    }
  }
  linker.flush();
  if (flags.format === 'json') {
    if (inputs.length > 1) io.stdout.write(toJson(docs));
    else if (docs[0]) io.stdout.write(toJson(docs[0]));
  }
  if (flags.format === 'md' && docs.length > 0) {
    const { toMarkdown } = await import('../emit/markdown.js');
    io.stdout.write(await toMarkdown(docs));
  }
  return diagnostics.failed || (flags.strict && diagnostics.warned) ? 1 : 0;
}
