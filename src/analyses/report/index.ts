/**
 * The report a council tables: the quarterly report (quarterly.ts) with, before its detail, a summary of
 * counts with direction of travel and the exceptions with their commentary and corrective action, and its
 * detail grouped by corporate priority, then plan. Pure, as of the quarter's last day; each plan's model is
 * read as it streams past and only what the report shows is kept.
 */
import { type ActionRow, actionRows } from '../action-status.js';
import { measurePerformance } from '../performance/measure.js';
import { type PlanSection, type QuarterlyReport, type ReportInput, type ReportPlan, quarterlyReport } from '../quarterly.js';
import { previousQuarter, quarterLabel, quarterSpan } from '../../model/period.js';
import { type ReportException, actionException, measureException, riskException } from './exceptions.js';
import { GroupBuilder, NO_PRIORITY_TITLE, type PriorityGroup } from './grouping.js';
import { type PlanNotes, planNotes } from './notes.js';
import { type ReportSummary, SummaryBuilder } from './summary.js';

export type { CountRow, ReportSummary, SummaryBlock } from './summary.js';
export { TRAVEL_WORDS } from './summary.js';
export type { ExceptionKind, ReportException } from './exceptions.js';
export { NO_PRIORITY_TITLE, type PlanInGroup, type PriorityGroup } from './grouping.js';

/** Which version of the plans "changes since" compared with, and whether the reader chose it (--since). */
export interface ChangesBasis {
  /** in words: "commit abc1234, the last on the main line on or before 30 Jun 2017", or why there was none */
  description: string;
  chosen: boolean;
}

export interface CouncilReport extends QuarterlyReport {
  /** the quarter before, whose counts the summary gives beside this quarter's */
  lastQuarter: string;
  summary: ReportSummary;
  exceptions: ReportException[];
  groups: PriorityGroup[];
  changesBasis: ChangesBasis;
}

export interface CouncilReportInput extends ReportInput {
  changesBasis: ChangesBasis;
}

export function councilReport(input: CouncilReportInput): CouncilReport {
  const { config, quarter } = input;
  const fy = config.fiscalYearStart;
  const span = quarterSpan(quarter, fy);
  const asOf = span.end - 1;
  const prev = previousQuarter(quarter);
  const prevSpan = quarterSpan(prev, fy);
  const summary = new SummaryBuilder();
  const titles = new Map<string, string>();
  const notesByFile = new Map<string, PlanNotes>();
  const mine = <T extends { owner: string[] }>(list: T[]) => (input.owner === undefined ? list : list.filter((x) => x.owner.includes(input.owner!)));
  // Each plan's notes and last quarter's standing are read from its model as the quarterly report reads it.
  function* tapped(): Generator<ReportPlan> {
    for (const p of input.plans) {
      const { model } = p;
      const period = model.period;
      if (period && period.end > span.start && period.start < span.end) {
        const current = new Map(model.measures.map((m) => [m.id, measurePerformance(m, quarter, fy, config.performance).actual?.period]));
        const notes = planNotes(model, asOf, (id) => current.get(id));
        notesByFile.set(model.file, notes);
        for (const [code, title] of notes.priorityTitles) titles.set(code, title);
        const priorityOf = (map: Map<string, { priority: string }>, id: string) => map.get(id)?.priority ?? '';
        for (const row of mine(model.actions.flatMap((a) => actionRows(a, prevSpan, prevSpan.end - 1)))) summary.action(priorityOf(notes.actions, row.id), row, 1);
        for (const m of mine(model.measures.map((x) => measurePerformance(x, prev, fy, config.performance)))) summary.measure(priorityOf(notes.measures, m.id), m, 1);
      }
      yield p;
    }
  }
  const report = quarterlyReport({ ...input, plans: tapped() });
  const exceptions: ReportException[] = [];
  const groups = new GroupBuilder();
  const NONE = { actions: new Map(), measures: new Map(), risks: new Map(), priorityTitles: new Map() } satisfies PlanNotes;
  for (const p of report.plans) {
    const notes = notesByFile.get(p.file) ?? NONE;
    notesByFile.delete(p.file);
    const rows: ActionRow[] = p.actions.rows;
    for (const row of rows) summary.action(notes.actions.get(row.id)?.priority ?? '', row, 0);
    for (const m of p.measures.rows) summary.measure(notes.measures.get(m.id)?.priority ?? '', m, 0);
    for (const m of p.measures.rows) push(exceptions, measureException(p.id, m, notes.measures.get(m.id)));
    for (const row of rows) push(exceptions, actionException(p.id, row, notes.actions.get(row.id)));
    for (const r of p.risks.register) push(exceptions, riskException(p.id, r, notes.risks.get(r.id)));
    groups.add(p.id, headlineOf(p), rows, p.measures.rows, notes);
  }
  const title = (code: string) => (code === '' ? NO_PRIORITY_TITLE : (titles.get(code) ?? code));
  return { ...report, lastQuarter: quarterLabel(prev), summary: summary.summary(title), exceptions, groups: groups.groupsWith(title), changesBasis: input.changesBasis };
}

function push<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}

/** The plan as a heading names it: council, then service. */
export function headlineOf(p: PlanSection): string {
  return [p.councilName ?? p.council, p.service].filter(Boolean).join(' – ') || p.id;
}
