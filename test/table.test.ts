/**
 * Terminal tables are drawn in one pass (src/formatters/table.ts), as cli-table3 would draw them with the
 * same options: the same lines, byte for byte, coloured or not.
 */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../src/formatters/table.js';

/** The table as cli-table3 draws it, with the options plan used it with. */
function byCliTable3(head: string[], rows: string[][], widths: number[], aligns: string[]): string {
  const table = new Table({ head, colWidths: widths, colAligns: aligns as ('left' | 'right' | 'center')[], wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [], compact: false } });
  for (const r of rows) table.push(r);
  return table.toString();
}

const chalk = new Chalk({ level: 3 });
const paint = [(s: string) => s, chalk.red, chalk.bold, chalk.bgRed.white, chalk.dim, (s: string) => chalk.red(`${s} ${chalk.bold('x')} y`)];
// Words of every kind: plain, wide, long enough to be cut, spaced oddly, with colour inside.
const word = fc.oneof(
  fc.constantFrom('overdue', 'Alison Gellett', 'LS/M059a', '2017-09-30', '85%', '—', 'Café', '日本語', 'a-very-long-word-that-cannot-fit', '', '  ', 'x', 'non\u00a0breaking', '£1,250…'),
  fc.string({ maxLength: 12 }),
);
const text = fc.tuple(fc.array(word, { maxLength: 6 }), fc.constantFrom(' ', '  ', ' \t', '\u00a0', ' \u2013 '), fc.nat(paint.length - 1)).map(([w, sep, p]) => paint[p]!(w.join(sep)));

describe('terminal tables', () => {
  it('are drawn as cli-table3 draws them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.record({
            head: fc.array(text, { minLength: n, maxLength: n }),
            rows: fc.array(fc.array(text, { minLength: n, maxLength: n }), { maxLength: 8 }),
            widths: fc.array(fc.integer({ min: 3, max: 30 }), { minLength: n, maxLength: n }),
            aligns: fc.array(fc.constantFrom('left', 'right', 'center'), { minLength: n, maxLength: n }),
          }),
        ),
        ({ head, rows, widths, aligns }) => {
          expect(drawTable(head, rows, widths, aligns)).toBe(byCliTable3(head, rows, widths, aligns));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a small table, written out', () => {
    const drawn = drawTable(['Id', 'Title'], [['A1', 'One'], ['A2', 'Two and a half']], [4, 9], ['left', 'right']);
    expect(drawn.split('\n')).toEqual([
      '┌────┬─────────┐',
      '│ Id │   Title │',
      '├────┼─────────┤',
      '│ A1 │     One │',
      '├────┼─────────┤',
      '│ A2 │ Two and │',
      '│    │  a half │',
      '└────┴─────────┘',
    ]);
  });
});
