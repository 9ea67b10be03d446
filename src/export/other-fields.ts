/**
 * other_fields: what a row's columns do not hold of the item as written. Each item's fields are rebuilt from
 * its row the way the importer rebuilds them (src/import/from-tables.ts); whatever differs is kept as written
 * (a field the columns would add but the item lacks is listed under "$absent"). A list of children the model
 * read item for item (actions by id, updates by date, actuals by period) is left to the children's own rows;
 * one it did not (items without ids, unreadable dates) is kept whole in the parent's other_fields.
 */
import { identical } from '../analyses/diff/values.js';
import { isError, parsePeriodValue } from '../model/period.js';
import { actionFields, actualFields, measureFields, milestoneFields, planFields, reviewFields, riskFields, updateFields } from '../import/from-tables.js';
import type { RowRecord } from './columns.js';

export type Raw = Record<string, unknown>;

/** One plan's rows, nested as the plan nests them, before they are added to the tables. */
export interface AddedPlan {
  plan: RowRecord;
  actions: { row: RowRecord; updates: RowRecord[]; milestones: { row: RowRecord; updates: RowRecord[] }[] }[];
  measures: { row: RowRecord; targets: RowRecord[]; actuals: RowRecord[] }[];
  risks: { row: RowRecord; assessments: RowRecord[] }[];
}

const isObj = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The other_fields JSON of an item, or null when its columns give it exactly. */
function otherFields(raw: Raw, rebuilt: Raw, handled: ReadonlySet<string>): string | null {
  const out: Raw = {};
  for (const [k, v] of Object.entries(raw)) if (!handled.has(k) && !identical(v, rebuilt[k])) out[k] = v;
  const absent = Object.keys(rebuilt).filter((k) => !Object.hasOwn(raw, k));
  if (absent.length) out.$absent = absent;
  return Object.keys(out).length ? JSON.stringify(out) : null;
}

/** A list's items with string ids, all unique, as the model reads them; undefined when the model read it otherwise. */
function byId(list: unknown): Raw[] | undefined {
  if (list === undefined) return [];
  if (!Array.isArray(list) || !list.every((x) => isObj(x) && typeof x.id === 'string')) return undefined;
  const ids = list.map((x: Raw) => x.id);
  return new Set(ids).size === ids.length ? (list as Raw[]) : undefined;
}

/** A list's items in the model's order (by the period of field: end, then start, then as written), when every one is readable. */
function byPeriod(list: unknown, field: string, fyStart: number, byStart: boolean): Raw[] | undefined {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return undefined;
  const read = list.map((x: unknown, i) => {
    const v = isObj(x) && typeof x[field] === 'string' ? parsePeriodValue(x[field] as string, fyStart) : undefined;
    return v === undefined || isError(v) ? undefined : { x: x as Raw, end: v.end, start: byStart ? v.start : 0, i };
  });
  if (read.some((r) => r === undefined)) return undefined;
  return (read as { x: Raw; end: number; start: number; i: number }[]).sort((a, b) => a.end - b.end || a.start - b.start || a.i - b.i).map((r) => r.x);
}

/**
 * Pairs the items of a raw list with their rows, when the model read each one: calls each(item, i) and
 * marks field handled. An empty list as written is left to other_fields (the rows cannot say it was there).
 */
function pair(raw: Raw, field: string, aligned: Raw[] | undefined, rows: number, handled: Set<string>, each: (item: Raw, i: number) => void): void {
  if (aligned === undefined || aligned.length !== rows || (aligned.length === 0 && raw[field] !== undefined)) return;
  handled.add(field);
  aligned.forEach(each);
}

function updatesOther(raw: Raw, rows: RowRecord[], handled: Set<string>, fyStart: number): void {
  pair(raw, 'updates', byPeriod(raw.updates, 'date', fyStart, false), rows.length, handled, (u, i) => (rows[i]!.other_fields = otherFields(u, updateFields(rows[i]!), new Set())));
}

/** Fills in other_fields on every row of one plan, from the plan's data as read. */
export function otherFieldsFor(raw: Raw, added: AddedPlan, fyStart: number): void {
  const top = new Set<string>();
  pair(raw, 'actions', byId(raw.actions), added.actions.length, top, (a, i) => {
    const rows = added.actions[i]!;
    const handled = new Set<string>();
    updatesOther(a, rows.updates, handled, fyStart);
    pair(a, 'milestones', byId(a.milestones), rows.milestones.length, handled, (m, j) => {
      const mRows = rows.milestones[j]!;
      const own = new Set<string>();
      updatesOther(m, mRows.updates, own, fyStart);
      mRows.row.other_fields = otherFields(m, milestoneFields(mRows.row), own);
    });
    rows.row.other_fields = otherFields(a, actionFields(rows.row), handled);
  });
  pair(raw, 'measures', byId(raw.measures), added.measures.length, top, (m, i) => {
    const rows = added.measures[i]!;
    const handled = new Set<string>();
    pair(m, 'actuals', byPeriod(m.actuals, 'period', fyStart, true), rows.actuals.length, handled, (x, j) => (rows.actuals[j]!.other_fields = otherFields(x, actualFields(rows.actuals[j]!), new Set())));
    rows.row.other_fields = otherFields(m, measureFields(rows.row, rows.targets), handled);
  });
  pair(raw, 'risks', byId(raw.risks), added.risks.length, top, (k, i) => {
    const rows = added.risks[i]!;
    const handled = new Set<string>();
    const reviews = rows.assessments.filter((r) => r.kind === 'review');
    pair(k, 'reviews', byPeriod(k.reviews, 'date', fyStart, false), reviews.length, handled, (x, j) => (reviews[j]!.other_fields = otherFields(x, reviewFields(reviews[j]!), new Set())));
    rows.row.other_fields = otherFields(k, riskFields(rows.row, rows.assessments), handled);
  });
  added.plan.other_fields = otherFields(raw, planFields(added.plan), top);
}
