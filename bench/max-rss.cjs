// Preloaded into each timed Node process (node --require) when GNU time is missing: as the process exits, it
// adds its peak resident memory in KB to the file BENCH_RSS_FILE names.
'use strict';
const { isMainThread } = require('node:worker_threads');

if (isMainThread && process.env.BENCH_RSS_FILE) {
  process.on('exit', () => require('node:fs').appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`));
}
