#!/usr/bin/env node
// The plan command. Runs dist/plan.cjs, the one-file bundle that `npm install` (prepare) or `npm run build`
// builds, with V8's code cache for it (dist/plan.cjs.cache, made at build time by
// scripts/train-code-cache.cjs): start-up then skips compiling the bundle, about a third of what `plan
// lint` costs beyond Node's own start-up. The cache is an optimisation only: when it is missing, or made
// by another Node version (V8 rejects it), the bundle is compiled as usual and runs the same.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'plan.cjs');

/** Loads the bundle; returns its exports and the compiled script (the trainer makes the cache from it). */
function loadBundle(options = {}) {
  let source;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch {
    process.stderr.write('plan: the program has not been built yet\nhint: run npm install (or npm run build) in the plan folder\n');
    process.exit(2);
  }
  let cachedData;
  if (options.cache !== false) {
    try {
      cachedData = readFileSync(`${BUNDLE}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(BUNDLE), mod, BUNDLE, dirname(BUNDLE));
  return { exports: mod.exports, script, cache: cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none' };
}

const { isMainThread, workerData } = require('node:worker_threads');
if (!isMainThread && workerData && workerData.planWorker) {
  // A worker thread of plan lint on a large corpus (src/lint/parallel.ts).
  const loaded = loadBundle();
  if (process.env.PLAN_DEBUG_CACHE) process.stderr.write(`plan: worker code cache ${loaded.cache}\n`);
  loaded.exports.worker(workerData);
} else if (require.main === module) {
  const loaded = loadBundle();
  if (process.env.PLAN_DEBUG_CACHE) process.stderr.write(`plan: code cache ${loaded.cache}\n`);
  loaded.exports.run(process.argv);
} else {
  module.exports = { loadBundle, BUNDLE };
}
