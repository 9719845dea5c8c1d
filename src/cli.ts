/**
 * The command line: the only module that touches process, files, colour and
 * exit codes. `run(argv, io)` is testable in-process; `main()` wires it to
 * the real process.
 *
 * Exit codes (documented in the README):
 *   0  every input parsed (warnings allowed unless --strict)
 *   1  an input could not be parsed (the others are still output), or a
 *      warning under --strict
 *   2  usage error (unknown command or option, bad value)
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import type { BatchFlags } from './cli/batch.js';
import type { CliIO } from './cli/io.js';
import type { ParseFlags } from './cli/parse.js';
import { safeStringify } from './emit/json.js';
import { UnrecError, UsageError, tooLarge } from './base/errors.js';
import { makeChalk, type ColorWhen } from './cli/io.js';
import { formatDiagnostic } from './cli/reporter.js';
import { readInputFile } from './batch/read-file.js';
import { addParseOptions } from './cli/options.js';
import { FORMATS } from './emit/serialize.js';

export type { CliIO } from './cli/io.js';

const VERSION = '0.1.0';

/** "--jobs 4" → 4; anything but a positive integer is a usage error. */
/** More worker threads than this only add memory: each holds its own pdf.js. */
const MAX_JOBS = 64;

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value) || Number(value) > MAX_JOBS) throw new CommanderError(2, 'unrec.usage', `error: --jobs expects a number from 1 to ${MAX_JOBS}, got "${value}"`);
  return Number(value);
}

/** "--timeout 120" → milliseconds. */
function parseSeconds(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new CommanderError(2, 'unrec.usage', `error: --timeout expects a number of seconds, got "${value}"`);
  return Number(value) * 1000;
}

function program(io: CliIO, result: { code: number }): Command {
  const cli = new Command('unrec')
    .description('Turn United Nations documents into structured, validated recommendation records')
    .version(VERSION)
    .exitOverride()
    // Commander's own error lines are told by run() in the one format; its help and version go where they go.
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined });
  const parse = cli
    .command('parse')
    .description('parse UN documents — PDF, text (pdftotext, pasted, flattened) or Markdown — into recommendation records')
    .argument('[files...]', 'input files (.pdf, .txt, .md); "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format: json (one document object per input), ndjson (one record per line), md, csv').choices(FORMATS).default('json'))
    .option('--from <file>', 'also read input paths, one per line, from a file or "-" (stdin)')
    .option('-j, --jobs <n>', 'parse on n worker threads (output order stays the same; not for md)', parseJobs)
    .addOption(new Option('--pdf-threads <n>', 'with one job: threads a PDF of 64 pages or more is read on (default 2 where there are two cores; 1 where every core already runs an unrec)').choices(['1', '2']))
    .addOption(new Option('--errors <format>', 'how errors and warnings go to stderr').choices(['text', 'json']).default('text'))
    .addOption(new Option('--on-error <what>', 'exit: a failed input makes the exit code 1; record: it is one error line in the NDJSON stream, exit 0').choices(['exit', 'record']).default('exit'))
    .option('--item-rows', 'CSV: one row per sub-item (columns item, itemMarker, itemText)');
  addParseOptions(parse, { pages: true })
    .option('--strict', 'exit 1 when any warning was reported')
    .option('--verbose', 'also print info messages');
  addColorOptions(parse).action(async (files: string[], flags: ParseFlags) => {
    const { parseCommand } = await import('./cli/parse.js');
    result.code = await parseCommand(files, flags, io, () => parse.outputHelp({ error: true }));
  });
  const batch = cli
    .command('batch')
    .description('convert files, folders, globs or a list of paths into an output folder, on all cores, resumably')
    .argument('[inputs...]', 'files, folders (searched for .pdf, .txt, .md) or glob patterns')
    .requiredOption('-o, --out-dir <dir>', 'output folder (created if needed)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-j, --jobs <n>', `worker threads (default: the number of cores, ${availableParallelism()} here)`, parseJobs)
    .option('--from <file>', 'read input paths, one per line, from a file or "-" (stdin)')
    .option('--force', 'redo every input, even those the last run already converted')
    .option('--quiet', 'no progress and no summary')
    .option('--timeout <seconds>', 'stop an input that takes longer than this (default 300); the batch goes on', parseSeconds)
    .option('--item-rows', 'CSV: one row per sub-item (columns item, itemMarker, itemText)');
  addColorOptions(addParseOptions(batch, { pages: false })).action(async (inputs: string[], flags: BatchFlags) => {
      const { batchCommand } = await import('./cli/batch.js');
    result.code = await batchCommand(inputs, flags, io, VERSION);
  });
  cli
    .command('symbol')
    .description('parse, validate and explain UN document symbols')
    .argument('<symbols...>', 'symbols, e.g. E/CN.4/2000/82 "S/RES/2776 (2025)"; "-" reads them from stdin, one per line')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (args: string[], flags: { format: 'text' | 'json' }) => {
      const { symbolInfo, symbolInfoText } = await import('./emit/symbol-info.js');
      const symbols = args.includes('-') ? await withStdinSymbols(args, io) : args;
      const infos = symbols.map(symbolInfo);
      if (flags.format === 'json') io.stdout.write(`${safeStringify(infos, 2)}\n`);
      else io.stdout.write(infos.map((i) => symbolInfoText(i).join('\n')).join('\n\n') + '\n');
      result.code = infos.every((i) => i.valid) ? 0 : 1;
    });
  cli
    .command('schema')
    .description('print the JSON Schema of the output')
    .option('--record', 'the schema of one NDJSON line (a record with its document context) instead of a document')
    .option('--error', 'the schema of the error line `--on-error record` writes for an input that failed')
    .option('--spark', 'an NDJSON line (record or error) as a Spark schema, for StructType.fromJson')
    .action(async (flags: { record?: boolean; error?: boolean; spark?: boolean }) => {
      const { documentJsonSchema, errorLineJsonSchema, recordLineJsonSchema, sparkLineSchema } = await import('./schema/json-schema.js');
      if ([flags.record, flags.error, flags.spark].filter(Boolean).length > 1) throw new UsageError('--record, --error and --spark: one schema at a time');
      const schema = flags.record ? recordLineJsonSchema() : flags.error ? errorLineJsonSchema() : flags.spark ? sparkLineSchema() : documentJsonSchema();
      io.stdout.write(`${safeStringify(schema, 2)}\n`);
    });
  const inspect = cli
    .command('inspect')
    .description('show every line with the zone it was given')
    .argument('<file>', 'input file')
    .option('--page <n>', 'only this physical page (form feeds count pages)', (v) => {
      if (!/^[1-9]\d*$/.test(v)) throw new CommanderError(2, 'unrec.usage', `error: --page expects a positive number, got "${v}"`);
      return v;
    })
  ;
  addColorOptions(inspect).action(async (file: string, flags: { page?: string; color?: ColorWhen }) => {
    const { inspectCommand } = await import('./cli/inspect.js');
    result.code = await inspectCommand(file, flags, io);
  });
  return cli;
}

