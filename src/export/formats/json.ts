/** JSON export: { "plans": [ {row}, ... ], "actions": [...], ... }, each row keyed by its column names. */
import { rowRecord } from '../columns.js';
import type { ExportFormat, TidyTable } from '../table-types.js';
import { writeTextExport } from './text-out.js';

export function tablesAsJson(tables: readonly TidyTable[]): string {
  return `${JSON.stringify(Object.fromEntries(tables.map((t) => [t.name, t.rows.map((r) => rowRecord(t.columns, r))])), null, 2)}\n`;
}

export const jsonFormat: ExportFormat = {
  name: 'json',
  description: 'one JSON document: each table as a list of rows keyed by column',
  needsOut: false,
  write: (tables, target, stdout) => writeTextExport(tablesAsJson(tables), target, stdout),
};
