/**
 * plan export --format duckdb --out FILE.duckdb: the tidy tables as tables of one DuckDB database, through
 * DuckDB's official Node client (@duckdb/node-api, loaded only here and by the Parquet format). Each table
 * is staged as newline-delimited JSON with its columns' types given and read by DuckDB's own reader, so a
 * large export costs a few calls into DuckDB rather than one a cell. With partitionByCouncil, every table gains a
 * council column (its plan's), so that databases from many councils can be queried together.
 */
import { mkdirSync, mkdtempSync, openSync, closeSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadLibrary } from '../../util/load-library.js';
import type { Cell, ColumnType, ExportFormat, ExportTarget, TidyTable } from '../table-types.js';

type DuckDB = typeof import('@duckdb/node-api');

const SQL_TYPES: Record<ColumnType, string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };

/** A string as an SQL literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A name as an SQL identifier. */
export function sqlName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Writes a table's rows as newline-delimited JSON objects, a batch at a time; returns the longest line's length. */
function stageRows(file: string, table: TidyTable): number {
  const fd = openSync(file, 'w');
  let longest = 0;
  try {
    const names = table.columns.map((c) => JSON.stringify(c.name));
    let batch: string[] = [];
    for (const row of table.rows) {
      const line = `{${row.map((v, i) => `${names[i]}:${JSON.stringify(v)}`).join(',')}}\n`;
      longest = Math.max(longest, line.length);
      batch.push(line);
      if (batch.length === 200) {
        writeSync(fd, batch.join(''));
        batch = [];
      }
    }
    if (batch.length) writeSync(fd, batch.join(''));
  } finally {
    closeSync(fd);
  }
  return longest;
}

/**
 * The tables staged for DuckDB: each as a query over its NDJSON file, typed as its columns say; with
 * council, a council column on every table that lacks one, from its plan (by plan_id). DuckDB streams each
 * query, so the rows are read by it once and never held whole by it.
 */
export class Staged {
  private constructor(
    readonly dir: string,
    private readonly connection: DuckDBConnection,
    private readonly council: boolean,
  ) {}

  /** each staged file's longest line: DuckDB's JSON reader sizes its buffers by the largest object it allows */
  private readonly longest = new Map<string, number>();

  static async create(connection: DuckDBConnection, tables: readonly TidyTable[], options: { council?: boolean } = {}): Promise<Staged> {
    const staged = new Staged(mkdtempSync(join(tmpdir(), 'plan-export-')), connection, Boolean(options.council));
    for (const t of tables) staged.longest.set(t.name, stageRows(staged.file(t), t));
    const plans = tables.find((t) => t.name === 'plans');
    if (staged.council) {
      const source = plans?.columns.some((c) => c.name === 'council') && plans.columns.some((c) => c.name === 'plan_id') ? `SELECT plan_id, any_value(council) AS council FROM ${staged.source(plans)} GROUP BY plan_id` : 'SELECT NULL::VARCHAR AS plan_id, NULL::VARCHAR AS council LIMIT 0';
      await connection.run(`CREATE TEMP TABLE plan_council AS ${source}`);
    }
    return staged;
  }

  private file(t: TidyTable): string {
    return join(this.dir, `${t.name.replace(/[^a-z0-9_]/gi, '_')}.ndjson`);
  }

  /** The table as DuckDB reads it from its staged file. */
  private source(t: TidyTable): string {
    if (t.rows.length === 0) return `(SELECT ${t.columns.map((c) => `CAST(NULL AS ${SQL_TYPES[c.type]}) AS ${sqlName(c.name)}`).join(', ')} LIMIT 0)`;
    const columns = t.columns.map((c) => `${sqlName(c.name)}: ${sqlString(SQL_TYPES[c.type])}`).join(', ');
    // (a line's length counts UTF-16 units, each at most three bytes of UTF-8, so three times it is enough)
    const largest = Math.max(1 << 20, 3 * (this.longest.get(t.name) ?? 0) + 1024);
    return `read_json(${sqlString(this.file(t))}, format = 'newline_delimited', maximum_object_size = ${largest}, columns = {${columns}})`;
  }

  /** A query giving the table's rows in its column order (and its council, when staged with councils). */
  select(t: TidyTable): string {
    const own = t.columns.map((c) => `r.${sqlName(c.name)}`).join(', ');
    if (!this.council || t.columns.some((c) => c.name === 'council')) return `SELECT ${own} FROM ${this.source(t)} r`;
    const join = t.columns.some((c) => c.name === 'plan_id') ? ` LEFT JOIN plan_council p ON p.plan_id = r.plan_id` : '';
    return `SELECT ${own}, ${join ? 'p.council' : 'NULL::VARCHAR AS council'} FROM ${this.source(t)} r${join}`;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Creates each table in the connection's database, typed as its columns say, its columns described. */
export async function createTables(connection: DuckDBConnection, tables: readonly TidyTable[], options: { council?: boolean } = {}): Promise<void> {
  const staged = await Staged.create(connection, tables, options);
  try {
    for (const t of tables) {
      await connection.run(`CREATE TABLE ${sqlName(t.name)} AS ${staged.select(t)}`);
      for (const c of t.columns) await connection.run(`COMMENT ON COLUMN ${sqlName(t.name)}.${sqlName(c.name)} IS ${sqlString(c.description)}`);
    }
  } finally {
    staged.dispose();
  }
}

/** An in-memory or file database, its connection, and how to close both, with DuckDB kept to a modest share of the machine. */
export async function openDuckDB(path = ':memory:'): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const { DuckDBInstance } = await loadLibrary<DuckDB>('@duckdb/node-api');
  // One thread and a small memory limit: the rows are already in this process, and a partitioned write
  // needs no more (a smaller limit than this runs out of memory partitioning by council).
  const instance = await DuckDBInstance.create(path, { memory_limit: '96MB', threads: '1', preserve_insertion_order: 'false' });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function writeDatabase(tables: readonly TidyTable[], target: ExportTarget): Promise<void> {
  const out = resolve(target.out!);
  mkdirSync(dirname(out), { recursive: true });
  // Written beside the target, then moved over it: an existing database is replaced whole or not at all.
  const temp = `${out}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  const db = await openDuckDB(temp);
  try {
    await createTables(db.connection, tables, { council: Boolean(target.partitionByCouncil) });
    await db.connection.run('CHECKPOINT');
  } finally {
    db.close();
  }
  rmSync(`${temp}.wal`, { force: true });
  renameSync(temp, out);
}

const duckdb: ExportFormat = {
  name: 'duckdb',
  description: 'one DuckDB database file (--out FILE.duckdb), a table per tidy table',
  needsOut: true,
  write: (tables, target) => writeDatabase(tables, target),
};

export default duckdb;
