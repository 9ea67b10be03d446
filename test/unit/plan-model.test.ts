/** The typed plan model: what buildPlan makes of a plan's data, well-formed or not. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultConfig } from '../../src/config.js';
import { dayOf } from '../../src/model/dates.js';
import { buildPlan } from '../../src/model/plan.js';
import { ROOT } from '../helpers.js';

const config = defaultConfig(ROOT);
const build = (data: unknown, council?: unknown) => buildPlan(data, { file: 'p.yaml', config, ...(council === undefined ? {} : { council }) });

describe('buildPlan', () => {
  it('reads the plan, its period and its risk matrix', () => {
    const p = build({ id: 'p1', council: 'vale', councilName: 'Vale', service: 'Schools', title: 'Plan', period: '2017/18', riskMatrix: 'vale-4x4' });
    expect(p).toMatchObject({ file: 'p.yaml', id: 'p1', council: 'vale', councilName: 'Vale', service: 'Schools', title: 'Plan', periodText: '2017/18', riskMatrixId: 'vale-4x4' });
    expect(p.period).toMatchObject({ start: dayOf(2017, 4, 1), end: dayOf(2018, 4, 1), precision: 'fiscal-year' });
    expect(p.riskMatrix?.id).toBe('vale-4x4');
    expect(build({ id: 'p' }).riskMatrixId).toBe(config.riskMatrix);
    expect(build({ id: 'p', riskMatrix: 'no-such' }).riskMatrix).toBeUndefined();
  });

  it('resolves timeframes once, keeping the due date as written', () => {
    const p = build({ actions: [{ id: 'A1', title: 't', owner: 'Ann', start: '2016-04', due: '2016-06', milestones: [{ id: 'M1', title: 'm' }, { id: 'M2', due: 'ongoing' }] }, { id: 'A2', start: '2015-09-01', duration: 'P3Y' }] });
    const [a1, a2] = p.actions;
    expect(a1!.due).toBe('2016-06');
    expect(a1!.timeframe.due).toMatchObject({ kind: 'date', day: dayOf(2016, 6, 30) });
    expect(a1!.timeframe.start?.start).toBe(dayOf(2016, 4, 1));
    // a milestone without a due date falls due with its action
    expect(a1!.milestones.map((m) => [m.id, m.due, m.timeframe.due.kind])).toEqual([
      ['M1', '2016-06', 'date'],
      ['M2', 'ongoing', 'open'],
    ]);
    expect(a2!.due).toBeUndefined();
    expect(a2!.timeframe.due).toMatchObject({ kind: 'date', day: dayOf(2018, 8, 31) });
  });

  it('puts updates and actuals in date order, keeping only readable dates', () => {
    const p = build({
      actions: [{ id: 'A', updates: [{ date: '2017-09', status: 'on-track' }, { date: '2017-02-30', status: 'complete' }, { date: '2017-05-01', rag: 'purple', percentComplete: 20 }, { status: 'complete' }] }],
      measures: [{ id: 'M', targets: { '2017/18': 5, '2018/19': 'tbc', '2019/20': 'high' }, actuals: [{ period: '2017/18 Q2', value: 3 }, { period: '2017/18 Q1', value: 'n/a' }, { period: 'someday', value: 1 }] }],
    });
    expect(p.actions[0]!.updates).toEqual([
      { date: '2017-05-01', day: dayOf(2017, 5, 1), percentComplete: 20 },
      { date: '2017-09', day: dayOf(2017, 9, 30), status: 'on-track' },
    ]);
    const m = p.measures[0]!;
    expect(m.targets.map(({ period, value }) => ({ period, value }))).toEqual([
      { period: '2017/18', value: 5 },
      { period: '2018/19', value: 'tbc' },
    ]);
    expect(m.actuals.map((a) => [a.period, a.value])).toEqual([
      ['2017/18 Q1', null],
      ['2017/18 Q2', 3],
    ]);
  });

  it('reads risks with their current, target and inherent assessments and reassessments', () => {
    const p = build({ risks: [{ id: 'R1', title: 'r', owner: ['Ann'], controls: 'c', likelihood: 3, impact: 4, assessed: '2017-04', target: { likelihood: 1, impact: 2 }, inherent: { likelihood: 'high', impact: 4 }, reviews: [{ date: '2017-09-01', likelihood: 2, impact: 2 }, { date: '2017-06-01', likelihood: 3, impact: 3 }, { date: 'never' }] }] });
    const r = p.risks[0]!;
    expect(r.assessments).toEqual({ current: { likelihood: 3, impact: 4, assessed: '2017-04', day: dayOf(2017, 4, 30) }, target: { likelihood: 1, impact: 2 }, inherent: { impact: 4 } });
    expect(r.reassessments.map((x) => x.date)).toEqual(['2017-06-01', '2017-09-01']);
    expect(r.controls).toEqual(['c']);
  });

  it("reads people's aliases in the council register as their names", () => {
    const council = { people: [{ name: 'Jennifer Hill', aliases: ['Director'] }, { name: 'Amanda Champ', aliases: ['GMSP', 'AC'] }, { name: 'Ann' }] };
    const p = build({ actions: [{ id: 'A', owner: ['Mike Glavin', 'Director'], managedBy: 'GMSP', milestones: [{ id: 'M', owner: 'AC' }] }], risks: [{ id: 'R', owner: 'Director' }], measures: [{ id: 'K', owner: ['Amanda Champ', 'GMSP'] }] }, council);
    expect(p.actions[0]!.owner).toEqual(['Mike Glavin', 'Jennifer Hill']);
    expect(p.actions[0]!.managedBy).toEqual(['Amanda Champ']);
    expect(p.actions[0]!.milestones[0]!.owner).toEqual(['Amanda Champ']);
    expect(p.risks[0]!.owner).toEqual(['Jennifer Hill']);
    expect(p.measures[0]!.owner).toEqual(['Amanda Champ']);
    // without a register, names are as written
    expect(build({ actions: [{ id: 'A', owner: 'Director' }] }).actions[0]!.owner).toEqual(['Director']);
  });

  it('keeps links to objectives and corporate priorities', () => {
    const p = build({ objectives: [{ id: 'O1', title: 'o', lead: 'Ann', priority: ['P1', 'P2'], wellbeingObjective: 'WO1' }], actions: [{ id: 'A', objective: 'O1', priority: 'tbc' }], measures: [{ id: 'M', objective: ['O1'], priority: 'P1' }] });
    expect(p.objectives).toEqual([{ id: 'O1', title: 'o', lead: ['Ann'], priorities: ['P1', 'P2'], wellbeingObjectives: ['WO1'] }]);
    expect([p.actions[0]!.objectives, p.actions[0]!.priorities]).toEqual([['O1'], 'tbc']);
    expect([p.measures[0]!.objectives, p.measures[0]!.priorities]).toEqual([['O1'], ['P1']]);
  });

  it('never throws on malformed data: what is missing or of the wrong type is left out', () => {
    for (const data of [undefined, null, 42, 'text', [], { actions: 'x' }, { actions: [null, 1, 'a', { title: 'no id' }, { id: 7 }] }, { period: { start: 3 } }, { risks: [{ id: 'R', reviews: 'x', target: 5 }] }, { measures: [{ id: 'M', targets: [1], actuals: {} }] }]) {
      const p = build(data);
      expect(p.file).toBe('p.yaml');
      expect(p.actions).toEqual([]);
      if (p.risks[0]) expect(p.risks[0].assessments).toEqual({ current: {} });
    }
    const odd = build({ id: 5, period: 'someday', title: ['x'], actions: [{ id: 'A', title: 3, owner: [1, 'Ann'], due: 20160630, updates: [{ date: 20170101 }] }] });
    expect(odd.id).toBeUndefined();
    expect(odd.period).toBeUndefined();
    expect(odd.periodText).toBe('someday');
    expect(odd.actions[0]).toMatchObject({ id: 'A', owner: ['Ann'], updates: [] });
    expect(odd.actions[0]!.title).toBeUndefined();
    expect(odd.actions[0]!.due).toBeUndefined();
    expect(odd.actions[0]!.timeframe.due.kind).toBe('invalid');
  });

  it('builds every bundled plan', () => {
    for (const file of ['plans/southend/learning-2017-18.yaml', 'plans/vale-of-glamorgan/school-improvement-2016-20.yaml']) {
      const data = parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;
      const p = build(data);
      expect(p.id).toBe(data.id);
      expect(p.actions.length).toBe((data.actions as unknown[]).length);
      expect(p.risks.length).toBe((data.risks as unknown[]).length);
    }
  });
});
