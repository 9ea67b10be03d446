// Cold runs: each command is a new process, as users run it, timed from here, with its peak resident memory
// from GNU time (`/usr/bin/time -f %M`) or, where that is missing, from bench/max-rss.cjs preloaded into it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './corpora.mjs';

const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
export const MEMORY_BY = HAS_GNU_TIME ? 'GNU time (/usr/bin/time -f %M)' : 'process.resourceUsage().maxRSS, from bench/max-rss.cjs preloaded into each process';

export function log(s) {
  process.stderr.write(`${s}\n`);
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const ENV = { ...process.env, NO_COLOR: '1' };

/** Runs a command once and keeps its output (for the sanity check). */
export function capture(spec) {
  const r = spawnSync(spec.cmd, spec.args, { cwd: spec.cwd ?? ROOT, env: ENV, encoding: 'utf8', maxBuffer: 1024 ** 3 });
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Runs a command once, cold, its output discarded: wall seconds, peak RSS in KB and exit status. */
export function once(spec) {
  const opts = { cwd: spec.cwd ?? ROOT, env: ENV, encoding: 'utf8', maxBuffer: 64 * 1024 ** 2, stdio: ['ignore', 'ignore', 'pipe'] };
  if (HAS_GNU_TIME) {
    const t0 = performance.now();
    const r = spawnSync(GNU_TIME, ['-f', '%M', spec.cmd, ...spec.args], opts);
    const wall = (performance.now() - t0) / 1000;
    const kb = Number((r.stderr.trim().split('\n').pop() ?? '').trim());
    return { wall, kb: Number.isFinite(kb) ? kb : 0, status: r.status ?? -1 };
  }
  const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
  const file = join(dir, 'rss');
  const env = { ...ENV, BENCH_RSS_FILE: file, NODE_OPTIONS: `${ENV.NODE_OPTIONS ?? ''} --require ${join(ROOT, 'bench', 'max-rss.cjs')}`.trim() };
  const t0 = performance.now();
  const r = spawnSync(spec.cmd, spec.args, { ...opts, env });
  const wall = (performance.now() - t0) / 1000;
  const kbs = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map(Number).filter(Number.isFinite) : [];
  rmSync(dir, { recursive: true, force: true });
  return { wall, kb: Math.max(0, ...kbs), status: r.status ?? -1 };
}

/**
 * Runs several commands side by side: one round untimed (to warm the file cache), then `rounds` rounds in
 * which each command runs once, the order reversed every other round (A B, B A, ...), so that the machine's
 * drift and any order effect fall on every side alike. Returns each command's runs, median, fastest, peak
 * memory and exit statuses.
 */
export function measureTogether(name, specs, rounds) {
  const got = specs.map(() => ({ walls: [], peakKb: 0, statuses: [] }));
  for (const s of specs) once(s);
  for (let i = 0; i < rounds; i++) {
    const order = specs.map((_, j) => j);
    if (i % 2 === 1) order.reverse();
    for (const j of order) {
      const r = once(specs[j]);
      got[j].walls.push(r.wall);
      got[j].peakKb = Math.max(got[j].peakKb, r.kb);
      got[j].statuses.push(r.status);
    }
    log(`  ${name}: round ${i + 1} of ${rounds}`);
  }
  return specs.map((s, j) => {
    const { walls, peakKb, statuses } = got[j];
    const result = { label: s.label, command: s.shown, runs: walls.length, median: median(walls), min: Math.min(...walls), walls, peakMb: peakKb / 1024, statuses: [...new Set(statuses)] };
    log(`    ${s.label}: median ${result.median.toFixed(3)} s, peak ${result.peakMb.toFixed(0)} MB, exit ${result.statuses.join('/')}`);
    return result;
  });
}
