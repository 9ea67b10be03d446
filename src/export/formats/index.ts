/** The export formats, by name: --format takes its choices from this registry; each format is loaded only when asked for. */
import type { ExportFormat } from '../table-types.js';

export interface ExportFormatEntry {
  name: string;
  description: string;
  needsOut: boolean;
  /** true when it can split its tables by council (--partition-by-council) */
  partitions?: true;
  load(): Promise<ExportFormat>;
}

export const EXPORT_FORMATS: readonly ExportFormatEntry[] = [
  { name: 'xlsx', description: 'one Excel workbook, a sheet per table, typed cells, header row frozen', needsOut: true, load: async () => (await import('./xlsx.js')).xlsxFormat },
  { name: 'csv', description: 'a folder with one CSV file per table (UTF-8 with BOM, CRLF, formulas neutralised), as Excel opens them', needsOut: true, load: async () => (await import('./csv.js')).csvFormat },
  { name: 'json', description: 'one JSON document: each table as a list of rows keyed by column', needsOut: false, load: async () => (await import('./json.js')).jsonFormat },
  { name: 'parquet', description: 'a folder with one Parquet file per table (--partition-by-council: council=X/ folders), for DuckDB, pandas or Spark', needsOut: true, partitions: true, load: async () => (await import('./parquet.js')).default },
  { name: 'duckdb', description: 'one DuckDB database file, a table per table', needsOut: true, partitions: true, load: async () => (await import('./duckdb.js')).default },
  { name: 'ndjson', description: 'one JSON object a line, each row with its table name', needsOut: false, load: async () => (await import('./ndjson.js')).ndjsonFormat },
];

export const EXPORT_FORMAT_NAMES = EXPORT_FORMATS.map((f) => f.name);
