/**
 * The width cli-table3's text functions are given (src/util/text-width.ts) is string-width's, always;
 * string-width is asked only for text not all of one-column characters once its colour codes are gone.
 */
import { createRequire } from 'node:module';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { textWidth } from '../src/util/text-width.js';

// The string-width cli-table3 itself loads (the build gives it textWidth in its place), wherever npm put it.
const fromCliTable3 = createRequire(createRequire(import.meta.url).resolve('cli-table3'));
const stringWidth = fromCliTable3('string-width') as (text: string) => number;

const chalk = new Chalk({ level: 3 });
const styles = [(s: string) => s, chalk.bold, chalk.red, chalk.green.bold, chalk.hex('#ff8800'), chalk.bgYellow.black, chalk.dim.underline];
// Text of every kind a cell can hold: plain ASCII, and what string-width counts otherwise (wide, emoji,
// combining marks, controls, escape sequences that are not colours).
const piece = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
  // the narrow ranges answered without string-width, and the marks around them
  fc.string({ unit: fc.integer({ min: 0x9e, max: 0x370 }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
  fc.string({ unit: fc.integer({ min: 0x2008, max: 0x2030 }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
  fc.constantFrom('©', '®', '©\ufe0f', '®\ufe0f', '‼\ufe0f', '™', '•', '…', '–', '—', '’', '£', '½'),
  fc.constantFrom('é', 'e\u0301', '日本', '👍', '👩‍👩‍👧', '#\ufe0f\u20e3', '1', '*', '\t', '\u001b', '\u009b', '\u001b]8;;http://x\u0007', '\u0007', '\u00ad', '\ufe0f', '\u200d', '\ud800', 'ｗ', '\u2028'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const text = fc.array(fc.tuple(piece, fc.nat(styles.length - 1)), { maxLength: 6 }).map((parts) => parts.map(([p, s]) => styles[s]!(p)).join(''));

describe('text width for tables', () => {
  it('is what string-width says, for any text, coloured or not', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(textWidth(t, stringWidth)).toBe(stringWidth(t));
      }),
      { numRuns: 5000 },
    );
    for (const t of ['', 'Alison Gellett', '#', '123', '*', chalk.red('overdue'), '\u001b[1m\u001b[22m', '日本語', 'Café', '👍 done']) {
      expect(textWidth(t, stringWidth)).toBe(stringWidth(t));
    }
    expect(textWidth(undefined, stringWidth)).toBe(0);
  });

  it('answers ASCII and Latin text, coloured or not, without string-width', () => {
    const full = vi.fn(stringWidth);
    const narrow = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0x2ff }), fc.integer({ min: 0x2010, max: 0x2027 }));
    fc.assert(
      fc.property(fc.string({ unit: narrow.map((c) => String.fromCharCode(c)) }), fc.nat(styles.length - 1), (t, s) => {
        expect(textWidth(styles[s]!(t), full)).toBe(t.length);
      }),
    );
    expect(textWidth('Café — 85% of target…', full)).toBe(21);
    expect(full).not.toHaveBeenCalled();
    expect(textWidth('日本', full)).toBe(4);
    expect(textWidth('©\ufe0f', full)).toBe(stringWidth('©\ufe0f'));
    expect(full).toHaveBeenCalledTimes(2);
  });
});
