/** The report in the terminal: tables sized to the terminal (formatters/table.ts), readable without colour. */
import type { ChalkInstance } from 'chalk';
import { ACTION_STATES, type ActionRow, type MeasureRow, type QuarterlyReport, type RiskSection, STATE_LABEL } from '../../analyses/quarterly.js';
import type { ScoredRisk } from '../../analyses/risks.js';
import { safeLine } from '../../util/text.js';
import { renderHeatmap } from '../risks/heatmap.js';
import { type Column, renderTable } from '../table.js';
import { actualText, fmtValue, headline, lastUpdateText, previousText, ragWord, readFrom } from './shared.js';

const RISK_COLS: Column<ScoredRisk>[] = [
  { header: 'Risk', value: (r) => r.id },
  { header: 'Description', value: (r) => r.title, width: 60 },
  { header: 'L x I', value: (r) => (r.current ? `${r.current.likelihood} x ${r.current.impact}` : 'not scored') },
  { header: 'Score', value: (r) => r.current?.score, align: 'right' },
  { header: 'Band', value: (r) => r.current?.band?.label },
  { header: 'Target', value: (r) => r.target?.score, align: 'right' },
  { header: 'Move', value: (r) => r.movement },
  { header: 'Appetite', value: (r) => (r.aboveAppetite ? 'ABOVE' : r.appetite ? 'within' : '') },
];

const ACTION_COLS: Column<ActionRow>[] = [
  { header: 'Action', value: (r) => r.id, width: 14 },
  { header: 'Title', value: (r) => r.title, width: 40 },
  { header: 'Owner', value: (r) => r.owner.join(', '), width: 22 },
  { header: 'Due', value: (r) => r.due },
  { header: 'Status', value: (r) => STATE_LABEL[r.state], style: (t, r, c) => (r.state === 'overdue' || r.state === 'off-track' ? c.red(t) : r.state === 'at-risk' || r.state === 'no-update' ? c.yellow(t) : t) },
  { header: 'Why', value: (r) => r.reason, width: 36 },
  { header: 'Last update', value: (r) => lastUpdateText(r) },
];

function measureCols(): Column<MeasureRow>[] {
  return [
    { header: 'Measure', value: (m) => m.id, width: 14 },
    { header: 'Name', value: (m) => m.title, width: 44 },
    { header: 'Target', value: (m) => (m.target === undefined ? '' : `${fmtValue(m.target, m.unit)} (${m.targetYear})`) },
    { header: 'Actual', value: (m) => actualText(m) },
    { header: 'Previous', value: (m) => previousText(m) },
    { header: 'Travel', value: (m) => m.direction },
    { header: 'RAG', value: (m) => ragWord(m), style: (t, m, c) => (m.rag === 'red' ? c.red(t) : m.rag === 'amber' ? c.yellow(t) : m.rag === 'green' ? c.green(t) : c.dim(t)) },
  ];
}

function counts(c: Record<string, number>): string {
  return ACTION_STATES.filter((s) => c[s]).map((s) => `${STATE_LABEL[s]}: ${c[s]}`).join(' · ') || 'no actions';
}

function risks(section: RiskSection, c: ChalkInstance, heat: boolean): string[] {
  const out: string[] = [];
  if (section.register.length === 0) return ['No risks recorded.'];
  out.push(renderTable(RISK_COLS, section.register, c));
  out.push(`Bands: ${section.bandCounts.map((b) => `${b.label} ${b.count}`).join(' · ') || 'none'}${section.unscored ? ` · not scored ${section.unscored}` : ''}${section.aboveAppetite.length ? ` · above appetite: ${section.aboveAppetite.map((r) => r.id).join(', ')}` : ''}`);
  if (heat) for (const h of section.heatmaps) out.push('', renderHeatmap(h.matrix, section.register.filter((r) => r.matrixId === h.matrix.id), { by: 'current', ids: true, c }).trimEnd());
  return out;
}

/**
 * The report as text, in pieces (each plan's part one piece, as it is laid out): a report of thousands of
 * plans is never held whole, as one string or as all its lines.
 */
export function* reportText(r: QuarterlyReport, c: ChalkInstance): Generator<string> {
  const head: string[] = [];
  head.push(c.bold(`Quarterly performance report: ${r.quarter} (${r.start} to ${r.end})`));
  head.push(`As of ${r.asOf} · ${r.plans.length} plan${r.plans.length === 1 ? '' : 's'} · ${safeLine(readFrom(r.source))}`);
  if (r.outside.length) head.push(c.dim(safeLine(`Not in this quarter (period does not include it): ${r.outside.map((o) => `${o.id} (${o.period})`).join(', ')}`)));
  head.push('');
  yield `${head.join('\n')}\n`;
  for (const p of r.plans) {
    const out: string[] = [];
    out.push(c.bold.underline(safeLine(`${headline(p)} · ${p.id}`)));
    out.push(safeLine(`${p.title ?? ''} · period ${p.period} · ${p.file}`));
    out.push('', c.bold('Actions'), counts(p.actions.counts));
    if (p.actions.attention.length) out.push(renderTable(ACTION_COLS, p.actions.attention, c));
    out.push('', c.bold('Performance measures'));
    out.push(p.measures.length ? renderTable(measureCols(), p.measures, c) : 'No measures recorded.');
    out.push('', c.bold('Risks'), ...risks(p.risks, c, true));
    out.push('', c.bold('Changes since last quarter'));
    if (p.changes.available) out.push(p.changes.changes.length ? p.changes.changes.map((ch) => `- ${safeLine(ch.summary)}`).join('\n') : `No changes since ${p.changes.since}.`);
    else out.push(c.dim(p.changes.reason));
    out.push('');
    yield `${out.join('\n')}\n`;
  }
  if (r.plans.length > 1) {
    const out: string[] = [];
    out.push(c.bold.underline('All plans'));
    out.push(`Actions: ${counts(r.rollup.actions)}`);
    const m = r.rollup.measures;
    out.push(`Measures: green ${m.green} · amber ${m.amber} · red ${m.red} · actual missing ${m.missing} · no target ${m['no target']}`);
    out.push('', c.bold('Top risks'));
    out.push(r.rollup.risks.top.length ? renderTable([{ header: 'Plan', value: (x: ScoredRisk) => x.plan, width: 30 }, ...RISK_COLS], r.rollup.risks.top, c) : 'No scored risks.');
    yield `${out.join('\n')}\n`;
  }
}
