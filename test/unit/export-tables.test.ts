/** The tidy tables: one row per thing of the model, keys to their parents, and the rows rebuild the plan as written. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { eachPlan, type ReadPlan } from '../../src/commands/plans.js';
import { inputFiles } from '../../src/commands/common.js';
import { TABLE_COLUMNS, rowRecord } from '../../src/export/columns.js';
import { tidyTables } from '../../src/export/tables.js';
import { plansFromTables } from '../../src/import/from-tables.js';
import { buildPlan } from '../../src/model/plan.js';
import { ROOT } from '../helpers.js';

const config = defaultConfig(ROOT);

function bundled(): ReadPlan[] {
  const { files } = inputFiles(['plans'], config, ROOT);
  return [...eachPlan(files, config, ROOT, { failed: 0, invalid: 0 })];
}

const records = (tables: ReturnType<typeof tidyTables>) => Object.fromEntries(tables.map((t) => [t.name, t.rows.map((r) => rowRecord(t.columns, r))]));

describe('tidyTables', () => {
  it('has one row per thing, with its parents keys, owners joined and dates as ISO days', () => {
    const plan = buildPlan(
      {
        id: 'p1',
        period: '2017/18',
        actions: [{ id: 'A1', title: 'Do', owner: ['Ann Lee', 'Bo Chan'], due: '2018-03', updates: [{ date: '2017-06-30', status: 'on-track', percentComplete: 20 }], milestones: [{ id: 'M1', updates: [{ date: '2017-09-30', status: 'complete' }] }] }],
        measures: [{ id: 'PI1', targets: { '2017/18': 85, '2017/18 Q2': 'tbc' }, actuals: [{ period: '2017/18 Q1', value: 83 }] }],
        risks: [{ id: 'R1', likelihood: 3, impact: 4, target: { likelihood: 1, impact: 4 }, reviews: [{ date: '2017-09-30', likelihood: 2, impact: 4 }] }],
      },
      { file: 'p.yaml', config },
    );
    const t = records(tidyTables([plan]));
    expect(Object.keys(t)).toEqual(['plans', 'actions', 'milestones', 'updates', 'measures', 'targets', 'actuals', 'risks', 'assessments']);
    expect(t.plans![0]).toMatchObject({ plan_id: 'p1', period: '2017/18', period_start: '2017-04-01', period_end: '2018-03-31' });
    expect(t.actions![0]).toMatchObject({ plan_id: 'p1', action_id: 'A1', owner: 'Ann Lee; Bo Chan', due: '2018-03', due_date: '2018-03-31', other_fields: null });
    expect(t.milestones![0]).toMatchObject({ action_id: 'A1', milestone_id: 'M1', due: '2018-03', due_date: '2018-03-31' });
    expect(t.updates!.map((u) => [u.action_id, u.milestone_id, u.date, u.status, u.percent_complete])).toEqual([
      ['A1', null, '2017-06-30', 'on-track', 20],
      ['A1', 'M1', '2017-09-30', 'complete', null],
    ]);
    expect(t.targets!.map((x) => [x.period, x.kind, x.value, x.period_end])).toEqual([
      ['2017/18', 'value', 85, '2018-03-31'],
      ['2017/18 Q2', 'tbc', null, '2017-09-30'],
    ]);
    expect(t.actuals![0]).toMatchObject({ measure_id: 'PI1', period: '2017/18 Q1', period_start: '2017-04-01', period_end: '2017-06-30', value: 83 });
    expect(t.risks![0]).toMatchObject({ risk_id: 'R1', likelihood: 3, impact: 4, score: 12 });
    expect(t.assessments!.map((a) => [a.kind, a.date, a.score])).toEqual([
      ['current', null, 12],
      ['target', null, 4],
      ['review', '2017-09-30', 8],
    ]);
  });

  it('every column of every table has a type and a description, and rows have one cell per column', () => {
    const plans = bundled();
    for (const t of tidyTables(plans.map((p) => p.model))) {
      expect(t.columns).toBe(TABLE_COLUMNS[t.name as keyof typeof TABLE_COLUMNS]);
      for (const c of t.columns) {
        expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(['string', 'integer', 'number', 'boolean', 'date']).toContain(c.type);
        expect(c.description.trim(), `${t.name}.${c.name}`).not.toBe('');
      }
      for (const r of t.rows) expect(r).toHaveLength(t.columns.length);
    }
  });

  it('rebuilds every bundled plan exactly from its rows (with other_fields)', () => {
    const plans = bundled();
    expect(plans.length).toBeGreaterThan(10);
    const tables = tidyTables(
      plans.map((p) => p.model),
      { data: plans.map((p) => p.plan) },
    );
    const rebuilt = plansFromTables(records(tables));
    expect(rebuilt).toHaveLength(plans.length);
    plans.forEach((p, i) => expect(rebuilt[i], p.file).toEqual(p.plan));
    // the typed columns carry what they name: no action's id, title or due is kept aside in other_fields
    const actions = records(tables).actions!;
    expect(actions.filter((a) => /"(id|title|due)"/.test(String(a.other_fields)))).toEqual([]);
  });

  it('keeps what the model cannot read in the parent, and rebuilds it', () => {
    const data = { id: 'x', actions: [{ id: 'A1', updates: [{ date: 'sometime', status: 'on-track' }] }, { title: 'no id' }], measures: [] };
    const plan = buildPlan(data, { file: 'x.yaml', config });
    const tables = tidyTables([plan], { data: [data] });
    expect(plansFromTables(records(tables))[0]).toEqual(data);
  });
});
