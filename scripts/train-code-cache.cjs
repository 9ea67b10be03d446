// Makes V8's code cache for dist/plan.cjs (see bin/plan.cjs). The cache holds the bytecode of every
// function compiled so far, so the bundle is loaded without the cache, the everyday commands are run once
// on the bundled plans (output discarded), and the cache is taken after: a cold `plan lint` then starts
// with its functions already compiled. Written atomically; a failure leaves no cache, never a broken one.
'use strict';
const { existsSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { DIST, loadBundle } = require('../bin/plan.cjs');

const ROOT = join(__dirname, '..');
// Which bundle (plan.cjs, or plan-lint.cjs for plan lint alone) is named on the command line.
const NAME = process.argv[2] ?? 'plan.cjs';
const BUNDLE = join(DIST, NAME);
const WORKLOAD = [
  ['lint', 'plans'],
  ['lint', 'plans', '--format', 'json'],
  ['report', 'plans', '--quarter', '2016/17 Q4'],
  ['risks', 'plans'],
  ['overdue', 'plans', '--as-of', '2017-06-01'],
  ['diff', 'plans/birmingham/07-early-years.yaml', 'plans/birmingham/10-early-years-inclusion-support.yaml'],
];

async function train() {
  const { exports, script } = loadBundle(BUNDLE, { cache: false });
  process.chdir(ROOT);
  // Without the bundled plans (an installed package), the cache covers loading only.
  if (existsSync(join(ROOT, 'plans'))) {
    for (const argv of WORKLOAD) if (NAME === 'plan.cjs' || argv[0] === 'lint') await exports.run(['node', 'plan', ...argv]);
  }
  process.exitCode = 0;
  const target = `${BUNDLE}.cache`;
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

train().catch((err) => {
  process.stderr.write(`train-code-cache: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
