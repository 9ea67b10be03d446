/** Test helpers: run the built CLI as users run it, and make throwaway folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'plan.cjs');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `plan ARGS` with colour off (unless env says otherwise), from cwd (default: the repo root). */
export function runPlan(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string; timeout?: number; nodeArgs?: string[] } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with the given files; removed by the returned cleanup. */
export function tempDir(files: Record<string, string | Buffer> = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-test-'));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small deterministic generator of numbers in [0, 1) (mulberry32), for seeded property tests. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A corpus in dir: n copies of the bundled plans (copy i is bundled plan i mod their count, with the id
 * copy-i, as plan-<i>.yaml in its council's folder, i padded to three digits), with each council's register.
 * edit may change a copy's text.
 */
export function bundledCopies(dir: string, n: number, edit: (text: string, i: number) => string = (text) => text): void {
  const base: { council: string; text: string }[] = [];
  for (const c of readdirSync(join(ROOT, 'plans'), { withFileTypes: true })) {
    if (!c.isDirectory()) continue;
    mkdirSync(join(dir, c.name), { recursive: true });
    cpSync(join(ROOT, 'plans', c.name, 'council.yaml'), join(dir, c.name, 'council.yaml'));
    for (const f of readdirSync(join(ROOT, 'plans', c.name)).sort()) if (f !== 'council.yaml' && f.endsWith('.yaml')) base.push({ council: c.name, text: readFileSync(join(ROOT, 'plans', c.name, f), 'utf8') });
  }
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length]!;
    writeFileSync(join(dir, b.council, `plan-${String(i).padStart(3, '0')}.yaml`), edit(b.text.replace(/^id: .*$/m, `id: copy-${i}`), i));
  }
}

/** Milliseconds added to the smaller time in growth(). */
const GROWTH_FLOOR_MS = 5;

/**
 * How work grows with its input, as a guard against quadratic time that holds on any machine, quick or slow,
 * idle or busy: timings taken a moment apart in this process are compared with each other, never with a
 * bound in milliseconds. work(input) is timed on make(n), then on make(n / 10), three times each, and the
 * quickest of each is kept: a collection or another process can only slow a run down, and the first runs
 * are slow while V8 compiles, which would make the smaller size look slow and hide how the larger grew.
 * Linear work gives about 10, quadratic up to 100. GROWTH_FLOOR_MS is added to the smaller time, so that
 * work of a few milliseconds, whose ratio is noise, gives a small number. A pair that straddles a size where
 * the time jumps (as a very long double-quoted line's does) is a poor one: choose n below it.
 */
export function growth<T>(make: (n: number) => T, work: (input: T) => unknown, n: number): number {
  const time = (input: T, runs: number): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      work(input);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  const large = time(make(n), 3);
  const small = time(make(Math.round(n / 10)), 3);
  return large / (small + GROWTH_FLOOR_MS);
}

/** What growth() allows: three times linear's 10, room for a busy machine, well short of quadratic's 100. */
export const LINEAR = 30;

/**
 * The environment for tests that run git, npm and pre-commit in a temp folder: git kept from the machine's
 * configuration (hooksPath, signing) with a named committer, pre-commit's cache inside the folder, no colour,
 * and npm quiet and offline where it can be.
 */
export function hookTestEnv(dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PRE_COMMIT_HOME: join(dir, 'pre-commit-cache'),
    GIT_CONFIG_GLOBAL: join(dir, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Plan Test',
    GIT_AUTHOR_EMAIL: 'plan-test@example.gov.uk',
    GIT_COMMITTER_NAME: 'Plan Test',
    GIT_COMMITTER_EMAIL: 'plan-test@example.gov.uk',
    NO_COLOR: '1',
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}
