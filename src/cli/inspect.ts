/** `unrec inspect`: every line with its zone (and, for a PDF, font size and position), coloured. */
import type { ChalkInstance } from 'chalk';
import { inspectLines } from '../emit/inspect.js';
import { InputError } from '../base/errors.js';
import { runPipeline } from '../pipeline.js';
import { makeChalk, readInput, type CliIO, type ColorWhen } from './io.js';

const ZONE_COLOURS: Record<string, (c: ChalkInstance) => ChalkInstance> = {
  header: (c) => c.magenta, footer: (c) => c.magenta, 'page-number': (c) => c.magenta, noise: (c) => c.gray,
  footnote: (c) => c.cyan, heading: (c) => c.bold.yellow, paragraph: (c) => c.white, item: (c) => c.green,
};

export async function inspectCommand(path: string, flags: { page?: string; color?: ColorWhen }, io: CliIO): Promise<number> {
  const chalk = makeChalk(io.env, flags.color, io.stdoutIsTTY);
  const bytes = await readInput(path, io);
  const page = flags.page === undefined ? null : Number(flags.page);
  // A damaged PDF is still worth looking at: read it as --lenient would.
  const run = await runPipeline(bytes, { path, lenient: true, ...(page === null ? {} : { pages: { first: page, last: page } }) });
  const lines = inspectLines(run);
  const sheets = lines.length ? lines[lines.length - 1]!.sheet : 0;
  if (page !== null && !run.read.pdf && page > sheets) {
    throw new InputError(`${path}: page ${page} is past the end (${sheets} ${sheets === 1 ? 'page' : 'pages'}; pages are counted by form feeds)`, 'pdf-page-range');
  }
  for (const l of lines) {
    if (page !== null && l.sheet !== page) continue;
    const colour = (ZONE_COLOURS[l.zone] ?? ((c: ChalkInstance) => c.white))(chalk);
    const where = l.pdf ? ` ${String(l.pdf.size).padStart(4)}pt ${String(l.pdf.x).padStart(3)},${String(l.pdf.y).padStart(3)}` : '';
    const head = `${String(l.sheet).padStart(3)} ${(l.label ?? '-').padStart(4)} ${l.zone.padEnd(11)} ${l.detail.padEnd(10)}${where}`;
    const removed = l.removed ? chalk.dim(`  [removed: ${l.removed.join(', ')}]`) : '';
    io.stdout.write(`${chalk.dim(head)} ${colour(l.text)}${removed}\n`);
  }
  return 0;
}
