/**
 * The quarterly monitoring report, as data: for each plan and rolled up, action progress, measures against
 * target (performance/), the risk register and what changed. Pure: the quarter, the plans and any history are passed in;
 * the report is as of the quarter's last day, so updates after it are ignored.
 */
import type { Config } from '../config.js';
import { type Day, isoDay } from '../model/dates.js';
import type { Matrix } from '../model/matrix.js';
import type { Plan } from '../model/plan.js';
import { type Quarter, previousQuarter, quarterLabel, quarterSpan } from '../model/period.js';
import { groupBy } from '../util/group.js';
import { type ActionCounts, type ActionRow, actionRows, addCounts, countActions } from './action-status.js';
import { type MeasurePerformance, measurePerformance } from './performance/measure.js';
import { MEASURE_STATUSES, type MeasureStatus, emptyMeasureCounts } from './performance/status.js';
import { type HeatCell, type ScoredRisk, heatmap, scoreRisks } from './risks.js';

export { ACTION_STATES, type ActionRow, type ActionState, JUDGEMENTS, JUDGEMENT_LABEL, STATE_LABEL } from './action-status.js';
export type { Rag } from '../model/plan.js';
export type MeasureRow = MeasurePerformance;

export interface PlanSection {
  id: string;
  file: string;
  council?: string;
  councilName?: string;
  service: string;
  title?: string;
  period: string;
  /** every action and milestone, in the plan's order (each milestone after its action), and their counts */
  actions: { counts: ActionCounts; rows: ActionRow[] };
  /** every measure, and the counts of their statuses */
  measures: { counts: Record<MeasureStatus, number>; rows: MeasureRow[] };
  risks: RiskSection;
  changes: ChangeSummary;
}

export interface RiskSection {
  /** in register order */
  register: ScoredRisk[];
  top: ScoredRisk[];
  bandCounts: { band: string; label: string; colour?: string; count: number }[];
  aboveAppetite: ScoredRisk[];
  unscored: number;
  heatmaps: { matrix: Matrix; cells: HeatCell[][] }[];
}

export type ChangeSummary =
  | { available: true; since: string; changes: { kind: string; section: string; id: string; summary: string }[] }
  | { available: false; reason: string };

export interface QuarterlyReport {
  quarter: string;
  start: string;
  end: string;
  asOf: string;
  source: string;
  plans: PlanSection[];
  /** plans given whose period does not include the quarter */
  outside: { id: string; period: string }[];
  /** the sums of the plans' counts */
  rollup: { actions: ActionCounts; measures: Record<MeasureStatus, number>; risks: RiskSection };
}

export interface HistoryProvider {
  /** changes to a plan since the end of the previous quarter, or why they are unavailable */
  changesSince(file: string, plan: Record<string, unknown>, day: Day): ChangeSummary;
}


export function riskSection(risks: ScoredRisk[], topN = 5): RiskSection {
  const scored = risks.filter((r) => r.current);
  const top = [...scored].sort((a, b) => b.current!.score - a.current!.score || a.plan.localeCompare(b.plan)).slice(0, topN);
  const bands = new Map<string, { band: string; label: string; colour?: string; count: number; rank: number }>();
  for (const r of scored) {
    const b = r.current!.band;
    if (!b) continue;
    const key = b.label;
    const rank = r.matrix ? r.matrix.bands.findIndex((x) => x.id === b.id) : 0;
    const entry = bands.get(key) ?? { band: b.id, label: b.label, ...(b.colour ? { colour: b.colour } : {}), count: 0, rank };
    entry.count++;
    bands.set(key, entry);
  }
  const byMatrix = groupBy(scored, (r) => (r.matrix ? [r.matrix.id] : []));
  return {
    register: risks,
    top,
    bandCounts: [...bands.values()].sort((a, b) => b.rank - a.rank).map(({ rank: _rank, ...rest }) => rest),
    aboveAppetite: scored.filter((r) => r.aboveAppetite),
    unscored: risks.length - scored.length,
    // (grouped by matrix id: every risk of a group has the same matrix)
    heatmaps: [...byMatrix.values()].map((list) => {
      const matrix = list[0]!.matrix!;
      return { matrix, cells: heatmap(matrix, list) };
    }),
  };
}

/** A plan for the report: its model, and the data it was read from (for its history). */
export interface ReportPlan {
  model: Plan;
  plan: Record<string, unknown>;
}

export interface ReportInput {
  plans: Iterable<ReportPlan>;
  quarter: Quarter;
  config: Config;
  /** where the plans were read from: a git commit, or "not in git" */
  source: string;
  history?: HistoryProvider;
  /** only this person's actions, milestones, measures and risks (a name as the plans' models hold it) */
  owner?: string;
}

/** The day whose end the report compares each plan with: the last day of the quarter before. */
export function historyDay(quarter: Quarter, fyStart: number): Day {
  return quarterSpan(previousQuarter(quarter), fyStart).end - 1;
}

/** The quarterly report, whole. */
export function quarterlyReport(input: ReportInput): QuarterlyReport {
  const { config, quarter } = input;
  const fy = config.fiscalYearStart;
  const span = quarterSpan(quarter, fy);
  const asOf = span.end - 1;
  const prevEnd = historyDay(quarter, fy);
  const plans: PlanSection[] = [];
  const outside: QuarterlyReport['outside'] = [];
  const allRisks: ScoredRisk[] = [];
  const rollActions = countActions([]);
  const rollMeasures = emptyMeasureCounts();
  for (const { model, plan } of input.plans) {
    const id = model.id ?? model.file;
    const period = model.period;
    if (!period || period.end <= span.start || period.start >= span.end) {
      outside.push({ id, period: model.periodText });
      continue;
    }
    const mine = <T extends { owner: string[] }>(list: T[]) => (input.owner === undefined ? list : list.filter((x) => x.owner.includes(input.owner!)));
    const rows = mine(model.actions.flatMap((a) => actionRows(a, span, asOf)));
    const counts = countActions(rows);
    addCounts(rollActions, counts);
    const measures = mine(model.measures.map((m) => measurePerformance(m, quarter, fy, config.performance)));
    const risks = mine(scoreRisks([model], config, asOf));
    if (input.owner !== undefined && rows.length + measures.length + risks.length === 0) continue;
    const measureCounts = emptyMeasureCounts();
    for (const m of measures) measureCounts[m.status]++;
    for (const s of MEASURE_STATUSES) rollMeasures[s] += measureCounts[s];
    allRisks.push(...risks);
    plans.push({
      id,
      file: model.file,
      ...(model.council ? { council: model.council } : {}),
      ...(model.councilName ? { councilName: model.councilName } : {}),
      service: model.service ?? '',
      ...(model.title ? { title: model.title } : {}),
      period: model.periodText,
      actions: { counts, rows },
      measures: { counts: measureCounts, rows: measures },
      risks: riskSection(risks),
      changes: input.history ? input.history.changesSince(model.file, plan, prevEnd) : { available: false, reason: 'history unavailable: the plans are not in git' },
    });
  }
  return {
    quarter: quarterLabel(quarter),
    start: isoDay(span.start),
    end: isoDay(span.end - 1),
    asOf: isoDay(asOf),
    source: input.source,
    plans,
    outside,
    rollup: { actions: rollActions, measures: rollMeasures, risks: riskSection(allRisks, 10) },
  };
}
