/**
 * The columns of every tidy table, as data: their names are stable (queries and the README rely on them),
 * and the README's "Export" section is made from these definitions (readme-columns.ts), so they cannot drift.
 */
import type { ColumnType, TidyColumn } from './table-types.js';

export type TableName = 'plans' | 'actions' | 'milestones' | 'updates' | 'measures' | 'targets' | 'actuals' | 'risks' | 'assessments';

const c = (name: string, type: ColumnType, description: string): TidyColumn => ({ name, type, description });

const PLAN_ID = c('plan_id', 'string', "the plan's id (its file when it has none)");
const OTHER = c('other_fields', 'string', "the item's fields as written that the columns above do not hold, as JSON (null when none), so that nothing is lost");
const OWNER = c('owner', 'string', 'the owners, "; "-joined, with the council register\'s aliases read as names');
const MANAGED_BY = c('managed_by', 'string', 'who manages it, "; "-joined');

export const TABLE_DESCRIPTIONS: Record<TableName, string> = {
  plans: 'one row per plan',
  actions: 'one row per action',
  milestones: "one row per milestone of an action",
  updates: 'one row per progress update of an action or a milestone',
  measures: 'one row per measure (performance indicator)',
  targets: "one row per target of a measure (a year's or a quarter's)",
  actuals: 'one row per actual (a measure\'s figure for a period)',
  risks: 'one row per risk',
  assessments: "one row per assessment of a risk: its current score, its target and inherent scores, and each dated review",
};

export const TABLE_COLUMNS: Record<TableName, readonly TidyColumn[]> = {
  plans: [
    PLAN_ID,
    c('file', 'string', 'the file it was read from'),
    c('council', 'string', "the council's id"),
    c('council_name', 'string', "the council's name"),
    c('service', 'string', 'the service'),
    c('title', 'string', "the plan's title"),
    c('period', 'string', "the plan's period as written (2017/18)"),
    c('period_start', 'date', 'the first day of the period'),
    c('period_end', 'date', 'the last day of the period'),
    c('risk_matrix', 'string', 'the risk matrix its risks are scored on'),
    OTHER,
  ],
  actions: [
    PLAN_ID,
    c('action_id', 'string', "the action's id"),
    c('title', 'string', 'what is to be done'),
    OWNER,
    MANAGED_BY,
    c('start', 'string', 'when it starts, as written'),
    c('due', 'string', 'when it is due, as written (2018-03-31, 2016-06, 2018/19, ongoing, tbc)'),
    c('due_date', 'date', 'the last day it may be finished on without being late (none when ongoing or tbc)'),
    c('objectives', 'string', 'the plan objectives it serves, "; "-joined'),
    c('priorities', 'string', 'the corporate priorities it serves, "; "-joined (or tbc)'),
    OTHER,
  ],
  milestones: [
    PLAN_ID,
    c('action_id', 'string', 'the action it belongs to'),
    c('milestone_id', 'string', "the milestone's id"),
    c('title', 'string', 'what marks it'),
    OWNER,
    c('due', 'string', "when it is due, as written (the action's when it gives none)"),
    c('due_date', 'date', 'the last day it may be reached on without being late'),
    OTHER,
  ],
  updates: [
    PLAN_ID,
    c('action_id', 'string', 'the action updated, or the action of the milestone updated'),
    c('milestone_id', 'string', 'the milestone updated (empty for an update of the action itself)'),
    c('date', 'date', 'the day of the update (a month counts as its last day)'),
    c('status', 'string', 'not-started, in-progress, on-track, at-risk, off-track, on-hold, complete or cancelled'),
    c('rag', 'string', 'red, amber or green'),
    c('percent_complete', 'number', 'how far through the work is, 0 to 100'),
    c('commentary', 'string', 'what has happened'),
    OTHER,
  ],
  measures: [
    PLAN_ID,
    c('measure_id', 'string', "the measure's code"),
    c('title', 'string', 'what is measured'),
    c('unit', 'string', 'percent, number, days, currency...'),
    c('polarity', 'string', 'higher, lower or neutral: which way is better'),
    c('frequency', 'string', 'how often a figure is due'),
    c('aggregation', 'string', 'cumulative, snapshot, average or rate'),
    c('tolerance', 'number', 'the amber tolerance, in its unit'),
    c('data_only', 'boolean', 'reported for information, never rated'),
    c('baseline', 'number', 'the figure it improves from'),
    c('baseline_period', 'string', 'the period of the baseline'),
    OWNER,
    MANAGED_BY,
    c('objectives', 'string', 'the plan objectives it serves, "; "-joined'),
    c('priorities', 'string', 'the corporate priorities it serves, "; "-joined (or tbc)'),
    OTHER,
  ],
  targets: [
    PLAN_ID,
    c('measure_id', 'string', 'the measure'),
    c('period', 'string', 'the year or quarter, as written (2017/18, 2017/18 Q2)'),
    c('period_start', 'date', 'the first day of the period'),
    c('period_end', 'date', 'the last day of the period'),
    c('kind', 'string', 'value, tbc, range, change-on-baseline or close-gap'),
    c('value', 'number', 'the figure (for change-on-baseline the % change; for close-gap the comparator\'s figure)'),
    c('min', 'number', 'a range\'s lower end'),
    c('max', 'number', "a range's upper end"),
    c('comparator', 'string', 'for close-gap: whose figure (national)'),
  ],
  actuals: [
    PLAN_ID,
    c('measure_id', 'string', 'the measure'),
    c('period', 'string', 'the period, as written (2017/18 Q1, 2014-09)'),
    c('period_start', 'date', 'the first day of the period'),
    c('period_end', 'date', 'the last day of the period'),
    c('value', 'number', 'the figure (empty where not available)'),
    c('numerator', 'number', 'for a rate: the count on top'),
    c('denominator', 'number', 'for a rate: the count below'),
    OTHER,
  ],
  risks: [
    PLAN_ID,
    c('risk_id', 'string', "the risk's id"),
    c('title', 'string', 'the risk'),
    c('category', 'string', 'its category (safeguarding, financial...)'),
    OWNER,
    c('controls', 'string', 'the controls in place, one a line'),
    c('likelihood', 'integer', 'its current likelihood'),
    c('impact', 'integer', 'its current impact'),
    c('score', 'integer', 'likelihood x impact'),
    c('assessed', 'string', 'when it was assessed, as written'),
    OTHER,
  ],
  assessments: [
    PLAN_ID,
    c('risk_id', 'string', 'the risk'),
    c('kind', 'string', 'current, target, inherent or review'),
    c('date', 'date', 'the day of the assessment (for current, when it was assessed; for review, the review)'),
    c('likelihood', 'integer', 'the likelihood'),
    c('impact', 'integer', 'the impact'),
    c('score', 'integer', 'likelihood x impact'),
    OTHER,
  ],
};

export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];

/** A row as a record of its cells by column name. */
export type RowRecord = Record<string, string | number | boolean | null>;

export function rowRecord(columns: readonly TidyColumn[], row: readonly (string | number | boolean | null)[]): RowRecord {
  const out: RowRecord = {};
  columns.forEach((col, i) => (out[col.name] = row[i] ?? null));
  return out;
}

export function rowCells(columns: readonly TidyColumn[], record: RowRecord): (string | number | boolean | null)[] {
  return columns.map((col) => record[col.name] ?? null);
}
