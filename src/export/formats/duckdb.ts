/**
 * plan export --format duckdb --out FILE.duckdb: the tidy tables as tables of one DuckDB database, through
 * DuckDB's official Node client (@duckdb/node-api, loaded only here and by the Parquet format). Each table
 * is staged as newline-delimited JSON with its columns' types given, read by DuckDB's own reader, so a large
 * export costs a few calls into DuckDB rather than one a cell. With partitionByCouncil, every table gains a
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

/** The tables with a council column on each (from its plan, by plan_id), for partitioning by council. */
export function withCouncil(tables: readonly TidyTable[]): TidyTable[] {
  const plans = tables.find((t) => t.name === 'plans');
  const idAt = plans?.columns.findIndex((c) => c.name === 'plan_id') ?? -1;
  const councilAt = plans?.columns.findIndex((c) => c.name === 'council') ?? -1;
  const councilOf = new Map<Cell, Cell>(plans && idAt >= 0 && councilAt >= 0 ? plans.rows.map((r) => [r[idAt]!, r[councilAt]!]) : []);
  return tables.map((t) => {
    if (t.columns.some((c) => c.name === 'council')) return t;
    const at = t.columns.findIndex((c) => c.name === 'plan_id');
    return { ...t, columns: [...t.columns, { name: 'council', type: 'string', description: "the plan's council" }], rows: t.rows.map((r) => [...r, at >= 0 ? (councilOf.get(r[at]!) ?? null) : null]) };
  });
}

/** Writes a table's rows as newline-delimited JSON objects, a batch at a time. */
function stageRows(file: string, table: TidyTable): void {
  const fd = openSync(file, 'w');
  try {
    const names = table.columns.map((c) => JSON.stringify(c.name));
    let batch: string[] = [];
    for (const row of table.rows) {
      batch.push(`{${row.map((v, i) => `${names[i]}:${JSON.stringify(v)}`).join(',')}}\n`);
      if (batch.length === 5000) {
        writeSync(fd, batch.join(''));
        batch = [];
      }
    }
    if (batch.length) writeSync(fd, batch.join(''));
  } finally {
    closeSync(fd);
  }
}

/** Creates each table in the connection's database, typed as its columns say. */
export async function loadTables(connection: DuckDBConnection, tables: readonly TidyTable[]): Promise<void> {
  const staging = mkdtempSync(join(tmpdir(), 'plan-export-'));
  try {
    for (const table of tables) {
      const file = join(staging, `${table.name}.ndjson`);
      stageRows(file, table);
      const columns = table.columns.map((c) => `${sqlName(c.name)}: ${sqlString(SQL_TYPES[c.type])}`).join(', ');
      const select = table.columns.map((c) => sqlName(c.name)).join(', ');
      const source = table.rows.length ? `read_json(${sqlString(file)}, format = 'newline_delimited', columns = {${columns}})` : `(SELECT ${table.columns.map((c) => `CAST(NULL AS ${SQL_TYPES[c.type]}) AS ${sqlName(c.name)}`).join(', ')} LIMIT 0)`;
      await connection.run(`CREATE TABLE ${sqlName(table.name)} AS SELECT ${select} FROM ${source}`);
      for (const c of table.columns) await connection.run(`COMMENT ON COLUMN ${sqlName(table.name)}.${sqlName(c.name)} IS ${sqlString(c.description)}`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** An in-memory or file database, its connection, and how to close both, with DuckDB kept to a modest share of the machine. */
export async function openDuckDB(path = ':memory:'): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const { DuckDBInstance } = await loadLibrary<DuckDB>('@duckdb/node-api');
  const instance = await DuckDBInstance.create(path, { memory_limit: '256MB', threads: '2' });
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
    await loadTables(db.connection, target.partitionByCouncil ? withCouncil(tables) : tables);
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
