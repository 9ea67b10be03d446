/**
 * Property-based: lint never throws, finishes within a bound per file, and places every diagnostic inside
 * the file, for real plans mutated in ~200 ways per run (npm run fuzz runs the same for 100,000 cases).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUND_MS, applyMutation, build, caseArbitrary, check, describeCase, harness, loadSeeds, positionProblem } from './properties.js';

const seeds = loadSeeds();
const h = harness();

describe('lint on mutated plans (property-based)', () => {
  it('has real plans to start from, and they are clean of position faults', () => {
    expect(seeds.length).toBeGreaterThan(10);
    for (const s of seeds) expect(check(h, s, s.text, DEFAULT_BOUND_MS * 5).failure, s.name).toBeUndefined();
  });

  it('never throws, stays within the time bound, and every position lies inside the file (200 cases)', () => {
    fc.assert(
      fc.property(caseArbitrary(seeds), (c) => {
        const { seed, text } = build(seeds, c);
        const outcome = check(h, seed, text);
        if (outcome.failure) throw new Error(`${outcome.failure}\n  case: ${describeCase(seeds, c)}`);
      }),
      { numRuns: 200 },
    );
  });

  it('the position check itself catches positions outside the file', () => {
    const text = 'a: 1\nbb: 2\n';
    const d = { file: 'f', severity: 'error' as const, ruleId: 'x', message: 'm' };
    expect(positionProblem({ ...d, line: 2, column: 6, endLine: 2, endColumn: 6 }, text)).toBeUndefined();
    expect(positionProblem({ ...d, line: 2, column: 7, endLine: 2, endColumn: 7 }, text)).toMatch(/column outside/);
    expect(positionProblem({ ...d, line: 4, column: 1, endLine: 4, endColumn: 1 }, text)).toMatch(/line outside/);
    expect(positionProblem({ ...d, line: 0, column: 1, endLine: 1, endColumn: 1 }, text)).toMatch(/line outside/);
    expect(positionProblem({ ...d, line: 1, column: 3, endLine: 1, endColumn: 2 }, text)).toMatch(/ends before/);
    // CRLF: the column counts visible characters only
    expect(positionProblem({ ...d, line: 1, column: 6, endLine: 1, endColumn: 6 }, 'a: 1\r\n')).toMatch(/column outside/);
  });

  it('mutations do what they say', () => {
    expect(applyMutation('a: 1\nb: 2\n', { op: 'swapLines', line: 0, other: 1 })).toBe('b: 2\na: 1\n');
    expect(applyMutation('a:\n  b: 1\n', { op: 'tabIndent', line: 1 })).toBe('a:\n\tb: 1\n');
    expect(applyMutation('a: 1\n', { op: 'crlf' })).toBe('a: 1\r\n');
    expect(applyMutation('a: 1\n', { op: 'truncate', at: 3 })).toBe('a: ');
    expect(applyMutation('a: 1\n', { op: 'anchor', at: 3, name: 'x', aliasAt: 0 })).toBe('*xa: &x 1\n');
  });
});
