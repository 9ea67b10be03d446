#!/usr/bin/env node
// The plan command. Runs the bundle that `npm install` (prepare) or `npm run build` builds: dist/plan.cjs,
// or for plan lint, which runs on every commit, dist/plan-lint.cjs (the same without the other commands).
// Each is run with V8's code cache for it (made at build time by scripts/train-code-cache.cjs): start-up
// then skips compiling the bundle. The cache is an optimisation only: when it is missing, or made by
// another Node version (V8 rejects it), the bundle is compiled as usual and runs the same.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist');

/** The bundle for this command line: the lint-only one for plan lint (and its worker threads), when built. */
function bundleFor(argv, task) {
  const lint = join(DIST, 'plan-lint.cjs');
  return (argv[2] === 'lint' || task?.planWorker === 'lint') && existsSync(lint) ? lint : join(DIST, 'plan.cjs');
}

/** Loads a bundle; returns its exports and the compiled script (the trainer makes the cache from it). */
function loadBundle(bundle, options = {}) {
  let source;
  try {
    source = readFileSync(bundle, 'utf8');
  } catch {
    process.stderr.write('plan: the program has not been built yet\nhint: run npm install (or npm run build) in the plan folder\n');
    process.exit(2);
  }
  let cachedData;
  if (options.cache !== false) {
    try {
      cachedData = readFileSync(`${bundle}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, dirname(bundle));
  return { exports: mod.exports, script, cache: cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none' };
}

/** The task of a worker thread of plan lint, which sets PLAN_THREAD for it (worker_threads costs every other run ~2 ms to load). */
function workerTask() {
  if (!process.env.PLAN_THREAD) return undefined;
  const { isMainThread, workerData } = require('node:worker_threads');
  return !isMainThread && workerData && workerData.planWorker ? workerData : undefined;
}

/**
 * V8's optimising compiler (TurboFan) inlines each function's callees into it, which makes each of its
 * jobs long (a rule's checkPlan took 15 to 50 ms to compile, the scanner's mapping() 20 ms): in a command
 * that lives a tenth of a second to a few seconds, the optimised code arrived too late to pay for itself,
 * and on a large corpus each worker thread paid for its own copy. Without inlining (measured on Node 20,
 * V8 11.3): plan diff of a 2,000-action plan 156 -> 139 ms, plan lint of 1,000 plans 0.85 -> 0.62 s and of
 * 10,000 on two workers 2.97 -> 2.54 s (bench/NOTES.md). The flag is set before any of plan's code is
 * compiled, and the build's code cache is made under it (V8 rejects a cache made under other flags).
 * Only on the V8 it was measured on; a worker thread shares its process's flags.
 */
function tuneV8() {
  // Told to freeze its flags after start-up (node --freeze-flags-after-init), V8 aborts on a flag set later.
  if (process.execArgv.some((a) => /^--freeze[-_]flags[-_]after[-_]init$/.test(a))) return;
  if (process.versions.v8.startsWith('11.')) require('node:v8').setFlagsFromString('--no-turbo-inlining');
}

/**
 * Ends the process once everything written to stdout and stderr has gone out (a write of nothing calls
 * back after every write before it), instead of waiting for the event loop to empty: V8 may first run
 * housekeeping it has scheduled, such as a garbage collection nobody will benefit from. Measured: plan diff
 * of a 2,000-action plan started incremental marking from a task after its output in 4 runs of 6, and
 * exiting here took 5.5 ms off its median (120 paired runs). The exit code is the one run() set.
 */
function exitWhenWritten() {
  let left = 2;
  const written = () => {
    if (--left === 0) process.exit();
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}

const worker = workerTask();
if (!worker) tuneV8();
if (worker || require.main === module) {
  const bundle = bundleFor(process.argv, worker);
  const loaded = loadBundle(bundle);
  if (process.env.PLAN_DEBUG_CACHE) process.stderr.write(`plan: ${worker ? 'worker ' : ''}code cache ${loaded.cache} (${basename(bundle)})\n`);
  // A worker thread of plan lint on a large corpus (src/lint/parallel.ts), or the command line.
  if (worker) loaded.exports.worker(worker);
  else loaded.exports.run(process.argv).then(exitWhenWritten);
} else {
  module.exports = { loadBundle, DIST };
}
