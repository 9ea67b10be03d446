/**
 * Golden tests in the manner of actionlint: an input and the exact output expected for each format.
 * Run with UPDATE_GOLDEN=1 to rewrite the .out files after a deliberate change, then read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan } from '../helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden');

function golden(name: string, args: string[], expectedCode: number): void {
  it(`${name}`, () => {
    const r = runPlan(args, { env: { COLUMNS: '120' } });
    expect(r.stderr, r.stderr).toBe('');
    expect(r.code).toBe(expectedCode);
    const file = join(GOLDEN, `${name}.out`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      if (!process.env.UPDATE_GOLDEN && process.env.CI) throw new Error(`missing golden file ${file}`);
      writeFileSync(file, r.stdout);
    }
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
}

describe('lint formats', () => {
  const input = 'test/golden/lint/faults.yaml';
  for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) golden(`lint/faults.${format}`, ['lint', input, '--format', format, '--as-of', '2017-06-30'], 1);
});

describe('risks formats', () => {
  golden('risks/bundled.table', ['risks', 'plans'], 0);
  golden('risks/bundled.json', ['risks', 'plans', '--format', 'json'], 0);
  golden('risks/bundled.csv', ['risks', 'plans', '--format', 'csv'], 0);
  golden('risks/bundled.markdown', ['risks', 'plans', '--format', 'markdown'], 0);
  golden('risks/vale.heatmap', ['risks', 'plans/vale-of-glamorgan', '--heatmap', '--ids'], 0);
  golden('risks/southend.heatmap', ['risks', 'plans/southend/learning-2017-18.yaml', '--heatmap'], 0);
});

describe('overdue formats', () => {
  const args = ['overdue', 'plans/vale-of-glamorgan', '--as-of', '2017-06-01', '--within', '60'];
  golden('overdue/vale-2017-06-01.table', args, 0);
  golden('overdue/vale-2017-06-01.json', [...args, '--format', 'json'], 0);
  golden('overdue/vale-2017-06-01.csv', [...args, '--format', 'csv'], 0);
  golden('overdue/vale-2017-06-01.markdown', [...args, '--format', 'markdown', '--by', 'plan'], 0);
});
