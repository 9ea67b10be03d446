/**
 * The report as an ordered list of blocks (headings, paragraphs, tables, lists, charts), built once from the
 * report and rendered by each format (text, Markdown, HTML, Word) in its own way. The order is the committee
 * paper's: the summary first, the exceptions second, then the detail by corporate priority and plan, the
 * risks, the changes since the last return, and last, where it all came from.
 */
import type { MeasureRow, RiskSection } from '../../analyses/quarterly.js';
import type { CouncilReport, CountRow, SummaryBlock } from '../../analyses/report/index.js';
import { ukDate } from '../uk-date.js';
import { ACTION_COLUMNS, EXCEPTION_COLUMNS, MEASURE_COLUMNS, RISK_COLUMNS, type ReportColumn, TOP_RISK_COLUMNS } from './columns.js';
import { headline, measureSymbol, readFrom, stateSymbol } from './shared.js';

export interface TableBlock<R = unknown> {
  kind: 'table';
  /** what the table shows, for a caption and a screen reader */
  caption: string;
  columns: readonly ReportColumn<R>[];
  rows: readonly R[];
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id?: string }
  | { kind: 'para'; text: string; note?: boolean }
  | { kind: 'list'; items: string[] }
  | TableBlock
  | { kind: 'charts'; measures: MeasureRow[]; quarter: string }
  | { kind: 'risk-maps'; risks: RiskSection }
  | { kind: 'footer'; blocks: Block[] };

/** The ids of the report's sections, in order: a test checks the summary is first and the exceptions second. */
export const SECTION_IDS = ['summary', 'exceptions', 'detail', 'risks', 'changes'] as const;

export interface SummaryRow {
  what: string;
  status: string;
  count: number;
  lastQuarter?: number;
}

function summaryColumns(lastQuarter: string): readonly ReportColumn<SummaryRow>[] {
  return [
    { id: 'what', header: 'Items', value: (r) => r.what },
    { id: 'status', header: 'Status', value: (r) => r.status, width: 30 },
    { id: 'count', header: 'This quarter', value: (r) => r.count, align: 'right' },
    { id: 'last', header: `Last quarter (${lastQuarter})`, value: (r) => r.lastQuarter, align: 'right' },
  ];
}

const TRAVEL_SYMBOL: Record<string, string> = { improved: '↑', worsened: '↓', 'no change': '→', up: '↑', down: '↓' };

function summaryRows(b: SummaryBlock): SummaryRow[] {
  const row = (what: string, symbol: (key: string) => string) => (c: CountRow) => ({ what, status: `${symbol(c.key)} ${c.label}`, count: c.count, lastQuarter: c.lastQuarter });
  return [
    ...b.measures.map(row('Measures', (k) => measureSymbol(k as never))),
    ...b.actions.map(row('Actions and milestones', (k) => (k === 'overdue' ? '■' : stateSymbol(k as never)))),
    ...b.travel.map((t) => ({ what: 'Measures: direction of travel', status: `${TRAVEL_SYMBOL[t.key]} ${t.key}`, count: t.count })),
  ];
}

function table<R>(caption: string, columns: readonly ReportColumn<R>[], rows: readonly R[]): Block {
  return { kind: 'table', caption, columns: columns as readonly ReportColumn<unknown>[], rows };
}

function summarySection(r: CouncilReport): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 2, text: 'Summary', id: 'summary' }];
  const cols = summaryColumns(r.lastQuarter);
  out.push({ kind: 'para', text: `How many measures and actions stand at each status in ${r.quarter}, beside the same items in ${r.lastQuarter}, and which way the measures have moved since their previous figure. ● on track or green, ▲ at risk or amber, ■ off track, overdue or red, ✓ complete, ○ not rated or no status.` });
  const whole = summaryRows(r.summary.whole);
  out.push(whole.length ? table(`All plans: counts for ${r.quarter} and ${r.lastQuarter}`, cols, whole) : { kind: 'para', text: 'No actions or measures in this quarter.', note: true });
  if (r.summary.priorities.length > 1) {
    for (const p of r.summary.priorities) {
      out.push({ kind: 'heading', level: 3, text: priorityHeading(p.code, p.title) });
      out.push(table(`${priorityHeading(p.code, p.title)}: counts for ${r.quarter} and ${r.lastQuarter}`, cols, summaryRows(p.block)));
    }
  }
  return out;
}

function priorityHeading(code: string, title: string): string {
  return code === '' || code === title ? title : `${code}: ${title}`;
}

