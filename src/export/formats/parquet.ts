/**
 * plan export --format parquet --out DIR: each tidy table as a Parquet file (DIR/actions.parquet...), or with
 * partitionByCouncil as Hive-style folders (DIR/actions/council=southend/data_0.parquet...), so exports from
 * many councils' repositories written into one folder are read together by DuckDB, Spark or pandas. Written
 * by DuckDB (@duckdb/node-api, loaded only by this and the DuckDB format).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportFormat, ExportTarget, TidyTable } from '../table-types.js';
import { loadTables, openDuckDB, sqlName, sqlString, withCouncil } from './duckdb.js';

async function writeParquet(tables: readonly TidyTable[], target: ExportTarget): Promise<void> {
  const out = resolve(target.out!);
  mkdirSync(out, { recursive: true });
  const db = await openDuckDB();
  try {
    const staged = target.partitionByCouncil ? withCouncil(tables) : tables;
    await loadTables(db.connection, staged);
    for (const t of staged) {
      if (target.partitionByCouncil) {
        // A council's folders are replaced by its new export; other councils' are left as they are.
        await db.connection.run(`COPY ${sqlName(t.name)} TO ${sqlString(join(out, t.name))} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (council), OVERWRITE_OR_IGNORE true)`);
      } else {
        rmSync(join(out, `${t.name}.parquet`), { force: true });
        await db.connection.run(`COPY ${sqlName(t.name)} TO ${sqlString(join(out, `${t.name}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
      }
    }
  } finally {
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
