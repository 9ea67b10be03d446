/**
 * The executable as installed: bin/plan.cjs runs the one-file bundle, dist/plan.cjs, from wherever the
 * package is, and says how to build it when it has not been built.
 */
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers.js';

const PLAN = 'plans/southend/learning-2017-18.yaml';

describe('the installed executable', () => {
  it('runs the bundle from a copy of the package, as from the repository', () => {
    const t = tempDir();
    try {
      mkdirSync(join(t.dir, 'bin'));
      mkdirSync(join(t.dir, 'dist'));
      copyFileSync(join(ROOT, 'bin', 'plan.cjs'), join(t.dir, 'bin', 'plan.cjs'));
      copyFileSync(join(ROOT, 'dist', 'plan.cjs'), join(t.dir, 'dist', 'plan.cjs'));
      for (const p of ['package.json', 'schemas', 'seeds', 'node_modules', 'plans']) symlinkSync(join(ROOT, p), join(t.dir, p));
      for (const args of [['lint', PLAN], ['lint', 'plans', '--format', 'json'], ['risks', PLAN], ['--version'], ['lint', '--format', 'nope']]) {
        const expected = runPlan(args);
        const r = spawnSync(process.execPath, [join(t.dir, 'bin', 'plan.cjs'), ...args], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        expect(r.stdout, args.join(' ')).toBe(expected.stdout);
        expect(r.status, args.join(' ')).toBe(expected.code);
      }
      expect(runPlan(['lint', PLAN]).code).toBe(0);
      expect(runPlan(['lint', '--format', 'nope']).code).toBe(2);
    } finally {
      t.cleanup();
    }
  });

  it('says how to build it when the bundle is missing', () => {
    const t = tempDir();
    try {
      mkdirSync(join(t.dir, 'bin'));
      copyFileSync(join(ROOT, 'bin', 'plan.cjs'), join(t.dir, 'bin', 'plan.cjs'));
      const r = spawnSync(process.execPath, [join(t.dir, 'bin', 'plan.cjs'), 'lint'], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/has not been built yet\nhint: run npm install/);
    } finally {
      t.cleanup();
    }
  });
});
