/**
 * Run conversion tasks on N worker threads (tinypool), or in this thread
 * when N is 1, and hand the results back in input order: whatever N, a
 * stream's records come out in the same order, each document's output as one
 * block. At most `jobs` results wait for their turn, so memory stays flat
 * however long the batch.
 */
import { convert, type ConvertResult, type ConvertTask } from './convert.js';

/**
 * The worker threads' entry: the compiled worker.js beside this module. Worker
 * threads load plain JavaScript only, so when this module itself runs from
 * the TypeScript source (the tests import src/ through vitest), the built
 * dist/batch/worker.js is used: `npm test` builds first, but a test run
 * without a build gives the workers the last built code.
 */
/** Where this module runs from: the sources (tests), the bundled command line (dist/unrec.mjs, scripts/bundle.mjs) or dist/batch/. */
const WORKER_PATH = import.meta.url.endsWith('.ts') ? '../../dist/batch/worker.js' : import.meta.url.endsWith('/unrec.mjs') ? './batch/worker.js' : './worker.js';
const WORKER = new URL(WORKER_PATH, import.meta.url).href;

export interface PoolRun {
  /** Stop scheduling new tasks (Ctrl-C); those running finish or are terminated. */
  stop(): Promise<void>;
  done: Promise<void>;
}

export interface RunOptions {
  /**
   * Launch order (indexes into tasks), e.g. largest input first so that two
   * workers finish together. Only for unordered runs: an ordered stream
   * launches in input order so that the result it waits for is always running.
   */
  launchOrder?: readonly number[];
  /** Hand results back in input order (streams), or as they finish (batch). */
  ordered?: boolean;
  /**
   * Run every task in a worker thread, one thread at least, with these limits:
   * an input that runs longer than `timeoutMs` or needs more heap than `memoryMb`
   * fails with its own message and the others go on.
   */
  isolate?: { timeoutMs: number; memoryMb: number };
}

export function runTasks(
  tasks: readonly ConvertTask[],
  jobs: number,
  onStart: (index: number) => void,
  onResult: (index: number, result: ConvertResult) => void | Promise<void>,
  options: RunOptions = {},
): PoolRun {
  const ordered = options.ordered ?? true;
  const order = !ordered && options.launchOrder ? options.launchOrder : tasks.map((_, i) => i);
  let stopped = false;
  let pool: { run(task: ConvertTask): Promise<ConvertResult>; destroy(): Promise<void> } | null = null;
  const done = (async () => {
    if ((jobs > 1 && tasks.length > 1) || options.isolate) {
      const { default: Tinypool } = await import('tinypool');
      const threads = Math.max(1, Math.min(jobs, tasks.length));
      pool = new Tinypool({
        filename: WORKER,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: 1000,
        ...(options.isolate ? { resourceLimits: { maxOldGenerationSizeMb: options.isolate.memoryMb } } : {}),
      }) as unknown as typeof pool;
    }
    const limits = options.isolate;
    const run = (task: ConvertTask): Promise<ConvertResult> => {
      if (!pool) return convert(task);
      if (!limits) return pool.run(task);
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
      return (pool as unknown as { run(task: ConvertTask, options: { signal: AbortSignal }): Promise<ConvertResult> })
        .run(task, { signal: abort.signal })
        .catch((error: unknown) => {
          if (abort.signal.aborted) return { status: 'failed', sha256: null, records: 0, pages: 0, ms: limits.timeoutMs, error: `${task.display}: stopped after ${limits.timeoutMs / 1000} s (raise it with --timeout)`, ruleId: 'input-timeout', cause: 'input' } satisfies ConvertResult;
          if (/memory|heap|ERR_WORKER_OUT_OF_MEMORY/i.test(String((error as Error)?.message ?? error) + String((error as NodeJS.ErrnoException)?.code ?? ''))) {
            return { status: 'failed', sha256: null, records: 0, pages: 0, ms: 0, error: `${task.display}: needed more than ${limits.memoryMb} MB of memory`, ruleId: 'input-memory', cause: 'input' } satisfies ConvertResult;
          }
          throw error;
        })
        .finally(() => clearTimeout(timer));
    };
    const pending = new Map<number, ConvertResult>();
    let next = 0; // next index to hand back
    let launched = 0;
    const inFlight = new Set<Promise<void>>();
    const flush = async () => {
      if (!ordered) {
        for (const [i, r] of [...pending]) {
          pending.delete(i);
          await onResult(i, r);
        }
        return;
      }
      while (pending.has(next)) {
        const r = pending.get(next)!;
        pending.delete(next);
        await onResult(next, r);
        next++;
      }
    };
    while (launched < tasks.length && !stopped) {
      // Finished results waiting for a slower one before them count too: memory stays bounded.
      while (inFlight.size < Math.max(1, jobs) && inFlight.size + pending.size < 4 * Math.max(1, jobs) && launched < tasks.length && !stopped) {
        const index = order[launched++]!;
        onStart(index);
        const p: Promise<void> = run(tasks[index]!).then(
          (r) => void pending.set(index, r),
          (e: unknown) => void pending.set(index, { status: 'failed', sha256: null, records: 0, pages: 0, ms: 0, error: `${tasks[index]!.display}: ${(e as Error).message}`, ruleId: 'worker-failed', cause: 'run' }),
        );
        const tracked = p.then(() => void inFlight.delete(tracked));
        inFlight.add(tracked);
      }
      if (inFlight.size) await Promise.race(inFlight);
      await flush();
      // On this thread a text parse never yields: give the event loop a turn between inputs,
      // so that Ctrl-C and SIGTERM are heard and stop the run (--jobs 1, one core).
      if (!pool) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(inFlight);
    await flush();
    if (pool) await (pool as { destroy(): Promise<void> }).destroy();
  })();
  return {
    done,
    async stop() {
      stopped = true;
      if (pool) await (pool as { destroy(): Promise<void> }).destroy().catch(() => undefined);
    },
  };
}
