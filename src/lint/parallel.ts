/**
 * Large corpora on every core. The files are cut into small batches that this thread and worker threads
 * take in turn from a shared counter (Atomics: no thread hands out work, and a slow one simply takes
 * fewer), in an order spread over the corpus (spreadOrder). Each thread lints a batch as a single run does,
 * one file at a time; a worker sends back its findings and the rules' summaries as plain data the moment it
 * is done, and this thread puts the batches together in order (engine.ts finishShares), so the output is
 * the same as linting on one thread. Workers run the same bundle, started by bin/plan.cjs; a batch a failed
 * worker never finished is linted here.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import type * as Threads from 'node:worker_threads';
import type { Config } from '../config.js';
import type { Day } from '../model/dates.js';
import { Councils } from '../project.js';
import { packagePath } from '../util/paths.js';
import { type LintOptions, type LintResult, type ShareResult, finishShares, lintShare } from './engine.js';

/**
 * Below this many files, workers cost more than they save: each worker's V8 compiles its own copy of the
 * program, on the cores the threads need, where one thread leaves that to the idle core (bench/NOTES.md,
 * P2a). Measured with --quiet on the benchmark machine (two cores), one thread against this thread and a
 * worker, in seconds (medians of 5 runs): 1,000 plans 0.51 against 0.58, 2,000 0.92 against 0.89, 3,000
 * 1.02 against 1.04, 4,000 1.26 against 1.27, 6,000 1.87 against 1.81, 10,000 2.94 against 2.42. --jobs
 * chooses otherwise.
 */
const PARALLEL_MIN_FILES = 4000;
const BATCH = 20;
/**
 * Each worker's heap. Left to itself, V8 lets a heap that parses thousands of files grow to 500 MB of
 * garbage before collecting it; held to this, a worker collects sooner, and runs no slower (measured on
 * 10,000 plans: 10 s and 220 MB for the whole process with two workers, against 18 s and 520 MB on one
 * thread). A worker that runs out (a huge file) stops, and its unfinished batch is linted on this thread.
 */
const LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

export interface LintTask {
  planWorker: 'lint';
  paths: string[];
  /** how many batches have been taken, shared by every thread (the next is spreadOrder's at that place) */
  next: Int32Array;
  config: Config;
  asOf: Day;
  cwd?: string;
  show?: LintOptions['show'];
}

/** Workers run the built bundle: from source (the tests), there is none to run. */
export function workersAvailable(): boolean {
  return /\/dist\/plan(-lint)?\.cjs$/.test(import.meta.url);
}

/**
 * How many worker threads to lint n files with, besides this thread; 0 means none (this thread lints them
 * alone). --jobs is the number of threads in all (1: this one); by default one per core, once the corpus
 * is large enough.
 */
export function workersFor(n: number, jobs?: number): number {
  if (jobs === 1) return 0;
  if (jobs === undefined && (n < PARALLEL_MIN_FILES || availableParallelism() < 2)) return 0;
  return Math.max(0, Math.min(jobs ?? availableParallelism(), Math.ceil(n / BATCH), 16) - 1);
}

/** The options a worker can be sent (plain data: no rules, which it has in its own copy of the program). */
function plainOptions(o: { config: Config; asOf: Day; cwd?: string; show?: LintOptions['show'] }): LintOptions {
  return { config: o.config, asOf: o.asOf, ...(o.cwd ? { cwd: o.cwd } : {}), ...(o.show ? { show: o.show } : {}) };
}

/**
 * The order in which the threads take the batches: 0 to count - 1, each once, spread over the corpus
 * first (0, count/2, count/4, 3count/4, ...: bit-reversed counting, skipping what is past the end). A corpus
 * listed folder by folder comes council by council, and each council's plans have their own shapes; taken
 * in file order, each thread's optimised code is thrown away and made again as each new council's plans
 * arrive (V8's 'wrong map'), late in the run, when both cores are busy linting and the compiler has none
 * to itself. Taken spread, every thread sees every shape in its first batches, while compiling is still
 * cheap. Batches still come back to their own place (finishShares), so the output is unchanged. Measured
 * on the 10,000 plans on two threads against file order (bench/NOTES.md): -57 ms wall and -120 ms CPU
 * (medians of 16 pairs).
 */
export function spreadOrder(count: number): number[] {
  let bits = 0;
  while (1 << bits < count) bits++;
  const order: number[] = [];
  for (let i = 0; i < 1 << bits; i++) {
    let reversed = 0;
    for (let k = 0; k < bits; k++) if (i & (1 << k)) reversed |= 1 << (bits - 1 - k);
    if (reversed < count) order.push(reversed);
  }
  return order;
}

/** Batch b of the files. */
const batchOf = (paths: readonly string[], b: number) => paths.slice(b * BATCH, (b + 1) * BATCH);

/** A thread's side: takes batches from the shared counter until none are left, sending each on as it is done. */
export function lintBatches(task: LintTask, send: (m: [number, ShareResult]) => void): void {
  const options = plainOptions(task);
  const count = Math.ceil(task.paths.length / BATCH);
  // One set of registers for all of this thread's batches: each register is read once per thread, not once
  // per batch, and what the rules make once per register (its people, its priorities) is made once too.
  const councils = new Councils(options.config, options.cwd);
  const order = spreadOrder(count);
  for (let taken = Atomics.add(task.next, 0, 1); taken < count; taken = Atomics.add(task.next, 0, 1)) {
    const b = order[taken]!;
    send([b, lintShare(batchOf(task.paths, b), options, councils)]);
  }
}

/** Runs a worker; each batch it finishes arrives as it finishes, so no thread holds its findings long. */
function inWorker(task: LintTask, onBatch: (b: [number, ShareResult]) => void): Promise<void> {
  return new Promise((resolve) => {
    // Loaded only when there are workers to start; PLAN_THREAD tells bin/plan.cjs it is one (see there).
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof Threads;
    const worker = new Worker(packagePath('bin', 'plan.cjs'), { workerData: task, resourceLimits: LIMITS, env: { ...process.env, PLAN_THREAD: 'lint' } });
    worker.on('message', onBatch);
    // A worker that fails (out of its memory on a huge file, say) only stops taking batches.
    worker.once('error', () => undefined);
    worker.once('exit', () => resolve());
  });
}

export async function lintFilesParallel(paths: readonly string[], options: LintOptions, workers: number): Promise<LintResult> {
  const base = plainOptions(options);
  const task: LintTask = { planWorker: 'lint', paths: [...paths], next: new Int32Array(new SharedArrayBuffer(4)), ...base };
  const batches: [number, ShareResult][] = [];
  const running = Promise.all(Array.from({ length: workers }, () => inWorker(task, (b) => batches.push(b))));
  // This thread lints too, while the workers start: one V8 fewer to start and warm up than with a worker
  // per core and this thread waiting (bench/NOTES.md, P2a). Their batches wait in the message queue, so
  // progress is counted from the batches handed out: all but the one each worker may have in hand are done.
  lintBatches(task, (b) => {
    batches.push(b);
    options.progress?.(Math.min(paths.length, Math.max(0, Atomics.load(task.next, 0) - workers) * BATCH));
  });
  await running;
  // A batch a failed worker took but never finished is linted here.
  const have = new Set(batches.map(([b]) => b));
  const count = Math.ceil(paths.length / BATCH);
  for (let b = 0; b < count; b++) if (!have.has(b)) batches.push([b, lintShare(batchOf(paths, b), base)]);
  batches.sort((x, y) => x[0] - y[0]);
  return finishShares(batches.map(([, s]) => s), options);
}
