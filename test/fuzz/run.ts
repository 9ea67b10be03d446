/**
 * npm run fuzz (tsx test/fuzz/run.ts): the properties of test/fuzz/lint-properties.test.ts over many more
 * cases. Reports the number of cases, the failures (the first few in full, with the case to reproduce
 * them), and the slowest input; exits 1 on any failure, 2 on bad arguments.
 *
 *   npm run fuzz                          100,000 cases, random seed
 *   npm run fuzz -- --cases 2000          fewer
 *   npm run fuzz -- --seed 42             repeatable
 *   npm run fuzz -- --bound 2000          per-case time bound in ms (default 2000)
 *
 * The cases run in a worker thread that reports each case before it runs it: a case that hangs (an infinite
 * loop in the library would block a plain loop forever) is caught by the main thread after 10x the bound,
 * reported as a failure with its input, and the run goes on in a fresh worker.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { DEFAULT_BOUND_MS, type Case, build, caseArbitrary, check, describeCase, harness, loadSeeds } from './properties.js';

interface Options {
  cases: number;
  seed: number;
  bound: number;
}

type FromWorker =
  | { type: 'start'; index: number; c: Case }
  | { type: 'done'; index: number; ms: number; size: number; failure?: string }
  | { type: 'end' };

const BATCH = 500;

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: tsx test/fuzz/run.ts [--cases N] [--seed N] [--bound MS]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const out: Options = { cases: 100_000, seed: (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0, bound: DEFAULT_BOUND_MS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) usage(`${name} needs a whole number`);
      return Number(v);
    };
    if (name === '--cases') out.cases = value();
    else if (name === '--seed') out.seed = value();
    else if (name === '--bound') out.bound = value();
    else if (name !== '--') usage(`unknown argument '${arg}'`);
  }
  if (out.cases < 1) usage('--cases must be at least 1');
  return out;
}

/** The cases from index `from` on, in batches, each batch from its own seed so that a restart can resume. */
function* cases(options: Options, from: number, arbitrary: fc.Arbitrary<Case>): Generator<{ index: number; c: Case }> {
  for (let batch = Math.floor(from / BATCH); batch * BATCH < options.cases; batch++) {
    const n = Math.min(BATCH, options.cases - batch * BATCH);
    const sample = fc.sample(arbitrary, { numRuns: n, seed: options.seed + batch });
    for (let k = 0; k < sample.length; k++) {
      const index = batch * BATCH + k;
      if (index >= from) yield { index, c: sample[k]! };
    }
  }
}

function workerMain(): void {
  const { options, from } = workerData as { options: Options; from: number };
  const seeds = loadSeeds();
  const h = harness();
  const port = parentPort!;
  for (const { index, c } of cases(options, from, caseArbitrary(seeds))) {
    port.postMessage({ type: 'start', index, c } satisfies FromWorker);
    // For testing the watchdog: FUZZ_SELFTEST_HANG=<case index> makes that case spin forever.
    if (process.env.FUZZ_SELFTEST_HANG === String(index)) for (;;);
    const { seed, text } = build(seeds, c);
    const outcome = check(h, seed, text, options.bound);
    port.postMessage({ type: 'done', index, ms: outcome.ms, size: text.length, ...(outcome.failure ? { failure: outcome.failure } : {}) } satisfies FromWorker);
  }
  port.postMessage({ type: 'end' } satisfies FromWorker);
}

/** A worker running this file. Loader hooks do not reach worker threads, so it registers tsx itself. */
function startWorker(data: { options: Options; from: number }): Worker {
  const self = JSON.stringify(import.meta.url);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then((api) => { api.register(); return import(${self}); });`, { eval: true, workerData: data });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const seeds = loadSeeds();
  const SHOWN = 5;
  const hangMs = Math.max(10_000, options.bound * 10);
  let run = 0;
  let failures = 0;
  const failed: { c: Case; failure: string }[] = [];
  let slowest: { ms: number; size: number; c?: Case } = { ms: 0, size: 0 };
  let totalMs = 0;
  const started = performance.now();
  const step = Math.max(1, Math.floor(options.cases / 10));
  let nextReport = step;
  const progress = () => {
    while (run >= nextReport) {
      process.stderr.write(`fuzz: ${run.toLocaleString('en-GB')} cases, ${failures} failure${failures === 1 ? '' : 's'}, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      nextReport += step;
    }
  };
  process.stderr.write(`fuzz: ${options.cases.toLocaleString('en-GB')} cases from ${seeds.length} real plans, seed ${options.seed}, bound ${options.bound} ms per case\n`);

  const fail = (c: Case, failure: string) => {
    run++;
    failures++;
    if (failed.length < SHOWN) failed.push({ c, failure });
  };

  let from = 0;
  while (from < options.cases) {
    // One worker until it ends or a case hangs; then a fresh worker from the case after the hung one.
    from = await new Promise<number>((resolve, reject) => {
      const worker = startWorker({ options, from });
      let current: { index: number; c: Case; at: number } | undefined;
      let finished = false;
      /** ends this worker's run once; false when it has already ended */
      const stop = () => {
        if (finished) return false;
        finished = true;
        clearInterval(timer);
        return true;
      };
      /** the worker itself went away (out of memory, a native abort): the case it was on is a failure */
      const died = (failure: string, otherwise: () => void) => {
        if (!stop()) return;
        if (current) {
          fail(current.c, failure);
          resolve(current.index + 1);
        } else otherwise();
      };
      const timer = setInterval(() => {
        if (!current || performance.now() - current.at < hangMs) return;
        const hung = current;
        stop();
        fail(hung.c, `hung: no answer after ${(hangMs / 1000).toFixed(0)} s`);
        progress();
        void worker.terminate().then(() => resolve(hung.index + 1));
      }, 500);
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'start') current = { index: m.index, c: m.c, at: performance.now() };
        else if (m.type === 'done') {
          run++;
          totalMs += m.ms;
          if (m.ms > slowest.ms) slowest = { ms: m.ms, size: m.size, ...(current ? { c: current.c } : {}) };
          if (m.failure) {
            failures++;
            if (failed.length < SHOWN && current) failed.push({ c: current.c, failure: m.failure });
          }
          current = undefined;
          progress();
        } else if (m.type === 'end' && stop()) resolve(options.cases);
      });
      worker.on('error', (err) => died(`worker died: ${err.message}`, () => reject(err)));
      worker.on('exit', (code) => died(`worker exited with code ${code}`, () => resolve(options.cases)));
    });
  }

  const lines = [
    `cases: ${run.toLocaleString('en-GB')}`,
    `failures: ${failures.toLocaleString('en-GB')}`,
    `slowest: ${slowest.ms.toFixed(1)} ms for ${slowest.size.toLocaleString('en-GB')} characters${slowest.c ? ` (${describeCase(seeds, slowest.c).slice(0, 300)})` : ''}`,
    `mean: ${(totalMs / Math.max(1, run)).toFixed(1)} ms per case; total ${((performance.now() - started) / 1000).toFixed(1)} s; seed ${options.seed} (rerun with --seed ${options.seed} --cases ${options.cases})`,
  ];
  for (const f of failed) lines.push('', `FAILED: ${f.failure}`, `  case: ${describeCase(seeds, f.c)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = failures > 0 ? 1 : 0;
}

if (isMainThread) {
  main().catch((err: unknown) => {
    process.stderr.write(`fuzz: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  });
} else {
  workerMain();
}
