#!/usr/bin/env node
// The plan command: runs the bundle that `npm install` (prepare) or `npm run build` builds, dist/plan.cjs.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'plan.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('plan: the program has not been built yet\nhint: run npm install (or npm run build) in the plan folder\n');
  process.exit(2);
}
require(bundle).run(process.argv);
