/**
 * jsonChunks gives JSON.stringify(value, null, 2) in pieces, so that a large report is written as it is
 * laid out rather than made as one string first. The pieces must join to exactly what JSON.stringify gives,
 * for any plain data and any depth laid out.
 */
import { describe, expect, it } from 'vitest';
import { Later, Streamed, jsonChunks, jsonListChunks } from '../src/util/json-chunks.js';
import { random } from './helpers.js';

const KEYS = ['id', 'title', 'matrix', 'drop', 'fn', '0', '10', '2', 'a b', 'é', '"q"', 'nested', ''];
const STRINGS = ['', 'plain', 'line\nbreak', 'tab\there', 'quote " and \\', '£12,000 – on track', '\u2028', '😀', 'x'.repeat(40)];

function value(next: () => number, depth: number): unknown {
  const pick = next();
  if (depth > 0 && pick < 0.3) return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth - 1));
  if (depth > 0 && pick < 0.6) {
    const o: Record<string, unknown> = {};
    for (let i = Math.floor(next() * 5); i > 0; i--) o[KEYS[Math.floor(next() * KEYS.length)]!] = value(next, depth - 1);
    return o;
  }
  const leaves: unknown[] = [null, true, false, 0, -1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, undefined, () => 1, STRINGS[Math.floor(next() * STRINGS.length)]];
  return leaves[Math.floor(next() * leaves.length)];
}

describe('jsonChunks', () => {
  it('joins to what JSON.stringify gives, for random data and depths', () => {
    const next = random(7);
    for (let i = 0; i < 5_000; i++) {
      const v = value(next, 5);
      const depth = Math.floor(next() * 4);
      const expected = JSON.stringify(v, null, 2);
      const got = [...jsonChunks(v, depth)];
      if (expected === undefined) expect(got).toEqual([]);
      else expect(got.join(''), JSON.stringify({ v, depth })).toBe(expected);
    }
  });

  it('joins a list made item by item to what JSON.stringify gives for the list', () => {
    const next = random(11);
    for (let i = 0; i < 2_000; i++) {
      const list = Array.from({ length: Math.floor(next() * 5) }, () => value(next, 4));
      function* one() {
        yield* list;
      }
      expect([...jsonListChunks(one())].join('')).toBe(JSON.stringify(list, null, 2));
    }
  });

  it('lays out a Streamed list and a Later value as JSON.stringify lays out the list and the value', () => {
    const next = random(13);
    for (let i = 0; i < 2_000; i++) {
      const list = Array.from({ length: Math.floor(next() * 4) }, () => value(next, 3));
      const after = value(next, 3);
      const depth = 2 + Math.floor(next() * 2); // (the list is laid out: it is not one of JSON.stringify's values)
      function* one() {
        yield* list;
      }
      const expected = JSON.stringify({ head: 1, list, after }, null, 2);
      expect([...jsonChunks({ head: 1, list: new Streamed(one()), after: new Later(() => after) }, depth)].join(''), JSON.stringify({ list, after, depth })).toBe(expected);
    }
  });

  it('takes a Streamed list item by item as its pieces are taken, and makes a Later value only when reached', () => {
    const taken: number[] = [];
    function* items() {
      for (let i = 0; i < 3; i++) {
        taken.push(i);
        yield { i };
      }
    }
    let made = 0;
    const pieces = jsonChunks({ list: new Streamed(items()), total: new Later(() => ++made) }, 2);
    const seen: string[] = [];
    for (let next = pieces.next(); !next.done; next = pieces.next()) {
      seen.push(next.value);
      // an item is taken only once the pieces before it are written, and the total only after the last
      if (next.value.includes('"i": 0')) expect([taken.length, made]).toEqual([1, 0]);
      if (next.value.includes('"i": 2')) expect([taken.length, made]).toEqual([3, 0]);
    }
    expect(made).toBe(1);
    expect(seen.join('')).toBe(JSON.stringify({ list: [{ i: 0 }, { i: 1 }, { i: 2 }], total: 1 }, null, 2));
  });

  it('gives the laid-out levels in pieces', () => {
    const report = { quarter: '2016/17 Q4', plans: [{ id: 'a', matrix: 'x' }, { id: 'b' }] };
    const pieces = [...jsonChunks(report, 2)];
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
    // each plan its own piece
    expect(pieces).toContain(JSON.stringify({ id: 'a', matrix: 'x' }, null, 2).replaceAll('\n', '\n    '));
  });
});
