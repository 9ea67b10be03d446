/**
 * Golden files for plan diff: one fixed pair of versions of the Southend plan (old.yaml is the plan as
 * transcribed; new.yaml a realistic revision) and the text, JSON and Markdown output expected for it.
 * After an intended change, check the new output by eye and rewrite with UPDATE_GOLDEN=1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan } from '../helpers.js';

const DIR = 'test/fixtures/diff';
const FORMATS = [
  { format: 'text', file: 'expected.txt' },
  { format: 'json', file: 'expected.json' },
  { format: 'markdown', file: 'expected.md' },
] as const;

/** A line diff (LCS) with a little context, as `diff -u` would show it: - expected, + actual. */
function lineDiff(expected: string, actual: string, context = 2): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const t: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const ops: { op: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ op: ' ', line: a[i++]! });
      j++;
    } else if (i < a.length && (j >= b.length || t[i + 1]![j]! >= t[i]![j + 1]!)) ops.push({ op: '-', line: a[i++]! });
    else ops.push({ op: '+', line: b[j++]! });
  }
  const keep = ops.map((o, k) => o.op !== ' ' || ops.slice(Math.max(0, k - context), k + context + 1).some((x) => x.op !== ' '));
  const out: string[] = [];
  ops.forEach((o, k) => {
    if (keep[k]) out.push(`${o.op} ${o.line}`);
    else if (k === 0 || keep[k - 1]) out.push('  …');
  });
  return out.join('\n');
}

function golden(file: string, actual: string): void {
  const path = join(ROOT, DIR, file);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  const expected = readFileSync(path, 'utf8');
  if (expected !== actual) {
    throw new Error(`${DIR}/${file} does not match the output (- expected, + actual):\n${lineDiff(expected, actual)}\n\nIf the change is intended, check it by eye and rerun with UPDATE_GOLDEN=1.`);
  }
}

describe('plan diff golden files', () => {
  for (const { format, file } of FORMATS) {
    it(`--format ${format} matches ${file}`, () => {
      const r = runPlan(['diff', '--format', format, '--exit-code', `${DIR}/old.yaml`, `${DIR}/new.yaml`], { cwd: ROOT });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      golden(file, r.stdout);
    });
  }

  it('shows a readable diff when output and golden file differ', () => {
    expect(lineDiff('a\nb\nc\nd\ne\nf\ng', 'a\nb\nc\nD\ne\nf\ng', 1)).toBe('  …\n  c\n- d\n+ D\n  e\n  …');
  });
});
