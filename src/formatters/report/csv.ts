/** The report as one CSV table with a section column; UTF-8 with a BOM so Excel reads it right. */
import { type QuarterlyReport, STATE_LABEL } from '../../analyses/quarterly.js';
import { type Column, csvHeader, csvRows } from '../table.js';
import { actualText, fmtValue, previousText, ragWord } from './shared.js';

interface Row {
  section: string;
  plan: string;
  id: string;
  title: string;
  owner: string;
  status: string;
  value: string;
  target: string;
  detail: string;
}

/** The report as CSV, in pieces (each plan's rows one piece): a report of thousands of plans is never held whole. */
export function* reportCsv(r: QuarterlyReport): Generator<string> {
  const columns: Column<Row>[] = [
    { header: 'section', value: (x: Row) => x.section },
    { header: 'plan', value: (x) => x.plan },
    { header: 'id', value: (x) => x.id },
    { header: 'title', value: (x) => x.title },
    { header: 'owner', value: (x) => x.owner },
    { header: 'status', value: (x) => x.status },
    { header: 'value', value: (x) => x.value },
    { header: 'target', value: (x) => x.target },
    { header: 'detail', value: (x) => x.detail },
    { header: 'quarter', value: () => r.quarter },
  ];
  yield csvHeader(columns, { bom: true });
  for (const p of r.plans) {
    const rows: Row[] = [];
    for (const a of p.actions.rows) rows.push({ section: 'action', plan: p.id, id: a.id, title: a.title, owner: a.owner.join('; '), status: STATE_LABEL[a.state], value: a.lastUpdate?.percentComplete !== undefined ? `${a.lastUpdate.percentComplete}%` : '', target: a.due, detail: a.reason ?? '' });
    for (const m of p.measures) rows.push({ section: 'measure', plan: p.id, id: m.id, title: m.title, owner: '', status: ragWord(m), value: actualText(m), target: m.target === undefined ? '' : fmtValue(m.target, m.unit), detail: previousText(m) ? `previous ${previousText(m)}` : '' });
    for (const k of p.risks.register) rows.push({ section: 'risk', plan: p.id, id: k.id, title: k.title, owner: k.owner.join('; '), status: k.current?.band?.label ?? 'not scored', value: k.current ? String(k.current.score) : '', target: k.target ? String(k.target.score) : '', detail: k.aboveAppetite ? 'above appetite' : '' });
    if (rows.length) yield csvRows(columns, rows);
  }
}
