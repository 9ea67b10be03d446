/**
 * The quarterly monitoring report, as data: for each plan and rolled up, action progress, measures against
 * target, the risk register and what changed. Pure: the quarter, the plans and any history are passed in;
 * the report is as of the quarter's last day, so updates after it are ignored.
 */
import type { Config } from '../config.js';
import { type Day, isoDay } from '../model/dates.js';
import type { Matrix } from '../model/matrix.js';
import type { Action, Actual, Measure, Plan, Rag } from '../model/plan.js';
import { type Quarter, type Span, fiscalYearLabel, previousQuarter, quarterLabel, quarterSpan } from '../model/period.js';
import { groupBy } from '../util/group.js';
import { type HeatCell, type ScoredRisk, heatmap, scoreRisks } from './risks.js';
import { type Status, isClosed, latestUpdate } from './progress.js';

export type ActionState = 'complete' | 'cancelled' | 'overdue' | 'off-track' | 'at-risk' | 'on-track' | 'no-update' | 'not-started';
export const ACTION_STATES: ActionState[] = ['complete', 'on-track', 'at-risk', 'off-track', 'overdue', 'no-update', 'not-started', 'cancelled'];
export const STATE_LABEL: Record<ActionState, string> = {
  complete: 'Complete',
  cancelled: 'Cancelled',
  overdue: 'Overdue',
  'off-track': 'Off track',
  'at-risk': 'At risk',
  'on-track': 'On track',
  'no-update': 'No update this quarter',
  'not-started': 'Not yet started',
};

export interface ActionRow {
  id: string;
  title: string;
  owner: string[];
  due: string;
  dueDay?: Day;
  state: ActionState;
  /** why it needs attention, in words */
  reason?: string;
  lastUpdate?: { date: string; status?: Status; percentComplete?: number; commentary?: string };
  /** expected % complete from a straight line between start and due */
  expected?: number;
  daysOverdue?: number;
}

export type { Rag } from '../model/plan.js';
export type ActualPoint = Actual;

export interface MeasureRow {
  id: string;
  title: string;
  unit?: string;
  polarity?: string;
  target?: number | 'tbc';
  targetYear: string;
  actual?: ActualPoint;
  /** the actual falls in this quarter (not an older value carried forward) */
  actualThisQuarter: boolean;
  previous?: ActualPoint;
  direction?: 'improved' | 'worsened' | 'no change' | 'up' | 'down';
  rag?: Rag;
  /** an actual was due this quarter and none is recorded */
  missing: boolean;
  series: ActualPoint[];
  targets: { period: string; value: number }[];
}

export interface PlanSection {
  id: string;
  file: string;
  council?: string;
  councilName?: string;
  service: string;
  title?: string;
  period: string;
  actions: { counts: Record<ActionState, number>; rows: ActionRow[]; attention: ActionRow[] };
  measures: MeasureRow[];
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
  rollup: { actions: Record<ActionState, number>; measures: Record<Rag | 'missing' | 'no target', number>; risks: RiskSection };
}

export interface HistoryProvider {
  /** changes to a plan since the end of the previous quarter, or why they are unavailable */
  changesSince(file: string, plan: Record<string, unknown>, day: Day): ChangeSummary;
}


function emptyCounts(): Record<ActionState, number> {
  return Object.fromEntries(ACTION_STATES.map((s) => [s, 0])) as Record<ActionState, number>;
}

/** How far behind the straight line from start to due an action may be before it counts as at risk. */
const BEHIND_TOLERANCE = 10;

export function actionState(action: Action, span: Span, asOf: Day): ActionRow {
  const tf = action.timeframe;
  const latest = latestUpdate(action.updates, asOf);
  const row: ActionRow = { id: action.id, title: action.title ?? '', owner: action.owner, due: action.due ?? 'tbc', state: 'on-track' };
  if (tf.due.kind === 'date') row.dueDay = tf.due.day;
  if (latest) row.lastUpdate = { date: latest.date, ...(latest.status ? { status: latest.status } : {}), ...(latest.percentComplete !== undefined ? { percentComplete: latest.percentComplete } : {}), ...(latest.commentary ? { commentary: latest.commentary } : {}) };
  if (latest && isClosed(latest.status)) {
    row.state = latest.status === 'complete' ? 'complete' : 'cancelled';
    return row;
  }
  if (tf.due.kind === 'date' && tf.due.day < asOf) {
    row.state = 'overdue';
    row.daysOverdue = asOf - tf.due.day;
    row.reason = `due ${row.due}, ${row.daysOverdue} days ago, with no completion recorded`;
    return row;
  }
  if (tf.start && tf.start.start >= span.end) {
    row.state = 'not-started';
    return row;
  }
  const thisQuarter = latest !== undefined && latest.day >= span.start;
  if (!thisQuarter) {
    row.state = 'no-update';
    row.reason = latest ? `last update ${latest.date}` : 'no update recorded';
    return row;
  }
  if (latest?.status === 'off-track' || latest?.rag === 'red') {
    row.state = 'off-track';
    row.reason = 'reported off track';
    return row;
  }
  if (latest?.status === 'at-risk' || latest?.rag === 'amber') {
    row.state = 'at-risk';
    row.reason = 'reported at risk';
    return row;
  }
  if (tf.start && tf.due.kind === 'date' && latest?.percentComplete !== undefined && tf.due.day > tf.start.start) {
    const expected = Math.max(0, Math.min(100, (100 * (asOf - tf.start.start)) / (tf.due.day - tf.start.start)));
    row.expected = Math.round(expected);
    if (latest.percentComplete < expected - BEHIND_TOLERANCE) {
      row.state = 'at-risk';
      row.reason = `${latest.percentComplete}% complete where the dates expect ${row.expected}%`;
      return row;
    }
  }
  return row;
}

