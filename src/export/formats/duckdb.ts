/**
 * plan export --format duckdb --out FILE.duckdb: the tidy tables as tables of one DuckDB database, through
 * DuckDB's official Node client (@duckdb/node-api, loaded only here and by the Parquet format), created from
 * the rows staged as each plan was read (staged.ts). With partitionByCouncil, every table gains a council
 * column (its plan's), so that databases from many councils can be queried together.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadLibrary } from '../../util/load-library.js';
import type { ExportFormat, ExportTarget, TableShape, TableSink } from '../table-types.js';
import { writeThrough } from './sinks.js';
import { sqlName, sqlString } from './sql.js';
import { type Staged, stagedSink } from './staged.js';

type DuckDB = typeof import('@duckdb/node-api');

/** An in-memory or file database, its connection, and how to close both, with DuckDB kept to a modest share of the machine. */
export async function openDuckDB(path = ':memory:'): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const { DuckDBInstance } = await loadLibrary<DuckDB>('@duckdb/node-api');
  // One thread and a small memory limit: the rows are staged in files DuckDB streams, and a partitioned
  // write needs no more (a smaller limit than this runs out of memory partitioning by council).
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

/** Creates each staged table in the connection's database, typed as its columns say, its columns described. */
async function createTables(connection: DuckDBConnection, staged: Staged, shapes: readonly TableShape[]): Promise<void> {
  await staged.ready(connection);
  for (const t of shapes) {
    await connection.run(`CREATE TABLE ${sqlName(t.name)} AS ${staged.select(t)}`);
    for (const c of t.columns) await connection.run(`COMMENT ON COLUMN ${sqlName(t.name)}.${sqlName(c.name)} IS ${sqlString(c.description)}`);
  }
}

async function openDatabase(shapes: readonly TableShape[], target: ExportTarget): Promise<TableSink> {
  const out = resolve(target.out!);
  mkdirSync(dirname(out), { recursive: true });
  return stagedSink(shapes, target, async (staged) => {
    // Written beside the target, then moved over it: an existing database is replaced whole or not at all.
    const temp = `${out}.${process.pid}.tmp`;
    rmSync(temp, { force: true });
    const db = await openDuckDB(temp);
    try {
      await createTables(db.connection, staged, shapes);
      await db.connection.run('CHECKPOINT');
    } finally {
      db.close();
    }
    rmSync(`${temp}.wal`, { force: true });
    renameSync(temp, out);
  });
}

const duckdb: ExportFormat = {
  name: 'duckdb',
  description: 'one DuckDB database file (--out FILE.duckdb), a table per tidy table',
  needsOut: true,
  open: openDatabase,
  write: async (tables, target) => writeThrough(await openDatabase(tables, target), tables),
};

export default duckdb;
