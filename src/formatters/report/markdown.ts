/** The report as Markdown, ready to paste into a committee paper. */
import type { ActionCounts } from '../../analyses/action-status.js';
import type { QuarterlyReport } from '../../analyses/quarterly.js';
import { mdCell, toMarkdown } from '../table.js';
import { ACTION_COLUMNS, MEASURE_COLUMNS, RISK_COLUMNS, columnsFor } from './columns.js';
import type { ReportFormatter } from './index.js';
import { type CountItem, checkCounts, headline, measureCounts, readFrom, stateCounts } from './shared.js';

const ACTION_COLS = columnsFor(ACTION_COLUMNS, 'markdown');
const MEASURE_COLS = columnsFor(MEASURE_COLUMNS, 'markdown');
const RISK_COLS = columnsFor(RISK_COLUMNS, 'markdown');

const countTable = (heading: string, items: CountItem[], first = 'Status') => toMarkdown([{ header: first, value: (i: CountItem) => i.label }, { header: heading, value: (i: CountItem) => i.count, align: 'right' }], items);

function actionCounts(c: ActionCounts): string[] {
  const checks = checkCounts(c);
  return [countTable('Actions and milestones', stateCounts(c)), ...(checks.length ? ['Checks beside the reported status:', '', countTable('Actions and milestones', checks, 'Check')] : [])];
}

function planPart(p: QuarterlyReport['plans'][number]): string[] {
  const out: string[] = [];
  out.push(`## ${mdCell(headline(p))}`, '', `${mdCell(p.title ?? p.id)}; period ${p.period}; \`${mdCell(p.file)}\`.`, '');
  out.push('### Actions and milestones', '', ...actionCounts(p.actions.counts));
  if (p.actions.rows.length) out.push(toMarkdown(ACTION_COLS, p.actions.rows));
  out.push('### Performance measures', '');
  if (p.measures.rows.length) out.push(countTable('Measures', measureCounts(p.measures.counts)), toMarkdown(MEASURE_COLS, p.measures.rows));
  else out.push('No measures recorded.\n');
  out.push('### Risks', '');
  out.push(p.risks.register.length ? toMarkdown(RISK_COLS, p.risks.register) : 'No risks recorded.\n');
  out.push('### Changes since last quarter', '');
  if (p.changes.available) out.push(p.changes.changes.length ? p.changes.changes.map((c) => `- ${mdCell(c.summary)}`).join('\n') : `No changes since ${p.changes.since}.`);
  else out.push(`_${p.changes.reason}_`);
  out.push('');
  return out;
}

const markdown: ReportFormatter = (r) => {
  const out: string[] = [];
  out.push(`# Quarterly performance report: ${r.quarter}`, '', `Quarter ${r.start} to ${r.end}; as of ${r.asOf}. Plans ${mdCell(readFrom(r.source))}.`, '');
  if (r.outside.length) out.push(`Not covered (the plan's period does not include this quarter): ${r.outside.map((o) => `${mdCell(o.id)} (${o.period})`).join(', ')}.`, '');
  for (const p of r.plans) out.push(...planPart(p));
  if (r.plans.length > 1) {
    out.push('## All plans', '', '### Actions and milestones', '', ...actionCounts(r.rollup.actions), '### Performance measures', '', countTable('Measures', measureCounts(r.rollup.measures)));
  }
  return `${out.join('\n')}\n`;
};
export default markdown;
