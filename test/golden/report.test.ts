/**
 * The quarterly report of the performance fixture (test/fixtures/report/performance) in every format, each
 * compared with its expected output. Run with UPDATE_GOLDEN=1 to rewrite the .out files after a deliberate
 * change, then read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan } from '../helpers.js';
import { QUARTER, fixtureCopy } from '../fixtures/report/copy.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'report');

describe('report formats on the performance fixture', () => {
  let copy: ReturnType<typeof fixtureCopy>;
  beforeAll(() => {
    copy = fixtureCopy();
  });
  afterAll(() => copy.cleanup());
  for (const format of ['text', 'markdown', 'html', 'json', 'csv']) {
    it(format, () => {
      const r = runPlan(['report', '.', ...QUARTER, '--format', format], { cwd: copy.dir, env: { COLUMNS: '120' } });
      expect(r.stderr, r.stderr).toBe('');
      expect(r.code).toBe(0);
      const file = join(GOLDEN, `performance.${format}.out`);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
        if (!process.env.UPDATE_GOLDEN && process.env.CI) throw new Error(`missing golden file ${file}`);
        writeFileSync(file, r.stdout);
      }
      expect(r.stdout).toBe(readFileSync(file, 'utf8'));
    });
  }
});
