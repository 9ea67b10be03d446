/** SQL text for DuckDB: literals, identifiers and the column types the tidy tables' types map to. */
import type { ColumnType } from '../table-types.js';

export const SQL_TYPES: Record<ColumnType, string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };

/** A string as an SQL literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A name as an SQL identifier. */
export function sqlName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
