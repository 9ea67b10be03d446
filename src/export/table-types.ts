/**
 * The tidy tables the whole model is exported as (plans, actions, milestones, updates, measures, targets,
 * actuals, risks, assessments, and history when asked): one row per thing, typed columns with stable names.
 * Every export format (xlsx, csv, json, ndjson, parquet, duckdb) writes these and nothing else.
 */

/** A column's type: dates are ISO days (2026-08-31) as strings; null is an empty cell. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface TidyColumn {
  /** snake_case, stable: documented in the README and relied on by queries */
  name: string;
  type: ColumnType;
  description: string;
}

export type Cell = string | number | boolean | null;

/** A table's name and columns, without its rows: what a streaming format is opened with. */
export interface TableShape {
  /** plural snake_case: plans, actions, milestones, updates, measures, targets, actuals, risks, assessments, history */
  name: string;
  columns: readonly TidyColumn[];
}

export interface TidyTable extends TableShape {
  /** each row has one cell per column, in column order */
  rows: Cell[][];
}

/** Where an export goes: a file or a folder (one file per table), as the format needs. */
export interface ExportTarget {
  /** the --out path; undefined means standard output (only formats with one text stream allow it) */
  out?: string;
  /** write one folder (or partition) per council, for exports from many councils queried together */
  partitionByCouncil?: boolean;
}

/** One export format: an entry in the export registry (src/export/formats/index.ts). */
export interface ExportFormat {
  name: string;
  description: string;
  /** true when it cannot go to standard output (workbooks, Parquet, DuckDB files) */
  needsOut: boolean;
  write(tables: readonly TidyTable[], target: ExportTarget, stdout: (text: string) => void): Promise<void>;
  /** Formats that can take rows as each plan is read have this, so that a corpus is never held whole. */
  open?(shapes: readonly TableShape[], target: ExportTarget): Promise<TableSink>;
}

/**
 * Where an export's rows go as they are made: add one plan's tables (any of the shapes it was opened with, by
 * name) at a time, then finish to write the export, or abandon it when the export cannot go on.
 */
export interface TableSink {
  add(tables: readonly TidyTable[]): void;
  finish(): Promise<void>;
  abandon(): void;
}
