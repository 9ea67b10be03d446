/**
 * docs/national.md's queries, each run against a real national folder (the bundled plans' councils and a
 * council with git history, exported one after the other into one folder, partitioned by council), and
 * each answer compared with what plan computes from the model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlans } from '../../src/commands/plans.js';
import { defaultConfig } from '../../src/config.js';
import parquetFormat from '../../src/export/formats/parquet.js';
import { tidyTables } from '../../src/export/tables.js';
import { planSlippage } from '../../src/history/slippage.js';
import { historyTable } from '../../src/history/table.js';
import { readPlanHistory } from '../../src/history/versions.js';
import type { Plan } from '../../src/model/plan.js';
import { ROOT, tempDir } from '../helpers.js';
import { PLAN_PATH, historyRepo } from './history-repo.js';

const config = defaultConfig(ROOT);
const QUERIES = [...readFileSync(join(ROOT, 'docs/national.md'), 'utf8').matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);

let out: ReturnType<typeof tempDir>;
let models: Plan[];
let slipped: ReturnType<typeof planSlippage>;
let run: (sql: string) => Promise<Record<string, unknown>[]>;
let close: () => void;

beforeAll(async () => {
  out = tempDir();
  const national = join(out.dir, 'national');
  // the bundled councils' export
  const plans = [...readPlans([join(ROOT, 'plans')], config, { cwd: ROOT }).plans];
  await parquetFormat.write(tidyTables(plans.map((p) => p.model), { fyStart: 4 }), { out: national, partitionByCouncil: true }, () => undefined);
  // then another council's, from its own repository, with its history
  const repo = historyRepo();
  try {
    const history = readPlanHistory(join(repo.dir, PLAN_PATH), config, { cwd: repo.dir });
    const demo = history.versions[history.versions.length - 1]!.model;
    await parquetFormat.write([...tidyTables([demo], { fyStart: 4 }), historyTable([history], config)], { out: national, partitionByCouncil: true }, () => undefined);
    models = [...plans.map((p) => p.model), demo];
    slipped = planSlippage(history, config);
  } finally {
    repo.cleanup();
  }
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  close = () => (connection.closeSync(), instance.closeSync());
  run = async (sql) => (await connection.runAndReadAll(sql.replaceAll("'national/", `'${national}/`))).getRowObjectsJson() as Record<string, unknown>[];
}, 60_000);

afterAll(() => {
  close?.();
  out?.cleanup();
});

/** BIGINT comes back from DuckDB as text in JSON: numbers, for comparing. */
const numbers = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v])));

describe('docs/national.md', () => {
  it('has the three documented queries', () => {
    expect(QUERIES).toHaveLength(3);
  });

  it('measures across councils: plans, measures and those with figures, as the model has them', async () => {
    const by = new Map<string, { plans: number; measures: number; with_actuals: number }>();
    for (const p of models) {
      if (!p.measures.length) continue;
      const c = by.get(p.council!) ?? { plans: 0, measures: 0, with_actuals: 0 };
      c.plans++;
      c.measures += p.measures.length;
      c.with_actuals += p.measures.filter((m) => m.actuals.length > 0).length;
      by.set(p.council!, c);
    }
    expect(by.size).toBeGreaterThan(2);
    expect(numbers(await run(QUERIES[0]!))).toEqual([...by].sort(([a], [b]) => (a < b ? -1 : 1)).map(([council, c]) => ({ council, ...c })));
  });

  it('slippage across councils: the items, moves and days plan slippage finds', async () => {
    expect(numbers(await run(QUERIES[1]!))).toEqual([{ council: 'demo', items_slipped: slipped.length, moves: slipped.reduce((n, s) => n + s.moves, 0), days_in_all: slipped.reduce((n, s) => n + s.totalDays, 0) }]);
    expect(slipped.reduce((n, s) => n + s.totalDays, 0)).toBe(244);
  });

  it('risks above appetite by category: as the appetite written in the query judges the model', async () => {
    const levels: Record<string, number> = { safeguarding: 3, financial: 6 };
    const counts = new Map<string, number>();
    for (const p of models) {
      for (const r of p.risks) {
        const { likelihood, impact } = r.assessments.current;
        if (likelihood === undefined || impact === undefined) continue;
        const category = r.category?.toLowerCase() ?? '(none)';
        if (likelihood * impact <= (levels[category] ?? 9)) continue;
        const key = `${p.council}\0${category}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    expect(counts.size).toBeGreaterThan(0);
    const expected = [...counts].map(([k, n]) => ({ council: k.split('\0')[0], category: k.split('\0')[1], above_appetite: n })).sort((a, b) => (a.council! < b.council! ? -1 : a.council! > b.council! ? 1 : a.category! < b.category! ? -1 : a.category! > b.category! ? 1 : 0));
    expect(numbers(await run(QUERIES[2]!))).toEqual(expected);
  });
});
