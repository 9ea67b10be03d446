/** plan diff's word diff: which words are shown deleted and inserted, and how long texts are cut short. */
import { describe, expect, it } from 'vitest';
import { renderWords, wordDiff } from '../../src/analyses/diff/wording.js';
import { LINEAR, growth } from '../helpers.js';

const show = (a: string, b: string, options = {}) => renderWords(wordDiff(a, b, options));
const numbered = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('word diff', () => {
  it('shows a word replaced, inserted and deleted, keeping the words around it', () => {
    expect(show('a b c d', 'a x c d')).toBe('a [-b-] {+x+} c d');
    expect(show('a b c', 'a b c d')).toBe('a b c {+d+}');
    expect(show('a b c', 'x a b c')).toBe('{+x+} a b c');
    expect(show('a b c', 'a c')).toBe('a [-b-] c');
  });

  it('gives the parts as unchanged, deleted and inserted runs, deletions before insertions', () => {
    expect(wordDiff('the old grey cat sat', 'the new black cat sat')).toEqual([
      { op: 'same', text: 'the' },
      { op: 'del', text: 'old grey' },
      { op: 'ins', text: 'new black' },
      { op: 'same', text: 'cat sat' },
    ]);
  });

  it('compares whole words, punctuation with its word, whitespace evened out', () => {
    expect(show('Deliver by March.', 'Deliver by April.')).toBe('Deliver by [-March.-] {+April.+}');
    expect(show('Deliver  the\nplan ', ' Deliver the plan')).toBe('Deliver the plan');
    expect(wordDiff('same text', 'same   text').every((p) => p.op === 'same')).toBe(true);
  });

  it('pairs the words both texts keep, in order', () => {
    expect(show('Ensure sufficient secondary school places', 'Ensure enough school places for all')).toBe('Ensure [-sufficient secondary-] {+enough+} school places {+for all+}');
  });

  it('cuts long unchanged stretches to a gap, keeping four words either side of a change', () => {
    const long = numbered(40);
    const edited = [...long.slice(0, 20), 'NEW', ...long.slice(20)];
    expect(show(long.join(' '), edited.join(' '))).toBe('… w16 w17 w18 w19 {+NEW+} w20 w21 w22 w23 …');
    const parts = wordDiff(long.join(' '), edited.join(' '));
    expect(parts[0]).toEqual({ op: 'gap', text: '…' });
  });

  it('leaves a stretch too short to be worth cutting', () => {
    // between two changes: four words kept each side, so a stretch of up to twelve words stays whole
    const between = numbered(12).join(' ');
    expect(show(`A ${between} B`, `X ${between} Y`)).toBe(`[-A-] {+X+} ${between} [-B-] {+Y+}`);
    const longer = numbered(13).join(' ');
    expect(show(`A ${longer} B`, `X ${longer} Y`)).toBe('[-A-] {+X+} w0 w1 w2 w3 … w9 w10 w11 w12 [-B-] {+Y+}');
  });

  it('keeps as many words of context as asked', () => {
    const long = numbered(30);
    const edited = [...long.slice(0, 15), 'NEW', ...long.slice(15)];
    expect(show(long.join(' '), edited.join(' '), { context: 2 })).toBe('… w13 w14 {+NEW+} w15 w16 …');
  });

  it('cuts a long deleted or inserted run short', () => {
    const added = 'x'.repeat(300);
    const parts = wordDiff('a b', `a ${added} b`, { maxRun: 20 });
    expect(parts[1]).toEqual({ op: 'ins', text: `${'x'.repeat(19)}…` });
  });

  it('shows texts too far apart to pair word by word as one replacement, keeping their common start and end', () => {
    const a = ['Start', ...numbered(50, 'a'), 'end.'].join(' ');
    const b = ['Start', ...numbered(50, 'b'), 'end.'].join(' ');
    const parts = wordDiff(a, b, { maxEdits: 10, maxRun: 10_000 });
    expect(parts.map((p) => p.op)).toEqual(['same', 'del', 'ins', 'same']);
    expect(parts[1]!.text).toBe(numbered(50, 'a').join(' '));
    expect(parts[2]!.text).toBe(numbered(50, 'b').join(' '));
    // within the limit the same texts pair word by word
    expect(wordDiff('Start a0 x end.', 'Start b0 x end.', { maxEdits: 10 }).map((p) => p.op)).toEqual(['same', 'del', 'ins', 'same']);
    expect(show('Start a0 x end.', 'Start b0 x end.', { maxEdits: 10 })).toBe('Start [-a0-] {+b0+} x end.');
  });

  it('grows linearly on very long texts with nothing in common', () => {
    const texts = (n: number): [string, string] => [numbered(n, 'a').join(' '), numbered(n, 'b').join(' ')];
    const parts = wordDiff(...texts(5000));
    expect(parts.map((p) => p.op)).toEqual(['del', 'ins']);
    expect(parts.every((p) => p.text.length <= 160)).toBe(true);
    expect(growth(texts, ([a, b]) => wordDiff(a, b), 5000)).toBeLessThan(LINEAR);
  });

  it('has nothing to show for two empty texts, and all inserted from an empty one', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'new words')).toEqual([{ op: 'ins', text: 'new words' }]);
    expect(wordDiff('old words', ' ')).toEqual([{ op: 'del', text: 'old words' }]);
  });

  it('renders a gap as an ellipsis and the runs as [-deleted-] {+inserted+}', () => {
    expect(renderWords([{ op: 'gap', text: '…' }, { op: 'same', text: 'a' }, { op: 'del', text: 'b' }, { op: 'ins', text: 'c' }])).toBe('… a [-b-] {+c+}');
  });
});
