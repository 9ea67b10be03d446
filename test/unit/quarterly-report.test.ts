/** The quarterly report's analysis, and the plans it reads one at a time, without the built CLI. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionRow } from '../../src/analyses/action-status.js';
import { rate } from '../../src/analyses/performance/rag.js';
import { quarterlyReport } from '../../src/analyses/quarterly.js';
import { councilReport } from '../../src/analyses/report/index.js';
import { type ReadPlan, eachPlan } from '../../src/commands/plans.js';
import { defaultConfig } from '../../src/config.js';
import { REPORT_FORMATS } from '../../src/formatters/report/index.js';
import { expandPaths } from '../../src/load/files.js';
import { quarterSpan } from '../../src/model/period.js';
import { buildPlan } from '../../src/model/plan.js';
import { palette } from '../../src/util/color.js';
import { ROOT } from '../helpers.js';

const config = defaultConfig(ROOT);
const Q = { year: 2017, q: 2 as const };
const span = quarterSpan(Q);
const asOf = span.end - 1;
/** An action as the model gives it, from its data. */
const action = (data: Record<string, unknown>) => buildPlan({ id: 'p', actions: [data] }, { file: 'p.yaml', config }).actions[0]!;

describe('quarterly analysis', () => {
  it('ignores updates after the quarter, so the report is reproducible', () => {
    const a = { id: 'A1', title: 't', owner: 'o', start: '2017-04', due: '2018-03', updates: [{ date: '2017-08-01', status: 'on-track', percentComplete: 40 }, { date: '2017-11-01', status: 'complete' }] };
    expect(actionRow(action(a), span, asOf).state).toBe('on-track');
    expect(actionRow(action(a), quarterSpan({ year: 2017, q: 3 }), quarterSpan({ year: 2017, q: 3 }).end - 1).state).toBe('complete');
  });
  it('judges an action behind when % complete trails the straight line from start to due', () => {
    const a = { id: 'A1', title: 't', owner: 'o', start: '2017-04-01', due: '2018-03-31', updates: [{ date: '2017-09-15', percentComplete: 10 }] };
    const row = actionRow(action(a), span, asOf);
    expect(row.state).toBe('no-status');
    expect(row.judgements).toEqual(['behind']);
    expect(row.expected).toBe(50);
  });
  it('judges overdue and no update this quarter beside the reported status (off track, not yet started)', () => {
    const row = (o: Record<string, unknown>) => actionRow(action({ id: 'A', title: 't', owner: 'o', due: '2018-03-31', ...o }), span, asOf);
    const checks = (o: Record<string, unknown>) => row(o).judgements;
    expect(checks({ due: '2017-08', updates: [{ date: '2017-08-01', status: 'on-track' }] })).toEqual(['overdue']);
    expect(row({ due: '2017-08', updates: [{ date: '2017-08-01', status: 'on-track' }] }).state).toBe('on-track');
    expect(row({ updates: [{ date: '2017-08-01', rag: 'red' }] }).state).toBe('off-track');
    expect(checks({ updates: [{ date: '2017-05-01', status: 'on-track' }] })).toEqual(['no-update']);
    expect(row({ start: '2018-01', updates: [] }).state).toBe('not-started');
  });
  it('rates measures against target with the amber tolerance, honouring polarity', () => {
    const rag = (figure: number, value: number, polarity: 'higher' | 'lower', tolerance?: number) => rate({ figure, target: { kind: 'value', value }, polarity, ...(tolerance !== undefined ? { tolerance } : {}), settings: config.performance })?.rag;
    expect(rag(84, 85, 'higher', 2)).toBe('amber');
    expect(rag(80, 85, 'higher', 2)).toBe('red');
    expect(rag(6.7, 7.89, 'lower')).toBe('green');
    expect(rag(9, 7.89, 'lower', 0)).toBe('red');
  });
  it('reports direction of travel and a missing actual', () => {
    const plan = { id: 'p', service: 's', period: '2017/18', measures: [{ id: 'M1', title: 'sickness', polarity: 'lower', frequency: 'quarterly', targets: { '2017/18': 7 }, actuals: [{ period: '2017/18 Q1', value: 8 }, { period: '2017/18 Q2', value: 7.5 }, { period: '2017/18 Q3', value: 1 }] }, { id: 'M2', title: 'x', polarity: 'higher', frequency: 'quarterly', actuals: [{ period: '2017/18 Q1', value: 8 }] }] };
    const r = quarterlyReport({ plans: [{ model: buildPlan(plan, { file: 'p.yaml', config }), plan }], quarter: Q, config, source: 'test' });
    const [m1, m2] = r.plans[0]!.measures.rows;
    expect([m1!.actual?.value, m1!.previous?.value, m1!.travel.previous?.word, m1!.rag]).toEqual([7.5, 8, 'improved', 'red']);
    expect(m2!.status).toBe('missing');
  });
});

describe('plans read one at a time for the report', () => {
  it('reads each plan only when the report comes to it, and reports as from a list', () => {
    const files = expandPaths([join(ROOT, 'plans')], ROOT).files;
    const read: number[] = [];
    const progress = { update: (n: number) => read.push(n), clear: () => undefined, end: () => undefined };
    const counts = { failed: 0, invalid: 0 };
    const plans = eachPlan(files, config, ROOT, counts, progress);
    const first = plans.next();
    expect(first.done).toBe(false);
    // Only the files up to the first plan have been read (a register or matrix before it is skipped).
    expect(read.length).toBeLessThan(files.length);
    expect(read.at(-1)).toBe(files.indexOf((first.value as { path: string }).path) + 1);
    const rest = [...plans];
    expect(read.at(-1)).toBe(files.length);
    const all = [first.value as ReadPlan, ...rest];
    const quarter = { year: 2017, q: 3 as const };
    const once = quarterlyReport({ plans: eachPlan(files, config, ROOT, { failed: 0, invalid: 0 }), quarter, config, source: 'test' });
    expect(once).toEqual(quarterlyReport({ plans: all, quarter, config, source: 'test' }));
    expect(once.plans.length + once.outside.length).toBe(all.length);
    expect(counts.failed).toBe(0);
  });
  it('shows every plan in every format', async () => {
    const files = expandPaths([join(ROOT, 'plans')], ROOT).files;
    const report = councilReport({ plans: eachPlan(files, config, ROOT, { failed: 0, invalid: 0 }), quarter: { year: 2016, q: 4 }, config, source: 'test', changesBasis: { description: 'none', chosen: false } });
    expect(report.plans.length).toBeGreaterThanOrEqual(10);
    // (the Word document is read back in test/cli/report-docx.test.ts)
    for (const format of (Object.keys(REPORT_FORMATS) as (keyof typeof REPORT_FORMATS)[]).filter((f) => f !== 'docx')) {
      const made = (await (await REPORT_FORMATS[format]())(report, { color: palette(false) })) as string | Iterable<string>;
      const text = typeof made === 'string' ? made : [...made].join('');
      for (const p of report.plans) expect(text, `${format}: ${p.id}`).toContain(format === 'csv' ? `,${p.id},` : format === 'markdown' ? p.file : p.id);
    }
    const json = JSON.parse((await (await REPORT_FORMATS.json())(report, { color: palette(false) })) as string) as { plans: { id: string; risks: { register: { matrix: unknown }[] } }[] };
    expect(json.plans.map((p) => p.id)).toEqual(report.plans.map((p) => p.id));
    // (risk matrices by their id, as the configuration names them)
    expect(json.plans.flatMap((p) => p.risks.register.map((r) => typeof r.matrix))).toContain('string');
  });
});
