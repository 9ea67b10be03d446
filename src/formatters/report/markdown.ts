/** The report as Markdown, ready to paste into a committee paper. */
import { ACTION_STATES, type QuarterlyReport, STATE_LABEL } from '../../analyses/quarterly.js';
import type { ScoredRisk } from '../../analyses/risks.js';
import { bandCode } from '../risks/heatmap.js';
import { mdCell, toMarkdown } from '../table.js';
import { actualText, fmtValue, headline, lastUpdateText, previousText, ragWord, readFrom } from './shared.js';

/** The report as Markdown, in pieces (each plan's part one piece): a report of thousands of plans is never held whole. */
export function* reportMarkdown(r: QuarterlyReport): Generator<string> {
  const head: string[] = [];
  head.push(`# Quarterly performance report: ${r.quarter}`, '', `Quarter ${r.start} to ${r.end}; as of ${r.asOf}. Plans ${mdCell(readFrom(r.source))}.`, '');
  if (r.outside.length) head.push(`Not covered (the plan's period does not include this quarter): ${r.outside.map((o) => `${mdCell(o.id)} (${o.period})`).join(', ')}.`, '');
  yield `${head.join('\n')}\n`;
  for (const p of r.plans) {
    const out: string[] = [];
    out.push(`## ${mdCell(headline(p))}`, '', `${mdCell(p.title ?? p.id)}; period ${p.period}; \`${mdCell(p.file)}\`.`, '');
    out.push('### Actions', '', toMarkdown([{ header: 'Status', value: (s: string) => s }, { header: 'Actions', value: (s: string) => p.actions.counts[ACTION_STATES.find((x) => STATE_LABEL[x] === s)!], align: 'right' }], ACTION_STATES.filter((s) => p.actions.counts[s]).map((s) => STATE_LABEL[s])));
    if (p.actions.attention.length) {
      out.push('Needing attention:', '');
      out.push(toMarkdown([
        { header: 'Action', value: (a: (typeof p.actions.attention)[number]) => a.id },
        { header: 'Title', value: (a) => a.title },
        { header: 'Owner', value: (a) => a.owner.join(', ') },
        { header: 'Due', value: (a) => a.due },
        { header: 'Status', value: (a) => STATE_LABEL[a.state] },
        { header: 'Why', value: (a) => a.reason },
        { header: 'Last update', value: (a) => lastUpdateText(a) },
      ], p.actions.attention));
    }
    out.push('### Performance measures', '');
    out.push(p.measures.length ? toMarkdown([
      { header: 'Measure', value: (m: (typeof p.measures)[number]) => m.id },
      { header: 'Name', value: (m) => m.title },
      { header: 'Target', value: (m) => (m.target === undefined ? '' : `${fmtValue(m.target, m.unit)} (${m.targetYear})`) },
      { header: 'Actual', value: (m) => actualText(m) },
      { header: 'Previous', value: (m) => previousText(m) },
      { header: 'Direction', value: (m) => m.direction },
      { header: 'RAG', value: (m) => ragWord(m) },
    ], p.measures) : 'No measures recorded.\n');
    out.push('### Risks', '');
    out.push(p.risks.register.length ? toMarkdown([
      { header: 'Risk', value: (x: ScoredRisk) => x.id },
      { header: 'Description', value: (x) => x.title },
      { header: 'L x I', value: (x) => (x.current ? `${x.current.likelihood} x ${x.current.impact}` : 'not scored') },
      { header: 'Score', value: (x) => x.current?.score, align: 'right' },
      { header: 'Band', value: (x) => (x.current?.band ? `${x.current.band.label} (${bandCode(x.current.band)})` : '') },
      { header: 'Target', value: (x) => x.target?.score, align: 'right' },
      { header: 'Above appetite', value: (x) => (x.aboveAppetite ? '**yes**' : 'no') },
    ], p.risks.register) : 'No risks recorded.\n');
    out.push('### Changes since last quarter', '');
    if (p.changes.available) out.push(p.changes.changes.length ? p.changes.changes.map((c) => `- ${mdCell(c.summary)}`).join('\n') : `No changes since ${p.changes.since}.`);
    else out.push(`_${p.changes.reason}_`);
    out.push('');
    yield `${out.join('\n')}\n`;
  }
}
