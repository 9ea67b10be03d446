/** The figures plans/README.md promises, checked against the transcriptions: a slip fails the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (f: string): Obj => parse(readFileSync(join(ROOT, 'plans', f), 'utf8')) as Obj;
const byId = (list: Obj[], id: string) => list.find((x) => x.id === id)!;

describe('Southend Learning Service Plan 2017-18 (seed 000)', () => {
  const p = load('southend/learning-2017-18.yaml');
  it('risks LS1, LS2, LS3 as scored in the plan', () => {
    expect(p.risks.map((r: Obj) => [r.id, r.likelihood, r.impact, r.score])).toEqual([['LS1', 3, 4, 12], ['LS2', 1, 4, 4], ['LS3', 3, 4, 12]]);
  });
  it('DP PI 07 targets 85% and DP PI 40b 56% for 2017/18', () => {
    expect(byId(p.measures, 'DP PI 07').targets['2017/18']).toBe(85);
    expect(byId(p.measures, 'DP PI 40b').targets['2017/18']).toBe(56);
    expect(byId(p.measures, 'DP PI 07').title).toBe('The % of children in good or outstanding Schools');
  });
  it('17 actions, due 31 March 2018 except LS 1718 13', () => {
    expect(p.actions.map((a: Obj) => a.id)).toEqual(Array.from({ length: 17 }, (_, i) => `LS 1718 ${String(i + 1).padStart(2, '0')}`));
    expect(p.actions.filter((a: Obj) => a.due !== '2018-03-31').map((a: Obj) => `${a.id} ${a.due}`)).toEqual(['LS 1718 13 2019-03-31']);
    expect(byId(p.actions, 'LS 1718 05').title).toBe('Secondary School Places Strategy');
    expect(byId(p.actions, 'LS 1718 01')).toMatchObject({ priority: 'tbc', owner: 'Alison Gillett', managedBy: 'Brin Martin' });
  });
  it('keeps the blanks of the draft as tbc', () => {
    expect(p.status).toBe('draft');
    expect(p.staffing).toMatchObject({ headcount: 'tbc', text: 'xxxxxx' });
    expect(p.budget[0]).toMatchObject({ kind: 'controllable', amount: 'tbc', text: '£xxxxxxxx' });
  });
});

describe('Vale of Glamorgan School Improvement and Inclusion 2016-20 (seed 001)', () => {
  const p = load('vale-of-glamorgan/school-improvement-2016-20.yaml');
  it('five risks on the Vale 4x4 matrix: 6, 6, 9, 9, 4', () => {
    expect(p.riskMatrix).toBe('vale-4x4');
    expect(p.risks.map((r: Obj) => r.likelihood * r.impact)).toEqual([6, 6, 9, 9, 4]);
  });
  it('base budget, savings and workforce figures as printed', () => {
    expect(p.budget.find((b: Obj) => b.kind === 'base').amount).toBe(3913298);
    expect(p.savings.totals).toEqual({ '2016/17': 455, '2017/18': 318, '2018/19': 60 });
    expect(p.savings.schemes.map((s: Obj) => s.total)).toEqual([80, 90, 40, 563]);
    expect(p.savings.total).toBe(773);
    expect(p.staffing).toMatchObject({ fte: 97.54, headcount: 188.5, period: '2014/15' });
    expect(byId(p.statistics, 'sick-per-fte').value).toBe(7.89);
  });
  it('codes and timeframes carried over', () => {
    expect(byId(p.actions, 'WSI3 RSI4')).toMatchObject({ due: '2017-04', phase: 'Phase 2' });
    expect(byId(p.actions, 'AC1 CSI1')).toMatchObject({ start: '2016-04', due: '2017-03', owner: 'Mike Glavin' });
    expect(byId(p.actions, 'AC2.1').ref).toBe('AC2');
    expect(p.measures.map((m: Obj) => m.id)).toEqual(expect.arrayContaining(['EDU/003', 'EDU004', 'LS/M018a', 'LS/M052', 'RS/M009']));
  });
});

describe('Birmingham service plans 1-11 (seed 002)', () => {
  it('one file per service plan', () => {
    const ids = ['01-leadership-business-unit', '02-safeguarding-resilience', '03-alternative-provision', '04-school-improvement-icf', '05-education-infrastructure', '06-school-admissions-pupil-placements', '07-early-years', '08-sendiass', '09-school-governor-support', '10-early-years-inclusion-support', '11-access-2-education'];
    for (const id of ids) expect(load(`birmingham/${id}.yaml`).id).toBe(`birmingham-${id}`);
  });
  it('the relative timeframe, staffing and budgets', () => {
    expect(byId(load('birmingham/04-school-improvement-icf.yaml').actions, 'B4-01')).toMatchObject({ start: '2015-09-01', duration: 'P3Y', due: '2018-08-31', category: 'School Improvement' });
    const six = load('birmingham/06-school-admissions-pupil-placements.yaml');
    expect(six.staffing.fte).toBe(54);
    expect(six.budget[0].amount).toBe(4270725);
    expect(load('birmingham/01-leadership-business-unit.yaml').budget[0]).toMatchObject({ amount: 'tbc', text: '£1,497,00' });
  });
});

describe('Southend SEN strategy progress report (seed 003)', () => {
  const p = load('southend/sen-strategy-progress-2014.yaml');
  it('is a plan with dated updates, not prose', () => {
    expect(p.dated).toBe('2014-03-18');
    expect(p.objectives.filter((o: Obj) => o.kind === 'proposal').length).toBe(5);
    for (const o of p.objectives) expect(o.updates[0].date).toBe('2014-03-18');
    expect(p.measures[0].actuals[0].value).toBe(100);
  });
});

describe('Plymouth KPI report (seed 004)', () => {
  const p = load('plymouth/kpi-report-2015-12.yaml');
  it('KPI 14 good or outstanding schools, Sep-14 and Sep-15', () => {
    expect(byId(p.measures, 'KPI 14').actuals).toEqual([
      expect.objectContaining({ period: '2014-09', value: 77, numerator: 70, denominator: 91 }),
      expect.objectContaining({ period: '2015-09', value: 78, numerator: 73, denominator: 94 }),
    ]);
    const children = p.measures.filter((m: Obj) => m.parent === 'KPI 14');
    expect(children.map((m: Obj) => m.actuals.map((a: Obj) => `${a.numerator}/${a.denominator}`).join(' '))).toEqual(['51/67 54/70', '12/16 12/16', '7/8 7/8']);
  });
  it('the figures in the commentary', () => {
    const values = p.statistics.map((s: Obj) => s.value);
    expect(values).toEqual(expect.arrayContaining([98, 105, 48, 20, 2, 1170, 516, 85, 123]));
  });
});
