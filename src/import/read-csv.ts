/** A CSV file as a source table (csv-parse; a byte order mark and Excel's formula guard ' are taken off). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { UsageError } from '../commands/common.js';
import { type SourceTable, cellText, columnLetter } from './source-table.js';

export function readCsvTable(path: string): SourceTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'check the path');
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    throw new UsageError(`${path} cannot be read as CSV: ${(err as Error).message}`, 'save it from Excel as CSV UTF-8');
  }
  const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
  return { label: basename(path), rows: records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => unguard(cellText(c))) })), columnName: columnLetter };
}
