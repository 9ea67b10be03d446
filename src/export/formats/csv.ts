/**
 * CSV export: a folder with one file per table (actions.csv ...), as Excel opens them: UTF-8 with a byte
 * order mark, CRLF line ends, and text beginning with = + - @, a tab or a carriage return prefixed with ' so
 * that a spreadsheet never runs it as a formula.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { UsageError, writeOutput } from '../../commands/common.js';
import type { Cell, ExportFormat, TidyTable } from '../table-types.js';

/** Text a spreadsheet would read as a formula, made inert. */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function tableAsCsv(table: TidyTable): string {
  const rows = table.rows.map((r) => r.map((c) => neutralise(c)));
  return `\uFEFF${stringify([table.columns.map((c) => c.name), ...rows], { record_delimiter: '\r\n', cast: { boolean: (b) => (b ? 'true' : 'false') } })}`;
}

export const csvFormat: ExportFormat = {
  name: 'csv',
  description: 'a folder with one CSV file per table',
  needsOut: true,
  async write(tables, target) {
    if (target.out === undefined) throw new UsageError('--format csv writes one file per table, so it needs --out DIR', 'for example --out export/');
    try {
      mkdirSync(target.out, { recursive: true });
    } catch (err) {
      throw new UsageError(`cannot make the folder ${target.out}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'name a folder to write the CSV files into');
    }
    for (const t of tables) writeOutput(join(target.out, `${t.name}.csv`), tableAsCsv(t));
  },
};
