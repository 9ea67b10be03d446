/**
 * "Did you mean": the bounded search must pick exactly what measuring every candidate in full would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance, closest, didYouMean, didYouMeanAmong, editDistance } from '../../src/util/suggest.js';

/** The full table: Levenshtein's, with two adjacent letters swapped as one edit (optimal string alignment). */
function fullDistance(a: string, b: string): number {
  const t = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      t[i]![j] = Math.min(t[i - 1]![j]! + 1, t[i]![j - 1]! + 1, t[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) t[i]![j] = Math.min(t[i]![j]!, t[i - 2]![j - 2]! + 1);
    }
  }
  return t[a.length]![b.length]!;
}

/** What closest() must return: the first candidate at the smallest distance, if within the limit. */
function reference(input: string, candidates: string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_\-/.]+/g, '');
  const target = norm(input);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = fullDistance(target, norm(c));
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(target.length, 3) / 3));
  return best !== undefined && bestScore <= limit ? best : undefined;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', ' ', '-', 'é'), maxLength: 12 });

describe('suggestions', () => {
  it('measures edit distance exactly, and bounded distance up to its bound', () => {
    fc.assert(
      fc.property(word, word, fc.nat(8), (a, b, max) => {
        const d = fullDistance(a, b);
        expect(editDistance(a, b)).toBe(d);
        expect(boundedDistance(a, b, max)).toBe(Math.min(d, max + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('picks the same candidate as measuring every one in full', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (input, candidates) => {
        expect(closest(input, candidates)).toBe(reference(input, candidates));
      }),
      { numRuns: 2000 },
    );
    expect(closest('Jon Smith', ['Jane Smyth', 'John Smith', 'Jon Smyth'])).toBe('John Smith');
    expect(closest('xyz', ['John Smith'])).toBeUndefined();
  });

  it('counts two letters swapped as one slip', () => {
    expect(editDistance('deu', 'due')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', 'ca')).toBe(3); // not 2: each letter is edited once at most
    expect(closest('deu', ['id', 'title', 'owner', 'start', 'due', 'status'])).toBe('due');
    expect(closest('onwer', ['id', 'title', 'owner', 'start', 'due', 'status'])).toBe('owner');
    expect(closest('Alsion Gellett', ['Alison Gellett', 'Brin Downing'])).toBe('Alison Gellett');
  });

  it('remembers suggestions per set of names, and says what didYouMean says', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.uniqueArray(word, { maxLength: 8 }), fc.nat(3))), (calls) => {
        // A few sets, asked about in turn and again: each answer is the one a fresh search gives.
        const sets = calls.map(([, names]) => new Set(names));
        for (const [i, [input]] of calls.entries()) {
          const set = sets[(i + calls[i]![2]) % sets.length]!;
          expect(didYouMeanAmong(input, set)).toBe(didYouMean(input, set));
        }
      }),
      { numRuns: 300 },
    );
    // The same misspelling against two registers: each register's own answer, not the first one remembered.
    const a = new Set(['Alison Gellett']);
    const b = new Set(['Alison Gillard']);
    expect(didYouMeanAmong('Alison Gillet', a)).toContain("'Alison Gellett'");
    expect(didYouMeanAmong('Alison Gillet', b)).toContain("'Alison Gillard'");
    expect(didYouMeanAmong('Alison Gillet', a)).toContain("'Alison Gellett'");
  });
});
