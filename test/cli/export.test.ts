/**
 * plan export as users run it: the bundled plans to CSV files that DuckDB loads with the model's row counts,
 * CSV as Excel opens it, JSON and NDJSON; and the round trip through a workbook (export, then import) giving
 * back every bundled plan with no change in meaning, as plan diff judges.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { eachPlan } from '../../src/commands/plans.js';
import { inputFiles } from '../../src/commands/common.js';
import type { Plan } from '../../src/model/plan.js';
import { loadLibrary } from '../../src/util/load-library.js';
import { ROOT, runPlan, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
let models: Plan[];
let ids: { id: string; file: string }[];

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const config = defaultConfig(ROOT);
  const read = [...eachPlan(inputFiles(['plans'], config, ROOT).files, config, ROOT, { failed: 0, invalid: 0 })];
  models = read.map((r) => r.model);
  ids = read.map((r) => ({ id: r.model.id!, file: r.file }));
});
afterAll(() => cleanup());

/** The number of rows each table should have, counted from the model itself. */
function modelCounts(): Record<string, number> {
  const sum = (f: (p: Plan) => number) => models.reduce((n, p) => n + f(p), 0);
  return {
    plans: models.length,
    actions: sum((p) => p.actions.length),
    milestones: sum((p) => p.actions.reduce((n, a) => n + a.milestones.length, 0)),
    updates: sum((p) => p.actions.reduce((n, a) => n + a.updates.length + a.milestones.reduce((k, m) => k + m.updates.length, 0), 0)),
    measures: sum((p) => p.measures.length),
    targets: sum((p) => p.measures.reduce((n, m) => n + m.targets.length, 0)),
    actuals: sum((p) => p.measures.reduce((n, m) => n + m.actuals.length, 0)),
    risks: sum((p) => p.risks.length),
    assessments: sum((p) => p.risks.reduce((n, k) => n + 1 + (k.assessments.target ? 1 : 0) + (k.assessments.inherent ? 1 : 0) + k.reassessments.length, 0)),
  };
}

