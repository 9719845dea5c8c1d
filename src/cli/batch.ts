/**
 * `unrec batch`: convert many inputs into an output folder, one output per
 * input, on all cores, resumably. Part of the CLI layer: it touches files,
 * signals and the terminal; the conversion itself is src/batch/convert.ts.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { commonRoot, expandInputs, outputPath, type BatchInput, type Skipped } from '../batch/inputs.js';
import { writeOutput, type ConvertResult, type ConvertTask } from '../batch/convert.js';
import { BatchLinks, type LinkRecord } from '../batch/links.js';
import { isLink, lockOutDir, occupied, removeStaleTemporaries, runMarker, staysInside, writeProblem } from '../batch/out-dir.js';
import { runTasks } from '../batch/pool.js';
import { RunReport, REPORT_NAME, type ReportLine } from '../batch/report.js';
import { EXTENSIONS, serializeDocument, type EmitOptions, type Format } from '../emit/serialize.js';
import type { UnDocument } from '../schema/document.js';
import { UnrecError, UsageError } from '../base/errors.js';
import { DEFAULT_PDF_ENGINE, type ParseOptions } from '../base/options.js';
import { SCHEMA_VERSION } from '../schema/document.js';
import { makeChalk, readPathList, type CliIO, type ColorWhen } from './io.js';
import { formatDiagnostic, type Diagnostic } from './reporter.js';
import { checkLayoutFlags, toParseOptions, type ParseOptionFlags } from './options.js';
import { formatProgress, formatSummary, type Tally } from './progress.js';

export interface BatchFlags extends ParseOptionFlags {
  outDir: string;
  jobs?: number;
  format: Format;
  from?: string;
  force?: boolean;
  quiet?: boolean;
  /** Per-input time limit, in milliseconds. */
  timeout?: number;
  itemRows?: boolean;
  color?: ColorWhen;
}

/** Per-input limits of a batch: a pathological PDF (quadratic in pdf.js) or a compression bomb fails alone. */
const DEFAULT_TIMEOUT_MS = 300_000;
/** Heap a worker may use: the largest corpus PDF (181 pages) needs about 160 MB. */
const WORKER_MEMORY_MB = 2048;

/**
 * The output folder is never read back as input: each rerun would add a level
 * (out/a.txt.md, out/out/a.txt.md.md). A folder given as both input and
 * --out-dir keeps its own files as inputs, less what unrec wrote there.
 */
function isOwnOutput(path: string, outDir: string, outDirIsInput: boolean, written: ReadonlyMap<string, string>): boolean {
  if (!staysInside(outDir, path)) return false;
  return !outDirIsInput || written.has(path);
}

/** Is a process alive? (EPERM: it is, and belongs to someone else.) */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Task indexes, largest input first: the long documents start early and the workers finish together. */
function largestFirst(tasks: readonly ConvertTask[]): number[] {
  const size = (t: ConvertTask) => {
    try {
      return statSync(t.input).size;
    } catch {
      return 0;
    }
  };
  const sizes = tasks.map(size);
  return tasks.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}

interface Plan {
  root: string;
  outDir: string;
  report: RunReport;
  settings: string;
  /** Marks this run's temporaries. */
  run: string;
  format: Format;
  options: ParseOptions;
  emit: EmitOptions;
  force: boolean;
  /** Outputs the recorded runs wrote → the input each was for. */
  outputs: ReadonlyMap<string, string>;
}

/** Why an input's output may not be written, or null. Never a path that is not unrec's own. */
function refusalOf(input: BatchInput, output: string | null, previous: ReportLine | undefined, plan: Plan, inputPaths: ReadonlySet<string>): ConvertTask['refusal'] | null {
  if (!occupied(input.absolute)) return null; // a missing input fails as such, with nothing written
  if (output === null) return { message: `${input.display}: its output would land outside --out-dir`, ruleId: 'output-outside' };
  if (!staysInside(plan.outDir, output)) return { message: `${input.display}: its output ${output} would go through a link out of --out-dir`, ruleId: 'output-outside' };
  if (inputPaths.has(output)) return { message: `${input.display}: its output ${output} is an input of this batch: never overwritten`, ruleId: 'output-overwrite' };
  if (occupied(output) && previous?.output !== output) {
    const owner = plan.outputs.get(output);
    if (owner) return { message: `${input.display}: ${output} holds the output of another input (${owner}): never overwritten (give the inputs as before, or another --out-dir)`, ruleId: 'output-overwrite' };
    return { message: `${input.display}: ${output} exists and unrec did not write it: never overwritten (move it, or choose another --out-dir)`, ruleId: 'output-overwrite' };
  }
  return null;
}

