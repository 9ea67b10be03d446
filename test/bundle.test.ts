/**
 * The executable as installed: bin/plan.cjs runs the one-file bundle (or, for plan lint, the lint-only one)
 * with V8's code cache made at build time. The cache must be used when it matches, and must never change what plan does when it is missing
 * or made by another V8 (rejected): the output is the same, byte for byte, either way.
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from './helpers.js';

const PLAN = 'plans/southend/learning-2017-18.yaml';

/** A copy of the installed package whose dist/ can be changed without touching the real one. */
function packageCopy(cache: 'none' | 'corrupt' | 'same'): { run: (args: string[]) => { code: number; stdout: string; stderr: string }; cleanup: () => void } {
  const t = tempDir();
  mkdirSync(join(t.dir, 'bin'));
  mkdirSync(join(t.dir, 'dist'));
  copyFileSync(join(ROOT, 'bin', 'plan.cjs'), join(t.dir, 'bin', 'plan.cjs'));
  copyFileSync(join(ROOT, 'dist', 'plan.cjs'), join(t.dir, 'dist', 'plan.cjs'));
  if (cache === 'same') copyFileSync(join(ROOT, 'dist', 'plan.cjs.cache'), join(t.dir, 'dist', 'plan.cjs.cache'));
  // the cache of another V8 build, or a damaged file: V8 checks it and rejects it
  if (cache === 'corrupt') writeFileSync(join(t.dir, 'dist', 'plan.cjs.cache'), Buffer.alloc(4096, 7));
  for (const p of ['package.json', 'schemas', 'seeds', 'node_modules', 'plans']) symlinkSync(join(ROOT, p), join(t.dir, p));
  return {
    run: (args) => {
      const r = spawnSync(process.execPath, [join(t.dir, 'bin', 'plan.cjs'), ...args], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PLAN_DEBUG_CACHE: '1' } });
      return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    },
    cleanup: t.cleanup,
  };
}

const copies: { cleanup: () => void }[] = [];
afterAll(() => {
  for (const c of copies) c.cleanup();
});

describe('the installed executable', () => {
  it('uses the code cache the build made, and the lint-only bundle for plan lint', () => {
    expect(runPlan(['lint', PLAN], { env: { PLAN_DEBUG_CACHE: '1' } }).stderr).toContain('plan: code cache used (plan-lint.cjs)');
    expect(runPlan(['risks', PLAN], { env: { PLAN_DEBUG_CACHE: '1' } }).stderr).toContain('plan: code cache used (plan.cjs)');
    expect(runPlan(['--version'], { env: { PLAN_DEBUG_CACHE: '1' } }).stderr).toContain('plan: code cache used (plan.cjs)');
  });

  it('the bundles are ASCII: one character beyond it makes V8 read and compile the whole program as two-byte text, at every start', () => {
    for (const bundle of ['plan.cjs', 'plan-lint.cjs']) {
      const bytes = readFileSync(join(ROOT, 'dist', bundle));
      const at = bytes.findIndex((b) => b > 0x7f);
      // (esbuild escapes what is beyond ASCII in strings, not in regular expressions: write \u escapes there)
      expect(at === -1 ? 'ASCII' : `${bundle}: not ASCII at byte ${at}: ${bytes.subarray(Math.max(0, at - 40), at + 20).toString('utf8')}`).toBe('ASCII');
    }
  });

  it('plan lint says the same from the lint-only bundle as from the whole program', () => {
    // the copy has only dist/plan.cjs, so its plan lint runs in the whole program
    const copy = packageCopy('same');
    copies.push(copy);
    for (const args of [['lint', PLAN], ['lint', 'plans', '--format', 'json'], ['lint', '--help'], ['lint', '--list-rules'], ['lint', '--format', 'nope']]) {
      const whole = copy.run(args);
      const lintOnly = runPlan(args);
      expect(lintOnly.stdout, args.join(' ')).toBe(whole.stdout);
      expect(lintOnly.code, args.join(' ')).toBe(whole.code);
    }
  });

  it('runs the same without a cache, and with one V8 rejects', () => {
    const expected = runPlan(['lint', PLAN]);
    expect(expected.code).toBe(0);
    for (const kind of ['none', 'corrupt', 'same'] as const) {
      const copy = packageCopy(kind);
      copies.push(copy);
      const r = copy.run(['lint', PLAN]);
      expect(r.stdout, kind).toBe(expected.stdout);
      expect(r.code, kind).toBe(expected.code);
      expect(r.stderr, kind).toContain(`plan: code cache ${kind === 'none' ? 'none' : kind === 'corrupt' ? 'rejected' : 'used'}`);
    }
  });

  it('runs when node was told to freeze V8 flags (plan sets one of its own at start-up)', () => {
    const expected = runPlan(['lint', PLAN]);
    for (const flag of ['--freeze-flags-after-init', '--freeze_flags_after_init']) {
      const r = runPlan(['lint', PLAN], { nodeArgs: [flag] });
      expect(r.stderr, flag).toBe(expected.stderr);
      expect(r.stdout, flag).toBe(expected.stdout);
      expect(r.code, flag).toBe(expected.code);
    }
  });

  it('exits once its output is written, not when everything else scheduled has run', () => {
    // A timer set before plan starts (as V8's own end-of-run housekeeping would be) must not hold it up.
    const t = tempDir({ 'timer.cjs': 'setTimeout(() => {}, 20_000);\n' });
    copies.push(t);
    const expected = runPlan(['lint', PLAN]);
    const started = Date.now();
    const r = runPlan(['lint', PLAN], { nodeArgs: ['--require', join(t.dir, 'timer.cjs')] });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect([r.code, r.stdout, r.stderr]).toEqual([expected.code, expected.stdout, expected.stderr]);
  });

  it('says how to build it when the bundle is missing', () => {
    const t = tempDir();
    copies.push(t);
    mkdirSync(join(t.dir, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'plan.cjs'), join(t.dir, 'bin', 'plan.cjs'));
    const r = spawnSync(process.execPath, [join(t.dir, 'bin', 'plan.cjs'), 'lint'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/has not been built yet\nhint: run npm install/);
  });
});