describe('plan export', () => {
  it('writes CSV that DuckDB loads (read_csv_auto) with the row counts of the model', async () => {
    const r = runPlan(['export', '--format', 'csv', '--out', join(dir, 'csv'), 'plans']);
    expect(r.code, r.stderr).toBe(0);
    const { DuckDBInstance } = await loadLibrary<typeof import('@duckdb/node-api')>('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const counts: Record<string, number> = {};
    for (const table of Object.keys(modelCounts())) {
      const result = await con.runAndReadAll(`SELECT count(*) FROM read_csv_auto('${join(dir, 'csv', `${table}.csv`)}', header = true)`);
      counts[table] = Number(result.getRows()[0]![0]);
    }
    expect(counts).toEqual(modelCounts());
    expect(counts.actions).toBeGreaterThan(100);
    // typed columns come through as types DuckDB can compute with
    const late = await con.runAndReadAll(`SELECT count(*) FROM read_csv_auto('${join(dir, 'csv', 'actions.csv')}', header = true) WHERE due_date < DATE '2017-04-01'`);
    expect(Number(late.getRows()[0]![0])).toBeGreaterThan(0);
    const first = await con.runAndReadAll(`SELECT plan_id FROM read_csv_auto('${join(dir, 'csv', 'plans.csv')}', header = true) ORDER BY plan_id LIMIT 1`);
    expect(String(first.getRows()[0]![0])).toBe('birmingham-01-leadership-business-unit');
    con.closeSync?.();
  });

  it('writes CSV as Excel opens it: a byte order mark, CRLF, and formula-like text made inert', () => {
    const { dir: d, cleanup: done } = tempDir({
      'plans/x/p.yaml': 'id: p\ncouncil: x\nservice: S\nperiod: 2017/18\nactions:\n  - { id: A1, title: "=HYPERLINK(\\"http://x\\")", owner: "@Ann", due: 2018-03-31 }\n  - { id: A2, title: "-2 places", owner: Bo, due: tbc }\n',
    });
    try {
      const r = runPlan(['export', '--format', 'csv', '--out', 'out'], { cwd: d });
      expect(r.code, r.stderr).toBe(0);
      const text = readFileSync(join(d, 'out/actions.csv'), 'utf8');
      expect(text.startsWith('\uFEFFplan_id,action_id,')).toBe(true);
      expect(text).toContain('\r\n');
      expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
      const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((x) => [x.title, x.owner])).toEqual([
        ["'=HYPERLINK(\"http://x\")", "'@Ann"],
        ["'-2 places", 'Bo'],
      ]);
      expect(readdirSync(join(d, 'out')).sort()).toEqual(['actions.csv', 'actuals.csv', 'assessments.csv', 'measures.csv', 'milestones.csv', 'plans.csv', 'risks.csv', 'targets.csv', 'updates.csv']);
    } finally {
      done();
    }
  });

  it('writes JSON and NDJSON to standard output, and refuses xlsx or csv without --out', () => {
    const json = runPlan(['export', '--format', 'json', 'plans/southend/learning-2017-18.yaml']);
    expect(json.code, json.stderr).toBe(0);
    const data = JSON.parse(json.stdout) as Record<string, Record<string, unknown>[]>;
    expect(data.actions!.length).toBe(models.find((m) => m.id === 'southend-learning-2017-18')!.actions.length);
    expect(data.actions![0]).toMatchObject({ plan_id: 'southend-learning-2017-18', action_id: 'LS 1718 01', due: '2018-03-31', due_date: '2018-03-31', owner: 'Alison Gillett' });
    const nd = runPlan(['export', '--format', 'ndjson', 'plans/southend/learning-2017-18.yaml']);
    const lines = nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as { table: string });
    expect(lines.filter((l) => l.table === 'actions').length).toBe(data.actions!.length);
    for (const format of ['xlsx', 'csv']) {
      const r = runPlan(['export', '--format', format]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('needs --out');
      expect(r.stderr).not.toContain('    at ');
    }
    const ignored = runPlan(['export', '--format', 'json', '--partition-by-council', 'plans/southend/learning-2017-18.yaml']);
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toContain('--partition-by-council does not apply to --format json');
    expect(ignored.stderr).toContain('use --format parquet or duckdb');
  });

  it('writes a workbook with a sheet per table, typed cells and the header row frozen', async () => {
    const out = join(dir, 'all.xlsx');
    const r = runPlan(['export', '--format', 'xlsx', '--out', out, 'plans']);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(Object.keys(modelCounts()));
    const actions = wb.getWorksheet('actions')!;
    expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(actions.rowCount - 1).toBe(modelCounts().actions);
    const header = (actions.getRow(1).values as unknown[]).slice(1);
    const dueDate = actions.getRow(2).getCell(header.indexOf('due_date') + 1).value;
    expect(dueDate).toBeInstanceOf(Date);
    const measures = wb.getWorksheet('measures')!;
    const dataOnly = measures.getRow(2).getCell((measures.getRow(1).values as unknown[]).indexOf('data_only')).value;
    expect(typeof dataOnly).toBe('boolean');
  });

  it('round trip: every bundled plan exported to xlsx and imported back has no change in meaning', () => {
    const out = join(dir, 'all.xlsx');
    if (!readdirSync(dir).includes('all.xlsx')) expect(runPlan(['export', '--format', 'xlsx', '--out', out, 'plans']).code).toBe(0);
    expect(ids.length).toBe(15);
    for (const { id, file } of ids) {
      const yaml = join(dir, `${id}.yaml`);
      const imported = runPlan(['import', out, '--plan', id, '--out', yaml]);
      expect(imported.code, imported.stderr).toBe(0);
      const diff = runPlan(['diff', '--exit-code', '--format', 'json', file, yaml]);
      expect(diff.code, `${file}: ${diff.stdout}`).toBe(0);
      // and the diff can see a change: an action dropped from the import is reported
      if (id === 'southend-learning-2017-18') {
        const text = readFileSync(yaml, 'utf8').replace('  - id: LS 1718 02\n', '  - id: LS 1718 02x\n');
        const changed = join(dir, 'changed.yaml');
        writeFileSync(changed, text);
        expect(runPlan(['diff', '--exit-code', file, changed]).code).toBe(1);
      }
    }
  }, 120_000);
});
