/**
 * plan export --format parquet --out DIR: each tidy table as a Parquet file (DIR/actions.parquet...), or with
 * partitionByCouncil as Hive-style folders (DIR/actions/council=southend/data_0.parquet...), so exports from
 * many councils' repositories written into one folder are read together by DuckDB, Spark or pandas. Written
 * by DuckDB (@duckdb/node-api, loaded only by this and the DuckDB format).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportFormat, ExportTarget, TidyTable } from '../table-types.js';
import { Staged, openDuckDB, sqlString } from './duckdb.js';

async function writeParquet(tables: readonly TidyTable[], target: ExportTarget): Promise<void> {
  const out = resolve(target.out!);
  mkdirSync(out, { recursive: true });
  const db = await openDuckDB();
  let staged: Staged | undefined;
  try {
    staged = await Staged.create(db.connection, tables, { council: Boolean(target.partitionByCouncil) });
    for (const t of tables) {
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
    staged?.dispose();
    db.close();
  }
}

const parquet: ExportFormat = {
  name: 'parquet',
  description: 'a Parquet file per tidy table in the folder --out names; --partition-by-council writes council=X/ folders',
  needsOut: true,
  write: (tables, target) => writeParquet(tables, target),
};

export default parquet;
