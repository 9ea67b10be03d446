/** The report in the terminal: tables sized to the terminal (formatters/table.ts), readable without colour. */
import type { ChalkInstance } from 'chalk';
import type { ActionCounts } from '../../analyses/action-status.js';
import type { RiskSection } from '../../analyses/quarterly.js';
import { safeLine } from '../../util/text.js';
import { renderHeatmap } from '../risks/heatmap.js';
import { renderTable } from '../table.js';
import { ACTION_COLUMNS, MEASURE_COLUMNS, RISK_COLUMNS, TOP_RISK_COLUMNS, columnsFor } from './columns.js';
import type { ReportFormatter } from './index.js';
import { checkCounts, countsLine, headline, measureCounts, readFrom, stateCounts } from './shared.js';

const ACTION_COLS = columnsFor(ACTION_COLUMNS, 'text');
const MEASURE_COLS = columnsFor(MEASURE_COLUMNS, 'text');
const RISK_COLS = columnsFor(RISK_COLUMNS, 'text');
const TOP_RISK_COLS = columnsFor(TOP_RISK_COLUMNS, 'text');

function actionCounts(c: ActionCounts): string[] {
  const checks = checkCounts(c);
  return [`Status: ${countsLine(stateCounts(c), 'no actions')}`, ...(checks.length ? [`Checks: ${countsLine(checks, '')}`] : [])];
}

function risks(section: RiskSection, c: ChalkInstance, heat: boolean): string[] {
  const out: string[] = [];
  if (section.register.length === 0) return ['No risks recorded.'];
  out.push(renderTable(RISK_COLS, section.register, c));
  out.push(`Bands: ${section.bandCounts.map((b) => `${b.label} ${b.count}`).join(' · ') || 'none'}${section.unscored ? ` · not scored ${section.unscored}` : ''}${section.aboveAppetite.length ? ` · above appetite: ${section.aboveAppetite.map((r) => r.id).join(', ')}` : ''}`);
  if (heat) for (const h of section.heatmaps) out.push('', renderHeatmap(h.matrix, section.register.filter((r) => r.matrixId === h.matrix.id), { by: 'current', ids: true, c }).trimEnd());
  return out;
}

const text: ReportFormatter = (r, { color: c }) => {
  const out: string[] = [];
  out.push(c.bold(`Quarterly performance report: ${r.quarter} (${r.start} to ${r.end})`));
  out.push(`As of ${r.asOf} · ${r.plans.length} plan${r.plans.length === 1 ? '' : 's'} · ${safeLine(readFrom(r.source))}`);
  if (r.outside.length) out.push(c.dim(safeLine(`Not in this quarter (period does not include it): ${r.outside.map((o) => `${o.id} (${o.period})`).join(', ')}`)));
  out.push('');
  for (const p of r.plans) {
    out.push(c.bold.underline(safeLine(`${headline(p)} · ${p.id}`)));
    out.push(safeLine(`${p.title ?? ''} · period ${p.period} · ${p.file}`));
    out.push('', c.bold('Actions and milestones'), ...actionCounts(p.actions.counts));
    if (p.actions.rows.length) out.push(renderTable(ACTION_COLS, p.actions.rows, c));
    out.push('', c.bold('Performance measures'));
    if (p.measures.rows.length) out.push(countsLine(measureCounts(p.measures.counts), ''), renderTable(MEASURE_COLS, p.measures.rows, c));
    else out.push('No measures recorded.');
    out.push('', c.bold('Risks'), ...risks(p.risks, c, true));
    out.push('', c.bold('Changes since last quarter'));
    if (p.changes.available) out.push(p.changes.changes.length ? p.changes.changes.map((ch) => `- ${safeLine(ch.summary)}`).join('\n') : `No changes since ${p.changes.since}.`);
    else out.push(c.dim(p.changes.reason));
    out.push('');
  }
  if (r.plans.length > 1) {
    out.push(c.bold.underline('All plans'));
    out.push(...actionCounts(r.rollup.actions).map((l) => `Actions and milestones: ${l}`));
    out.push(`Measures: ${countsLine(measureCounts(r.rollup.measures), 'none')}`);
    out.push('', c.bold('Top risks'));
    out.push(r.rollup.risks.top.length ? renderTable(TOP_RISK_COLS, r.rollup.risks.top, c) : 'No scored risks.');
  }
  return `${out.join('\n')}\n`;
};
export default text;
