/** NDJSON export: one row a line, { "table": "actions", ...its cells by column }, tables in order. */
import { rowRecord } from '../columns.js';
import type { ExportFormat, TidyTable } from '../table-types.js';
import { writeTextExport } from './text-out.js';

export function tablesAsNdjson(tables: readonly TidyTable[]): string {
  return tables.flatMap((t) => t.rows.map((r) => `${JSON.stringify({ table: t.name, ...rowRecord(t.columns, r) })}\n`)).join('');
}

export const ndjsonFormat: ExportFormat = {
  name: 'ndjson',
  description: 'one JSON object a line, each row with its table name',
  needsOut: false,
  write: (tables, target, stdout) => writeTextExport(tablesAsNdjson(tables), target, stdout),
};
