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
import { readFile } from 'node:fs/promises';
import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { report } from './cli/reporter.js';
import { UnrecError } from './errors.js';
import { documentJsonSchema, parse } from './index.js';
import { inspectText } from './emit/inspect.js';
import { safeStringify, toJson } from './emit/json.js';
import { toNdjson } from './emit/ndjson.js';
import { isPdf, readText } from './read/index.js';
import type { PageRange } from './read/pdf.js';
import type { UnDocument } from './schema/document.js';

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  readStdin(): Promise<Uint8Array>;
  readFile(path: string): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** stderr is a terminal (colour allowed). */
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
}

export const VERSION = '0.1.0';

interface ParseFlags {
  format: 'json' | 'ndjson' | 'md';
  pages?: PageRange;
  lenient?: boolean;
  all?: boolean;
  strict?: boolean;
  color?: boolean;
  verbose?: boolean;
}

function makeChalk(io: CliIO, colorFlag: boolean | undefined, tty: boolean): ChalkInstance {
  // chalk 5.6.2 ignores NO_COLOR: honour it (and --no-color) ourselves.
  const off = colorFlag === false || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') || !tty;
  return new Chalk({ level: off ? 0 : io.env.FORCE_COLOR === '0' ? 0 : 1 });
}

async function readInput(path: string, io: CliIO): Promise<Uint8Array> {
  if (path === '-') return io.readStdin();
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? (error as Error).message})`;
    throw new UnrecError(`${path}: ${why}`, 'input-unreadable');
  }
}

async function parseCommand(files: string[], flags: ParseFlags, io: CliIO): Promise<number> {
  const chalk = makeChalk(io, flags.color, io.stderrIsTTY);
  const docs: UnDocument[] = [];
  let failed = false;
  let warned = false;
  const inputs = files.length ? files : ['-'];
  for (const path of inputs) {
    try {
      const bytes = await readInput(path, io);
      const doc = await parse(bytes, { path, all: flags.all, pages: flags.pages, lenient: flags.lenient });
      docs.push(doc);
      for (const line of report(path, doc.messages, { chalk, verbose: flags.verbose ?? false })) io.stderr.write(`${line}\n`);
      if (doc.messages.some((m) => m.severity !== 'info')) warned = true;
      if (flags.format === 'ndjson') io.stdout.write(toNdjson(doc));
    } catch (error) {
      failed = true;
      // One bad input never stops the others; a bug is named as one, with its stack.
      const message = error instanceof UnrecError ? error.message : `${path}: internal error (a bug, please report it): ${(error as Error).stack ?? String(error)}`;
      io.stderr.write(`${chalk.red('unrec:')} ${message}\n`);
    }
  }
  if (flags.format === 'json') {
    if (inputs.length > 1) io.stdout.write(toJson(docs));
    else if (docs[0]) io.stdout.write(toJson(docs[0]));
  }
  if (flags.format === 'md' && docs.length > 0) {
    const { toMarkdown } = await import('./emit/markdown.js');
    io.stdout.write(await toMarkdown(docs));
  }
  return failed || (flags.strict && warned) ? 1 : 0;
}

const ZONE_COLOURS: Record<string, (c: ChalkInstance) => ChalkInstance> = {
  header: (c) => c.magenta, footer: (c) => c.magenta, 'page-number': (c) => c.magenta, noise: (c) => c.gray,
  footnote: (c) => c.cyan, heading: (c) => c.bold.yellow, paragraph: (c) => c.white, item: (c) => c.green,
};

async function inspectCommand(path: string, flags: { page?: string; color?: boolean }, io: CliIO): Promise<number> {
  const chalk = makeChalk(io, flags.color, io.stdoutIsTTY);
  const bytes = await readInput(path, io);
  const page = flags.page === undefined ? null : Number(flags.page);
  let lines;
  if (isPdf(bytes)) {
    const [{ readPdf }, { layoutPages }] = await Promise.all([import('./read/pdf.js'), import('./read/pdf-layout.js')]);
    const range = page === null ? undefined : { first: page, last: page };
    const pdf = await readPdf(bytes, path, { range, lenient: true });
    const layout = layoutPages(pdf.pages);
    lines = inspectText(layout.text, layout, pdf.firstPage);
  } else {
    lines = inspectText(readText(bytes, path).text);
  }
  for (const l of lines) {
    if (page !== null && l.sheet !== page) continue;
    const colour = (ZONE_COLOURS[l.zone] ?? ((c: ChalkInstance) => c.white))(chalk);
    const where = l.pdf ? ` ${String(l.pdf.size).padStart(4)}pt ${String(l.pdf.x).padStart(3)},${String(l.pdf.y).padStart(3)}` : '';
    const head = `${String(l.sheet).padStart(3)} ${(l.label ?? '-').padStart(4)} ${l.zone.padEnd(11)} ${l.detail.padEnd(10)}${where}`;
    io.stdout.write(`${chalk.dim(head)} ${colour(l.text)}\n`);
  }
  return 0;
}

/** "11-25" or "12" → a page range; anything else is a usage error. */
function parsePageRange(value: string): PageRange {
  const m = /^([1-9]\d*)(?:-([1-9]\d*))?$/.exec(value.trim());
  if (!m || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) {
    throw new CommanderError(2, 'unrec.usage', `error: --pages expects a page or a range like 11-25, got "${value}"`);
  }
  return { first: Number(m[1]), last: Number(m[2] ?? m[1]) };
}

function program(io: CliIO, result: { code: number }): Command {
  const cli = new Command('unrec')
    .description('Turn United Nations documents into structured, validated recommendation records')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  cli
    .command('parse')
    .description('parse text files (or stdin, "-") into recommendation records')
    .argument('[files...]', 'input files; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'md']).default('json'))
    .option('--all', 'also output every paragraph, records or not')
    .option('--pages <range>', 'PDF only: read just these physical pages, e.g. 11-25 or 12', parsePageRange)
    .option('--lenient', 'PDF only: read a damaged PDF that pdf.js can rebuild (with a warning)')
    .option('--strict', 'exit 1 when any warning was reported')
    .option('--verbose', 'also print info messages')
    .option('--no-color', 'no colour on stderr')
    .action(async (files: string[], flags: ParseFlags) => {
      result.code = await parseCommand(files, flags, io);
    });
  cli
    .command('symbol')
    .description('parse, validate and explain UN document symbols')
    .argument('<symbols...>', 'symbols, e.g. E/CN.4/2000/82 "S/RES/2776 (2025)"')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (symbols: string[], flags: { format: 'text' | 'json' }) => {
      const { symbolInfo, symbolInfoText } = await import('./emit/symbol-info.js');
      const infos = symbols.map(symbolInfo);
      if (flags.format === 'json') io.stdout.write(`${safeStringify(infos, 2)}\n`);
      else io.stdout.write(infos.map((i) => symbolInfoText(i).join('\n')).join('\n\n') + '\n');
      result.code = infos.every((i) => i.valid) ? 0 : 1;
    });
  cli
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(() => {
      io.stdout.write(`${safeStringify(documentJsonSchema(), 2)}\n`);
    });
  cli
    .command('inspect')
    .description('show every line with the zone it was given')
    .argument('<file>', 'input file')
    .option('--page <n>', 'only this physical page (form feeds count pages)', (v) => {
      if (!/^[1-9]\d*$/.test(v)) throw new CommanderError(2, 'unrec.usage', `error: --page expects a positive number, got "${v}"`);
      return v;
    })
    .option('--no-color', 'no colour')
    .action(async (file: string, flags: { page?: string; color?: boolean }) => {
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
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      if (error.code === 'unrec.usage') io.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof UnrecError) {
      io.stderr.write(`unrec: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`unrec: internal error (a bug, please report it): ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Entry point of bin/unrec.js. */
export async function main(): Promise<void> {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const code = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readAll(process.stdin),
    readFile: (p) => readFile(p),
    env: process.env,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  });
  process.exitCode = code;
}
