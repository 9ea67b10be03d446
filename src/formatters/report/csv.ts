/** The report as one CSV table with a section column; UTF-8 with a BOM so Excel reads it right. */
import { type Column, toCsv } from '../table.js';
import { ACTION_COLUMNS, CSV_FIELDS, type CsvField, MEASURE_COLUMNS, RISK_COLUMNS, type ReportColumn, csvFields } from './columns.js';
import type { ReportFormatter } from './index.js';
import { type CountItem, checkCounts, measureCounts, stateCounts } from './shared.js';

type Row = Record<CsvField | 'section' | 'plan', string>;

const csv: ReportFormatter = (r) => {
  const columns: Column<Row>[] = [
    { header: 'section', value: (x) => x.section },
    { header: 'plan', value: (x) => x.plan },
    ...CSV_FIELDS.map((f) => ({ header: f, value: (x: Row) => x[f] })),
    { header: 'quarter', value: () => r.quarter },
  ];
  const rows: Row[] = [];
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
    for (const i of items) rows.push({ ...Object.fromEntries(CSV_FIELDS.map((f) => [f, ''])), section: `count of ${kind}`, plan, id: i.key, status: i.label, value: String(i.count) } as Row);
  };
  for (const [plan, actions, measures] of [...r.plans.map((p) => [p.id, p.actions.counts, p.measures.counts] as const), ['all plans', r.rollup.actions, r.rollup.measures] as const]) {
    count(plan, 'action status', stateCounts(actions));
    count(plan, 'action check', checkCounts(actions));
    count(plan, 'measure status', measureCounts(measures));
  }
  return toCsv(columns, rows, { bom: true });
};
export default csv;
