/**
 * The whole model as tidy tables (plans, actions, milestones, updates, measures, targets, actuals, risks,
 * assessments): one row per thing, with its parent's keys (plan_id, action_id...), owners as one "; "-joined
 * cell and dates as ISO days. Given the plans' data as read, each row's other_fields also keeps what its
 * columns do not hold (other-fields.ts), so that an exported workbook imports back as the same plan.
 */
import { type Day, isoDay } from '../model/dates.js';
import { DEFAULT_FY_START, isError, parsePeriodValue } from '../model/period.js';
import type { Action, Measure, Milestone, Plan, Risk, RiskAssessment, Target, Update } from '../model/plan.js';
import type { Timeframe } from '../model/timeframe.js';
import { type RowRecord, TABLE_COLUMNS, TABLE_NAMES, type TableName, rowCells } from './columns.js';
import { type AddedPlan, type Raw, otherFieldsFor } from './other-fields.js';
import type { Cell, TidyTable } from './table-types.js';

type Rows = Record<TableName, RowRecord[]>;

const joined = (list: readonly string[]): string | null => (list.length ? list.join('; ') : null);
const priorities = (p: string[] | 'tbc'): string | null => (p === 'tbc' ? 'tbc' : joined(p));
const opt = <T extends Cell>(v: T | undefined): T | null => (v === undefined ? null : v);
const dueDate = (tf: Timeframe): string | null => (tf.due.kind === 'date' ? isoDay(tf.due.day) : null);
const day = (d: Day | undefined): string | null => (d === undefined ? null : isoDay(d));
const score = (a: RiskAssessment): number | null => (a.likelihood !== undefined && a.impact !== undefined ? a.likelihood * a.impact : null);

/** The first and last day of a period as written (exclusive end made inclusive), or nulls. */
function spanOf(text: string | undefined, fyStart: number, start?: Day, end?: Day): { period_start: string | null; period_end: string | null } {
  if (start !== undefined && end !== undefined) return { period_start: isoDay(start), period_end: isoDay(end - 1) };
  const v = text === undefined ? undefined : parsePeriodValue(text, fyStart);
  return v === undefined || isError(v) ? { period_start: null, period_end: null } : { period_start: isoDay(v.start), period_end: isoDay(v.end - 1) };
}

function updateRow(planId: string, actionId: string, milestoneId: string | null, u: Update): RowRecord {
  return { plan_id: planId, action_id: actionId, milestone_id: milestoneId, date: isoDay(u.day), status: opt(u.status), rag: opt(u.rag), percent_complete: opt(u.percentComplete), commentary: opt(u.commentary), other_fields: null };
}

function milestoneRow(planId: string, actionId: string, m: Milestone): RowRecord {
  return { plan_id: planId, action_id: actionId, milestone_id: m.id, title: opt(m.title), owner: joined(m.owner), due: opt(m.due), due_date: dueDate(m.timeframe), other_fields: null };
}

function actionRow(planId: string, a: Action): RowRecord {
  return {
    plan_id: planId,
    action_id: a.id,
    title: opt(a.title),
    owner: joined(a.owner),
    managed_by: joined(a.managedBy),
    start: a.timeframe.start ? a.timeframe.start.text : null,
    due: opt(a.due),
    due_date: dueDate(a.timeframe),
    objectives: joined(a.objectives),
    priorities: priorities(a.priorities),
    other_fields: null,
  };
}

function targetRow(planId: string, measureId: string, t: Target, fyStart: number): RowRecord {
  const base = { plan_id: planId, measure_id: measureId, period: t.period, ...spanOf(t.period, fyStart, t.start, t.end), value: null, min: null, max: null, comparator: null };
  const v = t.value;
  if (typeof v === 'number') return { ...base, kind: 'value', value: v };
  if (v === 'tbc') return { ...base, kind: 'tbc' };
  if (v.kind === 'range') return { ...base, kind: 'range', min: v.min, max: v.max };
  if (v.kind === 'change-on-baseline') return { ...base, kind: v.kind, value: v.percent };
  return { ...base, kind: v.kind, value: v.value, comparator: v.comparator };
}

function measureRow(planId: string, m: Measure): RowRecord {
  return {
    plan_id: planId,
    measure_id: m.id,
    title: opt(m.title),
    unit: opt(m.unit),
    polarity: opt(m.polarity),
    frequency: opt(m.frequency),
    aggregation: opt(m.aggregation),
    tolerance: opt(m.tolerance),
    data_only: m.dataOnly,
    baseline: m.baseline && typeof m.baseline.value === 'number' ? m.baseline.value : null,
    baseline_period: m.baseline && typeof m.baseline.value === 'number' ? opt(m.baseline.period) : null,
    owner: joined(m.owner),
    managed_by: joined(m.managedBy),
    objectives: joined(m.objectives),
    priorities: priorities(m.priorities),
    other_fields: null,
  };
}

