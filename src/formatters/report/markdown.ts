/** The report as Markdown, ready to paste into a committee paper. */
import { ACTION_STATES, type QuarterlyReport, STATE_LABEL } from '../../analyses/quarterly.js';
import { mdCell, toMarkdown } from '../table.js';
import { ACTION_COLUMNS, MEASURE_COLUMNS, RISK_COLUMNS, columnsFor } from './columns.js';
import type { ReportFormatter } from './index.js';
import { headline, readFrom } from './shared.js';

const ACTION_COLS = columnsFor(ACTION_COLUMNS, 'markdown');
const MEASURE_COLS = columnsFor(MEASURE_COLUMNS, 'markdown');
const RISK_COLS = columnsFor(RISK_COLUMNS, 'markdown');

function planPart(p: QuarterlyReport['plans'][number]): string[] {
  const out: string[] = [];
  out.push(`## ${mdCell(headline(p))}`, '', `${mdCell(p.title ?? p.id)}; period ${p.period}; \`${mdCell(p.file)}\`.`, '');
  out.push('### Actions', '', toMarkdown([{ header: 'Status', value: (s: string) => s }, { header: 'Actions', value: (s: string) => p.actions.counts[ACTION_STATES.find((x) => STATE_LABEL[x] === s)!], align: 'right' }], ACTION_STATES.filter((s) => p.actions.counts[s]).map((s) => STATE_LABEL[s])));
  if (p.actions.attention.length) out.push('Needing attention:', '', toMarkdown(ACTION_COLS, p.actions.attention));
  out.push('### Performance measures', '');
  out.push(p.measures.length ? toMarkdown(MEASURE_COLS, p.measures) : 'No measures recorded.\n');
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
  return `${out.join('\n')}\n`;
};
export default markdown;
