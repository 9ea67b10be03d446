/** The council report's analysis (src/analyses/report/): summary with last quarter beside, exceptions with commentary, grouping by priority; and UK dates. */
import { describe, expect, it } from 'vitest';
import { councilReport } from '../../src/analyses/report/index.js';
import { defaultConfig } from '../../src/config.js';
import { ukDate, ukDatesIn } from '../../src/formatters/uk-date.js';
import { buildPlan } from '../../src/model/plan.js';
import { ROOT } from '../helpers.js';

const config = defaultConfig(ROOT);
const council = { id: 'c', name: 'C', aims: [{ id: 'SAFE', title: 'Safe', priorities: [{ id: 'SAFE-1', title: 'A safe town' }] }], wellbeingOutcomes: [{ id: 'WO1', title: 'Inclusive', objectives: [{ id: 'O1', title: 'Reducing poverty' }] }] };
const plan = {
  id: 'p',
  council: 'c',
  service: 'Testing',
  period: '2017/18',
  objectives: [{ id: 'OB1', title: 'o', priority: 'SAFE-1' }, { id: 'OB2', title: 'w', wellbeingObjective: 'O1' }],
  actions: [
    { id: 'A1', title: 'late', owner: 'Ann', due: '2017-08-31', priority: 'SAFE-1', updates: [{ date: '2017-09-30', status: 'off-track', commentary: 'Contractor failed', correctiveAction: 'Re-tendered' }] },
    { id: 'A2', title: 'fine', owner: 'Bob', due: '2018-03-31', objective: 'OB2', updates: [{ date: '2017-06-30', status: 'at-risk' }, { date: '2017-09-30', status: 'on-track' }], milestones: [{ id: 'M1', title: 'missed', due: '2017-07-31' }] },
    { id: 'A3', title: 'unlinked', owner: 'Cy', due: '2018-03-31' },
  ],
  measures: [
    { id: 'M1', title: 'red one', owner: 'Ann', objective: 'OB1', unit: 'percent', polarity: 'higher', frequency: 'quarterly', targets: { '2017/18': 80 }, actuals: [{ period: '2017/18 Q1', value: 82 }, { period: '2017/18 Q2', value: 70, note: 'Two vacancies.', correctiveAction: 'Agency staff from October' }] },
  ],
};
const report = (owner?: string) =>
  councilReport({ plans: [{ model: buildPlan(plan, { file: 'p.yaml', config, council }), plan }], quarter: { year: 2017, q: 2 }, config, source: 'test', changesBasis: { description: 'none', chosen: false }, ...(owner ? { owner } : {}) });

describe('council report', () => {
  it('counts this quarter beside last quarter, and the measures\u2019 direction of travel', () => {
    const r = report();
    expect(r.lastQuarter).toBe('2017/18 Q1');
    const measures = Object.fromEntries(r.summary.whole.measures.map((c) => [c.key, [c.count, c.lastQuarter]]));
    expect(measures).toEqual({ green: [0, 1], red: [1, 0] });
    expect(r.summary.whole.travel).toEqual([{ key: 'worsened', count: 1 }]);
    const actions = Object.fromEntries(r.summary.whole.actions.map((c) => [c.key, [c.count, c.lastQuarter]]));
    expect(actions['off-track']).toEqual([1, 0]);
    expect(actions['at-risk']).toEqual([0, 1]);
    expect(actions.overdue).toEqual([2, 0]);
  });
  it('lists every exception with its commentary and corrective action', () => {
    const r = report();
    expect(r.exceptions.map((e) => [e.kind, e.id])).toEqual([['measure', 'M1'], ['action', 'A1'], ['milestone', 'A2 / M1']]);
    expect(r.exceptions[0]).toMatchObject({ commentary: 'Two vacancies.', correctiveAction: 'Agency staff from October', owner: ['Ann'] });
    expect(r.exceptions[1]).toMatchObject({ status: 'Off track; Overdue', commentary: 'Contractor failed', correctiveAction: 'Re-tendered' });
    expect(r.exceptions[2]!.commentary).toBeUndefined();
  });
  it('groups the detail by the register\u2019s priority (through objectives too), unlinked last', () => {
    const r = report();
    expect(r.groups.map((g) => [g.code, g.title, g.plans.flatMap((p) => [...p.actions.map((a) => a.id), ...p.measures.map((m) => m.id)])])).toEqual([
      ['SAFE-1', 'A safe town', ['A1', 'M1']],
      ['O1', 'Reducing poverty', ['A2', 'A2 / M1']],
      ['', 'Not linked to a corporate priority', ['A3']],
    ]);
    expect(r.summary.priorities.map((p) => p.code)).toEqual(['SAFE-1', 'O1', '']);
  });
  it('with --owner, counts and lists only that person\u2019s items, in both quarters', () => {
    const r = report('Ann');
    expect(r.exceptions.map((e) => e.id)).toEqual(['M1', 'A1']);
    expect(r.summary.whole.actions.find((c) => c.key === 'off-track')).toMatchObject({ count: 1, lastQuarter: 0 });
    expect(r.summary.whole.actions.some((c) => c.key === 'at-risk')).toBe(false);
  });
});

describe('UK dates', () => {
  it('writes days and months as a UK paper does, and leaves the rest', () => {
    expect(ukDate('2026-08-31')).toBe('31 Aug 2026');
    expect(ukDate('2016-06')).toBe('Jun 2016');
    expect(ukDate('2017/18')).toBe('2017/18');
    expect(ukDate('2017-02-30')).toBe('2017-02-30');
    expect(ukDate('ongoing')).toBe('ongoing');
    expect(ukDatesIn('due 2018-03-31, 90 days ago')).toBe('due 31 Mar 2018, 90 days ago');
  });
});
