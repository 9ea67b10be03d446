/**
 * The Parquet and DuckDB export formats: the bundled plans exported, then queried with DuckDB, whose row
 * counts and sums must equal the model's; partitioning by council as Hive-style folders; the history table;
 * and the streaming side (open, a plan's rows at a time) writing the same contents as whole tables.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlans } from '../../src/commands/plans.js';
import { defaultConfig } from '../../src/config.js';
import duckdbFormat from '../../src/export/formats/duckdb.js';
import parquetFormat from '../../src/export/formats/parquet.js';
import { tidyTables } from '../../src/export/tables.js';
import type { TidyTable } from '../../src/export/table-types.js';
import { historyTable } from '../../src/history/table.js';
import { readPlanHistory } from '../../src/history/versions.js';
import type { Plan } from '../../src/model/plan.js';
import { ROOT, runPlan, tempDir } from '../helpers.js';
import { historyRepo } from './history-repo.js';

const config = defaultConfig(ROOT);
let models: Plan[];
let tables: TidyTable[];
let out: ReturnType<typeof tempDir>;
let db: { connection: DuckDBConnection; close: () => void };

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

beforeAll(async () => {
  const read = readPlans([join(ROOT, 'plans')], config, { cwd: ROOT });
  const plans = [...read.plans];
  models = plans.map((p) => p.model);
  tables = tidyTables(models, { data: plans.map((p) => p.plan), fyStart: config.fiscalYearStart });
  out = tempDir();
  await parquetFormat.write(tables, { out: join(out.dir, 'flat') }, () => undefined);
  await parquetFormat.write(tables, { out: join(out.dir, 'national'), partitionByCouncil: true }, () => undefined);
  await duckdbFormat.write(tables, { out: join(out.dir, 'plans.duckdb') }, () => undefined);
  // the same plans through each format's sink, a plan at a time, as plan export gives them
  const perPlan = plans.map((p) => tidyTables([p.model], { data: [p.plan], fyStart: config.fiscalYearStart }));
  for (const [format, target] of [
    [parquetFormat, { out: join(out.dir, 'streamed'), partitionByCouncil: true }],
    [duckdbFormat, { out: join(out.dir, 'streamed.duckdb') }],
  ] as const) {
    const sink = await format.open!(tidyTables([]), target);
    for (const own of perPlan) sink.add(own);
    await sink.finish();
  }
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  db = { connection, close: () => (connection.closeSync(), instance.closeSync()) };
}, 60_000);

afterAll(() => {
  db?.close();
  out?.cleanup();
});

const flat = (table: string) => `read_parquet('${join(out.dir, 'flat', `${table}.parquet`)}')`;

describe('plan export --format parquet', () => {
  it('writes one file per tidy table, with as many rows as the model has things', async () => {
    expect(readdirSync(join(out.dir, 'flat')).sort()).toEqual(tables.map((t) => `${t.name}.parquet`).sort());
    const counts: Record<string, number> = {
      plans: models.length,
      actions: models.reduce((n, p) => n + p.actions.length, 0),
      milestones: models.reduce((n, p) => n + p.actions.reduce((m, a) => m + a.milestones.length, 0), 0),
      measures: models.reduce((n, p) => n + p.measures.length, 0),
      actuals: models.reduce((n, p) => n + p.measures.reduce((m, x) => m + x.actuals.length, 0), 0),
      risks: models.reduce((n, p) => n + p.risks.length, 0),
    };
    for (const [table, n] of Object.entries(counts)) {
      expect(n, table).toBeGreaterThan(0);
      expect(await query(`SELECT count(*)::INTEGER AS n FROM ${flat(table)}`), table).toEqual([{ n }]);
    }
  });

  it("keeps the columns' types: actuals sum to the model's, dates are dates, scores are integers", async () => {
    const sum = models.flatMap((p) => p.measures.flatMap((m) => m.actuals.map((a) => a.value ?? 0))).reduce((a, b) => a + b, 0);
    const [row] = await query(`SELECT sum(value) AS total, typeof(any_value(period_end)) AS end_type FROM ${flat('actuals')}`);
    expect(row!.total as number).toBeCloseTo(sum, 6);
    expect(row!.end_type).toBe('DATE');
    const scores = models.flatMap((p) => p.risks.map((r) => (r.assessments.current.likelihood ?? 0) * (r.assessments.current.impact ?? 0))).reduce((a, b) => a + b, 0);
    expect(await query(`SELECT sum(coalesce(score, 0))::INTEGER AS s, typeof(any_value(score)) AS t FROM ${flat('risks')}`)).toEqual([{ s: scores, t: 'BIGINT' }]);
  });

  it('partitions by council as council=X folders that DuckDB reads back as a column, with measures by council as the model counts them', async () => {
    const byCouncil = new Map<string, number>();
    for (const p of models) if (p.measures.length) byCouncil.set(p.council!, (byCouncil.get(p.council!) ?? 0) + p.measures.length);
    // a council with no measures has no folder: there is nothing to put in it
    const councils = [...byCouncil.keys()].sort();
    expect(councils.length).toBeGreaterThan(1);
    expect(readdirSync(join(out.dir, 'national', 'measures')).sort()).toEqual(councils.map((c) => `council=${c}`));
    expect(readdirSync(join(out.dir, 'national', 'plans')).sort()).toEqual([...new Set(models.map((p) => `council=${p.council}`))].sort());
    const rows = await query(`SELECT council, count(*)::INTEGER AS measures FROM read_parquet('${join(out.dir, 'national', 'measures', '**', '*.parquet')}', hive_partitioning = true) GROUP BY council ORDER BY council`);
    expect(rows).toEqual(councils.map((c) => ({ council: c, measures: byCouncil.get(c) })));
  });

  it('writes a DuckDB database with a table per tidy table', async () => {
    await db.connection.run(`ATTACH '${join(out.dir, 'plans.duckdb')}' AS exported (READ_ONLY)`);
    try {
      const names = await query(`SELECT table_name FROM information_schema.tables WHERE table_catalog = 'exported' ORDER BY table_name`);
      expect(names.map((r) => r.table_name)).toEqual(tables.map((t) => t.name).sort());
      expect(await query('SELECT count(*)::INTEGER AS n FROM exported.actions')).toEqual([{ n: models.reduce((n, p) => n + p.actions.length, 0) }]);
    } finally {
      await db.connection.run('DETACH exported');
    }
    expect(existsSync(join(out.dir, 'plans.duckdb.wal'))).toBe(false);
  });

  it('writes the same rows through its sink, a plan at a time, as from whole tables', async () => {
    // each table's row count and the sum of its rows' hashes, which any lost, doubled or changed row alters
    const digest = async (from: string) => (await query(`SELECT count(*)::INTEGER AS n, sum(hash(x))::VARCHAR AS h FROM ${from} x`))[0];
    const national = (dir: string, table: string) => `read_parquet('${join(out.dir, dir, table, '**', '*.parquet')}', hive_partitioning = true)`;
    await db.connection.run(`ATTACH '${join(out.dir, 'plans.duckdb')}' AS whole (READ_ONLY)`);
    await db.connection.run(`ATTACH '${join(out.dir, 'streamed.duckdb')}' AS streamed (READ_ONLY)`);
    try {
      for (const t of tables) {
        const whole = await digest(national('national', t.name));
        expect(whole!.n, t.name).toBe(t.rows.length);
        expect(await digest(national('streamed', t.name)), t.name).toEqual(whole);
        expect(await digest(`streamed.${t.name}`), t.name).toEqual(await digest(`whole.${t.name}`));
      }
    } finally {
      await db.connection.run('DETACH whole');
      await db.connection.run('DETACH streamed');
    }
  });

  it('adds the history table: each change with its commit and date', async () => {
    const repo = historyRepo();
    try {
      const history = historyTable([readPlanHistory(join(repo.dir, 'plans/demo/services-2017-18.yaml'), config, { cwd: repo.dir })], config);
      await parquetFormat.write([history], { out: join(out.dir, 'history') }, () => undefined);
      const rows = await query(`SELECT item, field, value, left("commit", 7) AS c, date::VARCHAR AS date FROM read_parquet('${join(out.dir, 'history', 'history.parquet')}') WHERE section = 'actions' AND field = 'due' ORDER BY date`);
      expect(rows).toEqual([
        { item: 'A1', field: 'due', value: '2017-12-31', c: repo.commits[1], date: '2017-07-12' },
        { item: 'A1', field: 'due', value: '2018-03-31', c: repo.commits[2], date: '2017-10-16' },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('runs from the command line: --format parquet with --history and --partition-by-council, and --format duckdb', async () => {
    const repo = historyRepo();
    try {
      const r = runPlan(['export', '--format', 'parquet', '--history', '--partition-by-council', '--out', join(out.dir, 'cli')], { cwd: repo.dir });
      expect(r.stderr).toContain('wrote ');
      expect(r.code).toBe(0);
      expect(readdirSync(join(out.dir, 'cli', 'history'))).toEqual(['council=demo']);
      const rows = await query(`SELECT council, count(*)::INTEGER AS n FROM read_parquet('${join(out.dir, 'cli', 'history', '*', '*.parquet')}', hive_partitioning = true) GROUP BY council`);
      expect(rows).toEqual([{ council: 'demo', n: 19 }]);
      const d = runPlan(['export', '--format', 'duckdb', '--out', join(out.dir, 'cli.duckdb')], { cwd: repo.dir });
      expect(d.code).toBe(0);
      expect(existsSync(join(out.dir, 'cli.duckdb'))).toBe(true);
      const missing = runPlan(['export', '--format', 'parquet'], { cwd: repo.dir });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--format parquet needs --out');
    } finally {
      repo.cleanup();
    }
  });
});