/** One task per input: where its output goes, and whether the last run's outcome stands. */
function planTasks(inputs: readonly BatchInput[], plan: Plan): ConvertTask[] {
  const inputPaths = new Set(inputs.map((i) => i.absolute));
  return inputs.map((input) => {
    const output = outputPath(input, plan.root, plan.outDir, EXTENSIONS[plan.format]);
    const previous = plan.report.last(input);
    const refusal = refusalOf(input, output, previous, plan, inputPaths);
    // Same bytes, same unrec, same options: the last outcome stands — a failure of the input's own
    // too, which would only fail again; an output-side failure (disk full…) or an interrupted run is retried.
    const reusable =
      !plan.force && !refusal && output !== null && previous !== undefined && previous.settings === plan.settings && previous.sha256 !== null &&
      ((previous.status === 'failed' && previous.cause === 'input') || (previous.status !== 'failed' && previous.output !== null && existsSync(output)));
    return {
      input: input.absolute,
      display: input.display,
      output,
      temporary: output && `${output}.unrec-tmp-${plan.run}`,
      format: plan.format,
      options: plan.options,
      emit: plan.emit,
      link: true,
      ...(reusable ? { skipIfSha256: previous.sha256! } : {}),
      ...(refusal ? { refusal } : {}),
    };
  });
}

/** The report line of a finished task; a skipped input whose last run failed is reported failed again. */
function reportLine(task: ConvertTask, result: ConvertResult, previous: ReportLine | undefined, settings: string, link: LinkRecord | undefined): { result: ConvertResult; line: ReportLine } {
  const repeatedFailure = result.status === 'skipped' && previous?.status === 'failed';
  const r: ConvertResult = repeatedFailure ? { ...result, status: 'failed', error: `${previous!.error?.replace(/ \(unchanged since the last run\)$/, '')} (unchanged since the last run)` } : result;
  const line: ReportLine =
    r.status === 'skipped' || repeatedFailure
      ? { ...previous!, status: r.status, ms: r.ms, ...(repeatedFailure ? { error: r.error } : {}), reused: true }
      : {
          path: task.display, input: task.input, status: r.status, sha256: r.sha256, records: r.records, pages: r.pages, ms: r.ms,
          output: r.status === 'ok' ? task.output : null, settings, ...(r.error ? { error: r.error } : {}), ...(r.cause ? { cause: r.cause } : {}),
          ...(link && r.status === 'ok' ? { link } : {}),
        };
  return { result: r, line };
}

export async function batchCommand(args: string[], flags: BatchFlags, io: CliIO, version: string): Promise<number> {
  const chalk = makeChalk(io.env, flags.color, io.stderrIsTTY);
  const say = (d: Diagnostic) => io.stderr.write(`${formatDiagnostic(d, { chalk })}\n`);
  checkLayoutFlags(flags.format, flags);
  const jobs = flags.jobs ?? availableParallelism();
  const listed = flags.from ? await readPathList(flags.from, io) : [];
  if (flags.outDir.trim() === '') throw new UsageError('--out-dir expects a folder, got ""');
  const outDir = resolve(io.cwd, flags.outDir);
  const skipped: Skipped[] = [];
  const expanded = await expandInputs([...args, ...listed], io.cwd, skipped);
  for (const s of skipped) say({ path: s.path, severity: 'warning', ruleId: 'input-passed-over', reason: `passed over: ${s.why}` });
  // Read once: which outputs the earlier runs wrote, and what became of each input.
  const report = new RunReport(outDir);
  const outDirIsInput = args.some((a) => resolve(io.cwd, a) === outDir);
  const written = report.outputs();
  const inputs = expanded.filter((i) => !isOwnOutput(i.absolute, outDir, outDirIsInput, written));
  if (inputs.length < expanded.length && !flags.quiet) say({ path: flags.outDir, severity: 'info', ruleId: 'out-dir-not-input', reason: `${expanded.length - inputs.length} files inside --out-dir skipped: the output folder is never read as input` });
  if (inputs.length === 0) throw new UsageError('no inputs: give files, folders, globs, or --from -');
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new UnrecError(`${outDir}: cannot be the output folder: ${writeProblem(error)}`, 'output-unwritable');
  }
  const release = lockOutDir(outDir, process.pid, isAlive);
  try {
    return await convertAll(inputs, outDir, report, flags, io, version, say, jobs);
  } finally {
    release();
  }
}