/** Run the CLI with the given arguments (without node and script) and IO; resolves to the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const result = { code: 0 };
  try {
    await program(io, result).parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    const chalk = makeChalk(io.env, undefined, io.stderrIsTTY);
    const say = (reason: string, ruleId: string) => io.stderr.write(`${formatDiagnostic({ path: null, severity: 'error', ruleId, reason, page: null, line: null }, { chalk })}\n`);
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      say(error.message.replace(/^error: /, ''), 'usage');
      return 2;
    }
    if (error instanceof UnrecError) {
      say(error.message, error.ruleId);
      return error.exitCode;
    }
    say(`internal error (a bug, please report it): ${(error as Error).stack ?? String(error)}`, 'internal-error');
    return 1;
  }
}

/** `unrec symbol -`: the symbols on stdin, one per line, in the place of the "-". */
async function withStdinSymbols(args: readonly string[], io: CliIO): Promise<string[]> {
  const lines = Buffer.from(await io.readStdin()).toString('utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return args.flatMap((a) => (a === '-' ? lines : [a]));
}

/** `--color auto|always|never` and its short form `--no-color`, on every command that writes colour. */
function addColorOptions(command: Command): Command {
  return command
    .addOption(new Option('--color <when>', 'colour on stderr (inspect: stdout)').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-color', 'the same as --color never (NO_COLOR is honoured too)');
}

/** Stdin with a running byte count: stopped at the limit, not read to the end (`< /dev/zero`). */
async function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > limit) throw tooLarge('-', limit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Entry point of bin/unrec.js. */
export async function main(): Promise<void> {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // A full disk or a closed device behind stdout (`> /dev/full`): one plain line, exit 1.
    const reason = `cannot write the output to stdout: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message} (${error.code ?? 'error'})`;
    process.stderr.write(`${formatDiagnostic({ path: null, severity: 'error', ruleId: 'stdout-unwritable', reason }, { chalk: makeChalk(process.env, undefined, Boolean(process.stderr.isTTY)) })}\n`);
    process.exit(1);
  });
  const code = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: (limit) => readAll(process.stdin, limit),
    readFile: async (p, limit) => readInputFile(p, p, limit),
    env: process.env,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    cwd: process.cwd(),
    onInterrupt(handler) {
      const once = () => handler();
      process.once('SIGINT', once);
      process.once('SIGTERM', once);
      return () => {
        process.off('SIGINT', once);
        process.off('SIGTERM', once);
      };
    },
  });
  process.exitCode = code;
}