function exceptionsSection(r: CouncilReport): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 2, text: 'Exceptions', id: 'exceptions' }];
  const n = r.exceptions.length;
  out.push({ kind: 'para', text: n ? `${n} item${n === 1 ? ' needs' : 's need'} attention: every red measure, every action off track or overdue, every missed milestone and every risk above appetite, with the officer's commentary and corrective action.` : 'No exceptions: no measure is red, no action or milestone is off track or overdue, and no risk is above appetite.' });
  // One table per plan, under the plan's heading: a committee reads them service by service.
  const names = new Map(r.plans.map((p) => [p.id, headline(p)]));
  for (let i = 0; i < n; ) {
    const plan = r.exceptions[i]!.plan;
    let j = i;
    while (j < n && r.exceptions[j]!.plan === plan) j++;
    out.push({ kind: 'heading', level: 3, text: `${names.get(plan) ?? plan} (${plan})` });
    out.push(table(`Exceptions in ${r.quarter}: ${plan}`, EXCEPTION_COLUMNS, r.exceptions.slice(i, j)));
    i = j;
  }
  return out;
}

function detailSection(r: CouncilReport): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 2, text: 'Detail by corporate priority', id: 'detail' }];
  if (r.groups.length === 0) out.push({ kind: 'para', text: 'No actions or measures in this quarter.', note: true });
  for (const g of r.groups) {
    out.push({ kind: 'heading', level: 3, text: priorityHeading(g.code, g.title) });
    for (const p of g.plans) {
      out.push({ kind: 'heading', level: 4, text: `${p.headline} (${p.plan})` });
      if (p.actions.length) out.push(table(`Actions and milestones: ${p.plan}, ${g.title}`, ACTION_COLUMNS, p.actions));
      if (p.measures.length) {
        out.push(table(`Performance measures: ${p.plan}, ${g.title}`, MEASURE_COLUMNS, p.measures));
        out.push({ kind: 'charts', measures: p.measures, quarter: r.quarter });
      }
    }
  }
  return out;
}

function risksSection(r: CouncilReport): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 2, text: 'Risks', id: 'risks' }];
  const any = r.plans.some((p) => p.risks.register.length);
  if (!any) out.push({ kind: 'para', text: 'No risks recorded.', note: true });
  if (r.plans.length > 1 && r.rollup.risks.top.length) {
    out.push({ kind: 'heading', level: 3, text: 'Highest-scored risks across the plans' });
    out.push(table(`The ${r.rollup.risks.top.length} highest-scored risks across the plans`, TOP_RISK_COLUMNS, r.rollup.risks.top));
  }
  for (const p of r.plans) {
    if (!p.risks.register.length) continue;
    out.push({ kind: 'heading', level: 3, text: `${headline(p)} (${p.id})` });
    out.push(table(`Risk register: ${p.id}`, RISK_COLUMNS, p.risks.register));
    out.push({ kind: 'risk-maps', risks: p.risks });
  }
  return out;
}

function changesSection(r: CouncilReport): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 2, text: 'Changes since the last return', id: 'changes' }];
  out.push({ kind: 'para', text: `${basisSentence(r)}.` });
  for (const p of r.plans) {
    out.push({ kind: 'heading', level: 3, text: `${headline(p)} (${p.id})` });
    out.push({ kind: 'para', text: `${p.title ?? p.id}; period ${p.period}; ${p.file}.` });
    if (p.changes.available) out.push(p.changes.changes.length ? { kind: 'list', items: p.changes.changes.map((c) => c.summary) } : { kind: 'para', text: `No changes since ${p.changes.since}.` });
    else out.push({ kind: 'para', text: p.changes.reason, note: true });
  }
  return out;
}

function footer(r: CouncilReport): Block {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'About this report', id: 'about' }];
  blocks.push({ kind: 'para', text: `Plans ${readFrom(r.source)}. As of ${ukDate(r.asOf)}.` });
  blocks.push({ kind: 'para', text: `Files: ${r.plans.map((p) => p.file).join(', ') || 'none'}.` });
  if (r.outside.length) blocks.push({ kind: 'para', text: `Not in this quarter (the plan's period does not include it): ${r.outside.map((o) => `${o.id} (${o.period})`).join(', ')}.` });
  blocks.push({
    kind: 'para',
    text: r.changesBasis.chosen ? `${basisSentence(r)}.` : `${basisSentence(r)}. To compare with another version, such as the tag or commit of the last return, run plan report with --since REV.`,
  });
  return { kind: 'footer', blocks };
}

/** Which version "changes since" compared with, as a sentence: "Changes since the last return compare each plan with commit abc1234, ...". */
function basisSentence(r: CouncilReport): string {
  const d = r.changesBasis.description;
  return d.startsWith('none') ? `No earlier version of the plans was compared${d.startsWith('none: ') ? ` (${d.slice(6)})` : ''}` : `Changes since the last return compare each plan with ${d}`;
}

/** The whole report as blocks, in the order a committee reads it. */
export function reportBlocks(r: CouncilReport): Block[] {
  return [
    { kind: 'heading', level: 1, text: `Quarterly performance report: ${r.quarter}` },
    { kind: 'para', text: `Quarter ${ukDate(r.start)} to ${ukDate(r.end)} · ${r.plans.length} plan${r.plans.length === 1 ? '' : 's'}` },
    ...summarySection(r),
    ...exceptionsSection(r),
    ...detailSection(r),
    ...risksSection(r),
    ...changesSection(r),
    footer(r),
  ];
}
