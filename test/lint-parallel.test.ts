/**
 * plan lint on a large corpus uses worker threads; the output must be the same, byte for byte, as on one
 * thread: findings in the same order, rules across plans (measure codes unique in a council) seeing every
 * plan, excerpts under syntax errors, council registers loaded once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { spreadOrder, workersFor } from '../src/lint/parallel.js';
import { ROOT, bundledCopies, runPlan, tempDir } from './helpers.js';

const t = tempDir();
afterAll(() => t.cleanup());

/**
 * 240 plans: the bundled ones over and over with their own ids (so measure codes repeat across plans), one
 * broken; or (clean) the bundled ones as they are, which have warnings but no errors.
 */
function corpus(clean = false): string {
  const dir = join(t.dir, clean ? 'clean' : 'corpus');
  bundledCopies(dir, 240, (text, i) => (i === 130 && !clean ? text.replace(/^period: /m, 'period: [unclosed\n  x: ') : text));
  // a measure catalogue, so that the rule across plans has something to say about every Vale copy
  if (!clean) writeFileSync(join(dir, 'vale-of-glamorgan', 'council.yaml'), `${readFileSync(join(ROOT, 'plans', 'vale-of-glamorgan', 'council.yaml'), 'utf8')}\nmeasures:\n  - id: EDU/003\n    title: A different measure\n`);
  return dir;
}

const dir = corpus();
const clean = corpus(true);

describe('plan lint across worker threads', () => {
  for (const format of ['stylish', 'json']) {
    it(`gives the same ${format} output as one thread, and uses the workers`, () => {
      const one = runPlan(['lint', dir, '--format', format, '--jobs', '1'], { cwd: t.dir, timeout: 120_000 });
      const two = runPlan(['lint', dir, '--format', format, '--jobs', '2'], { cwd: t.dir, timeout: 120_000, env: { PLAN_DEBUG_CACHE: '1' } });
      const three = runPlan(['lint', dir, '--format', format, '--jobs', '3'], { cwd: t.dir, timeout: 120_000, env: { PLAN_DEBUG_CACHE: '1' } });
      expect(one.code).toBe(1); // the broken plan
      expect(one.stdout).toContain('plan-130.yaml');
      expect(one.stdout).toMatch(/measure-codes-council/);
      for (const r of [two, three]) {
        expect(r.stdout).toBe(one.stdout);
        expect(r.code).toBe(one.code);
      }
      // --jobs counts threads: this one and n - 1 workers.
      expect(two.stderr.match(/plan: worker code cache/g)?.length).toBe(1);
      expect(three.stderr.match(/plan: worker code cache/g)?.length).toBe(2);
      expect(one.stderr).not.toMatch(/worker/);
    });
  }

  it('--quiet counts the warnings it does not show (for --max-warnings), on one thread and on workers', () => {
    const all = JSON.parse(runPlan(['lint', clean, '-f', 'json', '--jobs', '1'], { cwd: t.dir, timeout: 120_000 }).stdout) as { severity: string }[];
    const warnings = all.filter((d) => d.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(240);
    expect(all.some((d) => d.severity === 'error')).toBe(false);
    for (const jobs of [['--jobs', '1'], ['--jobs', '2']]) {
      const over = runPlan(['lint', clean, '--quiet', '--max-warnings', String(warnings - 1), ...jobs], { cwd: t.dir, timeout: 120_000 });
      expect(over.code).toBe(1);
      expect(over.stderr).toContain(`${warnings} warnings is more than --max-warnings ${warnings - 1}`);
      const within = runPlan(['lint', clean, '--quiet', '--max-warnings', String(warnings), ...jobs], { cwd: t.dir, timeout: 120_000 });
      expect(within.code).toBe(0);
      expect(within.stdout).toContain('no problems');
    }
  });

  it('refuses a --jobs that is not a whole number from 1 to 64', () => {
    for (const bad of ['0', 'two', '65', '1.5']) {
      const r = runPlan(['lint', dir, '--jobs', bad], { cwd: t.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--jobs needs a whole number from 1 to 64');
    }
  });
});

describe('how many workers', () => {
  it('--jobs counts threads: this one and n - 1 workers, never more than there are batches of 20 files', () => {
    expect(workersFor(100_000, 1)).toBe(0);
    expect(workersFor(100_000, 2)).toBe(1);
    expect(workersFor(100_000, 3)).toBe(2);
    expect(workersFor(30, 4)).toBe(1); // two batches
    expect(workersFor(20, 4)).toBe(0); // one batch: this thread alone
    expect(workersFor(100_000, 64)).toBe(15); // 16 threads at most
  });

  it('by default, one thread per core from 4,000 files, and below that this thread alone', () => {
    expect(workersFor(3_999)).toBe(0);
    expect(workersFor(4_000)).toBe(availableParallelism() < 2 ? 0 : Math.min(availableParallelism(), 16) - 1);
  });
});

describe('the order batches are taken in', () => {
  it('takes every batch once', () => {
    for (let count = 0; count <= 600; count++) {
      const order = spreadOrder(count);
      expect(order.length).toBe(count);
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
    }
  });

  it('spreads the first batches over the whole corpus, so that each thread meets every council early', () => {
    expect(spreadOrder(8)).toEqual([0, 4, 2, 6, 1, 5, 3, 7]);
    expect(spreadOrder(5)).toEqual([0, 4, 2, 1, 3]);
    // 10,000 plans: 501 batches. Among any first 2^k taken, no gap between neighbours is wider than 512 / 2^k.
    const order = spreadOrder(501);
    for (let k = 1; k <= 8; k++) {
      const first = order.slice(0, 2 ** k).sort((a, b) => a - b);
      const gaps = first.slice(1).map((b, i) => b - first[i]!);
      expect(Math.max(...gaps, 501 - first.at(-1)!)).toBeLessThanOrEqual(512 / 2 ** k);
    }
  });
});
