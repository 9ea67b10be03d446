/**
 * The report as one CSV table with a section column; UTF-8 with a BOM so Excel reads it right. The summary's
 * counts come first, the exceptions second, then every action, measure and risk, then each plan's counts.
 */
import type { SummaryBlock } from '../../analyses/report/index.js';
import { type Column, toCsv } from '../table.js';
import { ACTION_COLUMNS, CSV_FIELDS, type CsvField, EXCEPTION_COLUMNS, MEASURE_COLUMNS, RISK_COLUMNS, type ReportColumn, csvFields } from './columns.js';
import type { ReportFormatter } from './index.js';
import { type CountItem, checkCounts, measureCounts, stateCounts } from './shared.js';

type Row = Record<CsvField | 'section' | 'plan', string>;

const EMPTY = () => Object.fromEntries(CSV_FIELDS.map((f) => [f, ''])) as Record<CsvField, string>;

const csv: ReportFormatter = (r) => {
  const columns: Column<Row>[] = [
    { header: 'section', value: (x) => x.section },
    { header: 'plan', value: (x) => x.plan },
    ...CSV_FIELDS.map((f) => ({ header: f, value: (x: Row) => x[f] })),
    { header: 'quarter', value: () => r.quarter },
  ];
  const rows: Row[] = [];
  // The summary: plan is "all plans" or the priority's code; previous is last quarter's count.
  const summary = (plan: string, detail: string, b: SummaryBlock) => {
    for (const c of b.measures) rows.push({ ...EMPTY(), section: 'summary of measures', plan, id: c.key, status: c.label, value: String(c.count), previous: String(c.lastQuarter), detail });
    for (const c of b.actions) rows.push({ ...EMPTY(), section: 'summary of actions', plan, id: c.key, status: c.label, value: String(c.count), previous: String(c.lastQuarter), detail });
    for (const t of b.travel) rows.push({ ...EMPTY(), section: 'summary of travel', plan, id: t.key, travel: t.key, value: String(t.count), detail });
  };
  summary('all plans', '', r.summary.whole);
  for (const p of r.summary.priorities) summary(p.code || 'none', p.title, p.block);
  for (const e of r.exceptions) rows.push({ section: `exception: ${e.kind}`, plan: e.plan, ...csvFields(EXCEPTION_COLUMNS, e), detail: e.due ?? '' });
  const add = <R>(section: string, plan: string, cols: readonly ReportColumn<R>[], list: readonly R[]) => {
    for (const item of list) rows.push({ section, plan, ...csvFields(cols, item) });
  };
  for (const p of r.plans) {
    add('action', p.id, ACTION_COLUMNS, p.actions.rows);
    add('measure', p.id, MEASURE_COLUMNS, p.measures.rows);
    add('risk', p.id, RISK_COLUMNS, p.risks.register);
  }
  // The counts, per plan and for all plans: each the number of rows above with that status or check.
  const count = (plan: string, kind: string, items: readonly CountItem[]) => {
    for (const i of items) rows.push({ ...EMPTY(), section: `count of ${kind}`, plan, id: i.key, status: i.label, value: String(i.count) });
  };
  for (const [plan, actions, measures] of [...r.plans.map((p) => [p.id, p.actions.counts, p.measures.counts] as const), ['all plans', r.rollup.actions, r.rollup.measures] as const]) {
    count(plan, 'action status', stateCounts(actions));
    count(plan, 'action check', checkCounts(actions));
    count(plan, 'measure status', measureCounts(measures));
  }
  return toCsv(columns, rows, { bom: true });
};
export default csv;