function riskRow(planId: string, k: Risk): RowRecord {
  const now = k.assessments.current;
  return { plan_id: planId, risk_id: k.id, title: opt(k.title), category: opt(k.category), owner: joined(k.owner), controls: k.controls.length ? k.controls.join('\n') : null, likelihood: opt(now.likelihood), impact: opt(now.impact), score: score(now), assessed: opt(now.assessed), other_fields: null };
}

function assessmentRows(planId: string, k: Risk): RowRecord[] {
  const row = (kind: string, date: string | null, a: RiskAssessment): RowRecord => ({ plan_id: planId, risk_id: k.id, kind, date, likelihood: opt(a.likelihood), impact: opt(a.impact), score: score(a), other_fields: null });
  const { current, target, inherent } = k.assessments;
  return [
    row('current', day(current.day), current),
    ...(target ? [row('target', null, target)] : []),
    ...(inherent ? [row('inherent', null, inherent)] : []),
    ...k.reassessments.map((r) => row('review', isoDay(r.day), r)),
  ];
}

/** The rows of one plan, added to rows; with its data as read, each row's other_fields too. */
function addPlan(rows: Rows, plan: Plan, raw: Raw | undefined, fyStart: number): void {
  const planId = plan.id ?? plan.file;
  const span = plan.period ? { period_start: isoDay(plan.period.start), period_end: isoDay(plan.period.end - 1) } : { period_start: null, period_end: null };
  const planRow: RowRecord = { plan_id: planId, file: plan.file, council: opt(plan.council), council_name: opt(plan.councilName), service: opt(plan.service), title: opt(plan.title), period: plan.periodText || null, ...span, risk_matrix: plan.riskMatrixId, other_fields: null };
  const added: AddedPlan = {
    plan: planRow,
    actions: plan.actions.map((a) => ({
      row: actionRow(planId, a),
      updates: a.updates.map((u) => updateRow(planId, a.id, null, u)),
      milestones: a.milestones.map((m) => ({ row: milestoneRow(planId, a.id, m), updates: m.updates.map((u) => updateRow(planId, a.id, m.id, u)) })),
    })),
    measures: plan.measures.map((m) => ({ row: measureRow(planId, m), targets: m.targets.map((t) => targetRow(planId, m.id, t, fyStart)), actuals: m.actuals.map((a) => ({ plan_id: planId, measure_id: m.id, period: a.period, ...spanOf(a.period, fyStart, a.start, a.end), value: a.value, numerator: opt(a.numerator), denominator: opt(a.denominator), other_fields: null })) })),
    risks: plan.risks.map((k) => ({ row: riskRow(planId, k), assessments: assessmentRows(planId, k) })),
  };
  if (raw !== undefined) otherFieldsFor(raw, added, fyStart);
  rows.plans.push(added.plan);
  for (const a of added.actions) {
    rows.actions.push(a.row);
    rows.updates.push(...a.updates);
    for (const m of a.milestones) {
      rows.milestones.push(m.row);
      rows.updates.push(...m.updates);
    }
  }
  for (const m of added.measures) {
    rows.measures.push(m.row);
    rows.targets.push(...m.targets);
    rows.actuals.push(...m.actuals);
  }
  for (const k of added.risks) {
    rows.risks.push(k.row);
    rows.assessments.push(...k.assessments);
  }
}

export interface TidyOptions {
  /** each plan's data as read, in the order of plans: with it, other_fields keeps what the columns do not hold */
  data?: readonly unknown[];
  /** the month fiscal years start in (the configuration's fiscalYearStart), for periods the model left unread */
  fyStart?: number;
}

/** The tidy tables of plans, in TABLE_NAMES order; other_fields is empty unless options.data is given. */
export function tidyTables(plans: readonly Plan[], options: TidyOptions = {}): TidyTable[] {
  const rows = Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as Rows;
  plans.forEach((p, i) => addPlan(rows, p, options.data?.[i] as Raw | undefined, options.fyStart ?? DEFAULT_FY_START));
  return TABLE_NAMES.map((name) => ({ name, columns: TABLE_COLUMNS[name], rows: rows[name].map((r) => rowCells(TABLE_COLUMNS[name], r)) }));
}
