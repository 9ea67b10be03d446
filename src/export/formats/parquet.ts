/**
 * plan export --format parquet --out DIR: each tidy table as a Parquet file (DIR/actions.parquet...), or with
 * partitionByCouncil as Hive-style folders (DIR/actions/council=southend/data_0.parquet...), so exports from
 * many councils' repositories written into one folder are read together by DuckDB, Spark or pandas. Written
 * by DuckDB (@duckdb/node-api, loaded only by this and the DuckDB format) from the rows staged as each plan
 * was read.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportFormat, ExportTarget, TableShape, TableSink } from '../table-types.js';
import { openDuckDB } from './duckdb.js';
import { writeThrough } from './sinks.js';
import { sqlString } from './sql.js';
import { stagedSink } from './staged.js';

async function openParquet(shapes: readonly TableShape[], target: ExportTarget): Promise<TableSink> {
  const out = resolve(target.out!);
  mkdirSync(out, { recursive: true });
  return stagedSink(shapes, target, async (staged) => {
    const db = await openDuckDB();
    try {
      await staged.ready(db.connection);
      for (const t of shapes) {
        // Each table is copied straight from its staged rows to Parquet, never held whole in the database.
        if (target.partitionByCouncil) {
          // A council's folders are replaced by its new export; other councils' are left as they are.
          await db.connection.run(`COPY (${staged.select(t)}) TO ${sqlString(join(out, t.name))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 4096, PARTITION_BY (council), OVERWRITE_OR_IGNORE true)`);
        } else {
          rmSync(join(out, `${t.name}.parquet`), { force: true });
          await db.connection.run(`COPY (${staged.select(t)}) TO ${sqlString(join(out, `${t.name}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 4096)`);
        }
      }
    } finally {
      db.close();
    }
  });
}

const parquet: ExportFormat = {
  name: 'parquet',
  description: 'a Parquet file per tidy table in the folder --out names; --partition-by-council writes council=X/ folders',
  needsOut: true,
  open: openParquet,
  write: async (tables, target) => writeThrough(await openParquet(tables, target), tables),
};

export default parquet;