async function convertAll(inputs: readonly BatchInput[], outDir: string, report: RunReport, flags: BatchFlags, io: CliIO, version: string, say: (d: Diagnostic) => unknown, jobs: number): Promise<number> {
  removeStaleTemporaries(outDir, isAlive);
  // A missing input (a typo) does not move every output: the layout comes from the inputs that exist.
  const root = commonRoot(inputs.filter((i) => occupied(i.absolute)), io.cwd);
  for (const own of [dirname(report.file), report.file]) {
    if (isLink(own)) throw new UnrecError(`${own} is a link: unrec writes only its own files in --out-dir`, 'output-outside');
  }
  const options = toParseOptions(flags);
  const emit: EmitOptions = { itemRows: Boolean(flags.itemRows) };
  const settings = `unrec ${version}; schema ${SCHEMA_VERSION}; format ${flags.format}; all ${Boolean(flags.all)}; lenient ${Boolean(flags.lenient)}; item-rows ${Boolean(flags.itemRows)}; max-size ${flags.maxSize ?? 'default'}; max-pages ${flags.maxPages ?? 'default'}; timeout ${flags.timeout ?? DEFAULT_TIMEOUT_MS}; engine ${flags.engine ?? DEFAULT_PDF_ENGINE}`;
  const run = runMarker(process.pid, Date.now());

  const tasks = planTasks(inputs, { root, outDir, report, settings, run, format: flags.format, options, emit, force: Boolean(flags.force), outputs: report.outputs() });

  const tally: Tally = { ok: 0, failed: 0, skipped: 0, records: 0, pages: 0, done: 0, total: tasks.length, started: performance.now() };
  const lines: ReportLine[] = new Array(tasks.length);
  const running = new Set<number>();
  let reportWarned = false;
  let interrupted = false;
  const progress = io.stderrIsTTY && !flags.quiet;
  const draw = (current: string) => {
    if (progress) io.stderr.write(`\r\u001b[K${formatProgress(tally, current)}`);
  };

  /** Account for a finished input; an input finished again (redone for its link) replaces its first outcome. */
  const finish = (i: number, result: ConvertResult, link?: LinkRecord) => {
    const task = tasks[i]!;
    const { result: r, line } = reportLine(task, result, report.last({ absolute: task.input, display: task.display }), settings, link);
    const before = lines[i];
    if (before) {
      tally.done--;
      tally[before.status]--;
      if (before.status !== 'failed') {
        tally.records -= before.records;
        tally.pages -= before.pages;
      }
    }
    lines[i] = line;
    if (!report.append(line) && !reportWarned) {
      reportWarned = true;
      say({ path: report.file, severity: 'warning', ruleId: 'report-unwritable', reason: 'cannot append to the run report (disk full?): the batch goes on, the next run redoes what is not recorded' });
    }
    tally.done++;
    tally[r.status]++;
    if (r.status !== 'failed') {
      tally.records += line.records;
      tally.pages += line.pages;
    }
    if (r.status === 'failed') {
      if (progress) io.stderr.write('\r\u001b[K');
      say({ path: task.display, severity: 'error', ruleId: r.ruleId ?? 'internal-error', reason: r.error ?? 'failed' });
    }
    draw(task.display);
  };

  // A UPR report with pending recommendations is written once its addendum's answers are known (src/batch/links.ts).
  const links = new BatchLinks();
  const held = new Map<number, ConvertResult>();
  const skippedReports = new Map<number, ConvertResult>();
  const writeReport = async (i: number, doc: UnDocument, result: ConvertResult) => {
    const failure = writeOutput(tasks[i]!, await serializeDocument(doc, flags.format, emit));
    const { document: _document, unwritten: _unwritten, ...rest } = result;
    if (failure) finish(i, { ...rest, status: 'failed', records: 0, pages: 0, ...failure });
    else finish(i, rest, { role: 'report', symbol: doc.symbol!, responsesFrom: links.responsesFrom(doc.symbol) });
  };
  const onResult = async (i: number, result: ConvertResult) => {
    running.delete(i);
    // An input cut short by Ctrl-C is neither done nor failed: the next run does it.
    if (interrupted && result.cause === 'run') return;
    const task = tasks[i]!;
    const previous = report.last({ absolute: task.input, display: task.display });
    if (result.status === 'skipped' && previous?.link && previous.status !== 'failed') {
      if (previous.link.role === 'report') {
        links.skippedReport(i, previous.link);
        skippedReports.set(i, result);
        return;
      }
      links.addendum(i, previous.link.symbol, { input: task.input, sha256: result.sha256! }, null);
      finish(i, result);
      return;
    }
    const doc = result.status === 'ok' ? result.document : undefined;
    if (doc && result.unwritten) {
      const linked = links.report(i, doc);
      if (linked) await writeReport(i, linked, result);
      else held.set(i, result);
      return;
    }
    if (doc && doc.symbol !== null && doc.responses.length > 0) {
      const { document: _document, ...rest } = result;
      finish(i, rest, { role: 'addendum', symbol: doc.symbol });
      for (const ready of links.addendum(i, doc.symbol, { input: task.input, sha256: result.sha256! }, doc)) {
        await writeReport(ready.index, ready.doc, held.get(ready.index)!);
        held.delete(ready.index);
      }
      return;
    }
    finish(i, result);
  };
  const endPass = async (last: boolean): Promise<number[]> => {
    const end = links.endPass(last);
    for (const { index, doc } of end.writeAlone) {
      await writeReport(index, doc, held.get(index)!);
      held.delete(index);
    }
    for (const index of end.keep) finish(index, skippedReports.get(index)!);
    return end.redo;
  };

  const isolate = { timeoutMs: flags.timeout ?? DEFAULT_TIMEOUT_MS, memoryMb: WORKER_MEMORY_MB };
  let pool = runTasks(tasks, jobs, (i) => {
    running.add(i);
    draw(tasks[i]!.display);
  }, onResult, { ordered: false, launchOrder: largestFirst(tasks), isolate });

  const removeHandler = io.onInterrupt(() => {
    interrupted = true;
    void pool.stop().then(() => {
      // Outputs of unfinished inputs exist only as temporaries: remove them.
      for (const i of running) if (tasks[i]!.temporary) rmSync(tasks[i]!.temporary!, { force: true });
    });
  });
  try {
    await pool.done;
    const redo = interrupted ? [] : await endPass(false);
    if (redo.length > 0) {
      // Second pass: addenda whose answers a held report needs, reports whose addendum changed.
      const again = redo.map((i) => {
        const { skipIfSha256: _skip, ...task } = tasks[i]!;
        return task;
      });
      pool = runTasks(again, jobs, (j) => running.add(redo[j]!), (j, r) => onResult(redo[j]!, r), { ordered: false, isolate });
      await pool.done;
    }
    if (!interrupted) await endPass(true);
  } finally {
    removeHandler();
  }
  if (progress) io.stderr.write('\r\u001b[K');
  if (interrupted) {
    for (const i of running) if (tasks[i]!.temporary) rmSync(tasks[i]!.temporary!, { force: true });
    if (!flags.quiet) io.stderr.write(`${formatSummary(tally, outDir, REPORT_NAME)} (interrupted: rerun to finish)\n`);
    return 130;
  }
  report.rewrite(lines, run);
  if (!flags.quiet) io.stderr.write(`${formatSummary(tally, outDir, REPORT_NAME)}\n`);
  return tally.failed > 0 ? 1 : 0;
}
