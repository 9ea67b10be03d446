#!/usr/bin/env node
// The plan command: runs the bundle that `npm install` (prepare) or `npm run build` builds, dist/plan.cjs.
// The bundle is compiled with V8's code cache for it (dist/plan.cjs.cache, made by the build), because
// without it `plan lint` of one plan misses the start-up target (bench/RESULTS.md, P1). The cache is only a
// shortcut: when it is missing, or made by another Node (V8 then rejects it), the bundle compiles as usual.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'plan.cjs');
const cacheFile = `${bundle}.cache`;

let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write('plan: the program has not been built yet\nhint: run npm install (or npm run build) in the plan folder\n');
  process.exit(2);
}
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
// import() is not available inside a vm.Script; the bundle loads its external libraries through this one
// (src/util/load-library.ts), resolved from this package's node_modules.
globalThis[Symbol.for('plan.import')] = (specifier) => import(specifier);
const mod = { exports: {} };
script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, dirname(bundle));
mod.exports.run(process.argv).then(() => {
  // The build runs one lint with PLAN_WRITE_CODE_CACHE set, so the cache holds what lint compiles too.
  if (process.env.PLAN_WRITE_CODE_CACHE) writeFileSync(cacheFile, script.createCachedData());
});
