#!/usr/bin/env node
// P5's query: measures by council across every plan exported to Parquet (partitioned by council), run cold by
// DuckDB's Node client as an analyst would run it. Prints one line a council: council, plans, measures.
import { DuckDBInstance } from '@duckdb/node-api';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bench/duckdb-query.mjs EXPORT-FOLDER\n');
  process.exit(2);
}
const glob = `${dir.replace(/'/g, "''")}/measures/*/*.parquet`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(`SELECT council, count(DISTINCT plan_id) AS plans, count(*) AS measures FROM read_parquet('${glob}', hive_partitioning = true) GROUP BY council ORDER BY council`);
for (const row of reader.getRows()) process.stdout.write(`${row.map(String).join('\t')}\n`);
connection.closeSync();
instance.closeSync();