export function ragFor(actual: number, target: number, polarity: string | undefined, tolerance = 0): Rag | undefined {
  if (polarity !== 'higher' && polarity !== 'lower') return undefined;
  const gap = polarity === 'higher' ? target - actual : actual - target;
  if (gap <= 0) return 'green';
  return gap <= tolerance ? 'amber' : 'red';
}

export function measureRow(m: Measure, quarter: Quarter, fyStart: number): MeasureRow {
  const span = quarterSpan(quarter, fyStart);
  const series = m.actuals.filter((a) => a.end <= span.end);
  const known = series.filter((a) => a.value !== null);
  const actual = known[known.length - 1];
  const previous = known[known.length - 2];
  const targetYear = fiscalYearLabel(quarter.year);
  const target = m.targets.find((t) => t.period === targetYear)?.value;
  const polarity = m.polarity;
  const tolerance = m.tolerance ?? 0;
  const actualThisQuarter = actual !== undefined && actual.end > span.start;
  const frequency = m.frequency;
  const due = frequency === 'quarterly' || frequency === 'monthly' || (frequency === 'annual' && quarter.q === 4);
  const row: MeasureRow = {
    id: m.id,
    title: m.title ?? '',
    ...(m.unit ? { unit: m.unit } : {}),
    ...(polarity ? { polarity } : {}),
    ...(target !== undefined ? { target } : {}),
    targetYear,
    ...(actual ? { actual } : {}),
    actualThisQuarter,
    ...(previous ? { previous } : {}),
    missing: due && !actualThisQuarter,
    series,
    targets: m.targets.flatMap(({ period, value }) => (typeof value === 'number' ? [{ period, value }] : [])),
  };
  if (actual?.value != null && previous?.value != null) {
    const diff = actual.value - previous.value;
    row.direction = diff === 0 ? 'no change' : polarity === 'higher' ? (diff > 0 ? 'improved' : 'worsened') : polarity === 'lower' ? (diff < 0 ? 'improved' : 'worsened') : diff > 0 ? 'up' : 'down';
  }
  if (actual?.value != null && typeof target === 'number') {
    const rag = ragFor(actual.value, target, polarity, tolerance);
    if (rag) row.rag = rag;
  }
  return row;
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
}

/** The day whose end the report compares each plan with: the last day of the quarter before. */
export function historyDay(quarter: Quarter, fyStart: number): Day {
  return quarterSpan(previousQuarter(quarter), fyStart).end - 1;
}

const ATTENTION_ORDER: ActionState[] = ['overdue', 'off-track', 'at-risk', 'no-update'];

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
  const rollActions = emptyCounts();
  const rollMeasures: QuarterlyReport['rollup']['measures'] = { green: 0, amber: 0, red: 0, missing: 0, 'no target': 0 };
  for (const { model, plan } of input.plans) {
    const id = model.id ?? model.file;
    const period = model.period;
    if (!period || period.end <= span.start || period.start >= span.end) {
      outside.push({ id, period: model.periodText });
      continue;
    }
    const rows = model.actions.map((a) => actionState(a, span, asOf));
    const counts = emptyCounts();
    for (const r of rows) counts[r.state]++;
    for (const s of ACTION_STATES) rollActions[s] += counts[s];
    const measures = model.measures.map((m) => measureRow(m, quarter, fy));
    for (const m of measures) {
      if (m.rag) rollMeasures[m.rag]++;
      if (m.missing) rollMeasures.missing++;
      if (m.target === undefined && m.polarity !== 'neutral') rollMeasures['no target']++;
    }
    const risks = scoreRisks([model], config, asOf);
    allRisks.push(...risks);
    plans.push({
      id,
      file: model.file,
      ...(model.council ? { council: model.council } : {}),
      ...(model.councilName ? { councilName: model.councilName } : {}),
      service: model.service ?? '',
      ...(model.title ? { title: model.title } : {}),
      period: model.periodText,
      actions: {
        counts,
        rows,
        attention: rows.filter((r) => ATTENTION_ORDER.includes(r.state)).sort((a, b) => ATTENTION_ORDER.indexOf(a.state) - ATTENTION_ORDER.indexOf(b.state) || (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0)),
      },
      measures,
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
