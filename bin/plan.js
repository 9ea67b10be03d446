#!/usr/bin/env node
// The plan command. Runs the bundle built by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/main.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('plan: the program has not been built yet\nhint: run npm install (or npm run build) in the plan folder\n');
  process.exit(2);
}
await import(bundle.href);
