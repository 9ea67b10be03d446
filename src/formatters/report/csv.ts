/** The report as one CSV table with a section column; UTF-8 with a BOM so Excel reads it right. */
import { type QuarterlyReport, type RiskSection, STATE_LABEL } from '../../analyses/quarterly.js';
import type { ScoredRisk } from '../../analyses/risks.js';
import { jsonChunks } from '../../util/json-chunks.js';
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

/**
 * The report as JSON, in pieces (a plan's section each): a report of thousands of plans is never one string.
 * Risk matrices are given by their id (they are in the configuration). They are replaced in a copy of the
 * risk sections rather than by a replacer: JSON.stringify calls a replacer back for every value, and leaves
 * its fast path (the JSON of 1,000 plans took 40 ms with one, 29 without).
 */
export function* reportJson(r: QuarterlyReport): Generator<string> {
  const view = { ...r, plans: r.plans.map((p) => ({ ...p, risks: risksForJson(p.risks) })), rollup: { ...r.rollup, risks: risksForJson(r.rollup.risks) } };
  yield* jsonChunks(view, undefined, 2);
  yield '\n';
}

function risksForJson(s: RiskSection) {
  const risk = (k: ScoredRisk) => ({ ...k, matrix: k.matrix?.id });
  return { ...s, register: s.register.map(risk), top: s.top.map(risk), aboveAppetite: s.aboveAppetite.map(risk), heatmaps: s.heatmaps.map((h) => ({ ...h, matrix: h.matrix.id })) };
}
