/** The report as one CSV table with a section column; UTF-8 with a BOM so Excel reads it right. */
import { type Column, toCsv } from '../table.js';
import { ACTION_COLUMNS, CSV_FIELDS, type CsvField, MEASURE_COLUMNS, RISK_COLUMNS, type ReportColumn, csvFields } from './columns.js';
import type { ReportFormatter } from './index.js';

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
    add('measure', p.id, MEASURE_COLUMNS, p.measures);
    add('risk', p.id, RISK_COLUMNS, p.risks.register);
  }
  return toCsv(columns, rows, { bom: true });
};
export default csv;
