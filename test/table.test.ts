/**
 * Terminal tables: a long table is drawn a run of rows at a time (cli-table3 takes time growing with the
 * square of the rows), and must come out exactly as drawn in one go.
 */
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Column, renderTable } from '../src/formatters/table.js';

type Row = string[];

const word = fc.oneof(fc.constantFrom('overdue', 'Alison Gellett', 'LS/M059a', '2017-09-30', '85%', '—', 'Café', '日本', ''), fc.string({ maxLength: 30 }));
const rowOf = (n: number) => fc.array(fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), { minLength: n, maxLength: n });

describe('terminal tables', () => {
  it('draws a long table in runs exactly as in one go', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.record({
            columns: fc.array(fc.record({ align: fc.constantFrom('left' as const, 'right' as const, 'center' as const), width: fc.option(fc.integer({ min: 4, max: 40 }), { nil: undefined }), coloured: fc.boolean() }), { minLength: n, maxLength: n }),
            rows: fc.array(rowOf(n), { maxLength: 40 }),
            runs: fc.integer({ min: 1, max: 9 }),
            level: fc.constantFrom(0 as const, 3 as const),
            maxWidth: fc.integer({ min: 40, max: 160 }),
          }),
        ),
        ({ columns, rows, runs, level, maxWidth }) => {
          const c = new Chalk({ level });
          const cols: Column<Row>[] = columns.map((col, i) => ({
            header: `Column ${i}`,
            value: (r) => r[i],
            align: col.align,
            ...(col.width ? { width: col.width } : {}),
            ...(col.coloured ? { style: (text: string) => c.red(text) } : {}),
          }));
          expect(renderTable(cols, rows, c, maxWidth, runs)).toBe(renderTable(cols, rows, c, maxWidth, Number.POSITIVE_INFINITY));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('joins the runs with the line between rows', () => {
    const cols: Column<Row>[] = [{ header: 'Id', value: (r) => r[0] }, { header: 'Title', value: (r) => r[1] }];
    const rows = [['A1', 'One'], ['A2', 'Two'], ['A3', 'Three']];
    const drawn = renderTable(cols, rows, new Chalk({ level: 0 }), 80, 2);
    expect(drawn.split('\n')).toEqual([
      '┌────┬───────┐',
      '│ Id │ Title │',
      '├────┼───────┤',
      '│ A1 │ One   │',
      '├────┼───────┤',
      '│ A2 │ Two   │',
      '├────┼───────┤',
      '│ A3 │ Three │',
      '└────┴───────┘',
    ]);
  });
});
