/**
 * A plan's data rebuilt from its rows in the tidy tables (columns.ts): each row's typed columns give the
 * fields they hold, and its other_fields (JSON) put back what the columns do not hold as written, or remove a
 * field the columns would add. The export checks, row by row, that this gives the plan it read (other-fields.ts
 * works out other_fields with these same functions), so a workbook exported by plan imports back unchanged.
 */
import type { RowRecord } from '../export/columns.js';

type Obj = Record<string, unknown>;

/** The other_fields JSON: fields to set as written, and "$absent": fields the columns give that the item lacks. */
export interface OtherFields {
  set: Obj;
  absent: string[];
}

export function parseOtherFields(cell: unknown): OtherFields {
  if (typeof cell !== 'string' || cell.trim() === '') return { set: {}, absent: [] };
  const parsed = JSON.parse(cell) as Obj;
  const { $absent, ...set } = parsed;
  return { set, absent: Array.isArray($absent) ? $absent.filter((x): x is string => typeof x === 'string') : [] };
}

/** The fields of obj with no empty values (null, undefined, empty text, an empty list). */
function compact(obj: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

const text = (v: unknown): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));
const numberOf = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

/** A "; "-joined cell as a list. */
export function splitList(v: unknown, separator = '; '): string[] {
  const t = text(v);
  return t === undefined ? [] : t.split(separator).map((s) => s.trim()).filter(Boolean);
}

/** One name as a string, several as a list, as plans write owners. */
function oneOrMany(list: string[]): string | string[] | undefined {
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list;
}

function priorityOf(v: unknown): string | string[] | undefined {
  return text(v) === 'tbc' ? 'tbc' : oneOrMany(splitList(v));
}

/** Applies a row's other_fields to the item its columns give. */
export function withOtherFields(item: Obj, cell: unknown): Obj {
  const other = parseOtherFields(cell);
  const out: Obj = { ...item, ...other.set };
  for (const k of other.absent) delete out[k];
  return out;
}

export function planFields(row: RowRecord): Obj {
  return compact({ id: text(row.plan_id), council: text(row.council), councilName: text(row.council_name), service: text(row.service), title: text(row.title), period: text(row.period), riskMatrix: text(row.risk_matrix) });
}

export function actionFields(row: RowRecord): Obj {
  return compact({
    id: text(row.action_id),
    title: text(row.title),
    owner: oneOrMany(splitList(row.owner)),
    managedBy: oneOrMany(splitList(row.managed_by)),
    start: text(row.start),
    due: text(row.due),
    objective: oneOrMany(splitList(row.objectives)),
    priority: priorityOf(row.priorities),
  });
}

export function milestoneFields(row: RowRecord): Obj {
  return compact({ id: text(row.milestone_id), title: text(row.title), owner: oneOrMany(splitList(row.owner)), due: text(row.due) });
}

export function updateFields(row: RowRecord): Obj {
  return compact({ date: text(row.date), status: text(row.status), rag: text(row.rag), percentComplete: numberOf(row.percent_complete), commentary: text(row.commentary) });
}

/** A target row's value as the plan writes it, or undefined when the row gives none. */
export function targetValue(row: RowRecord): unknown {
  const value = numberOf(row.value);
  switch (text(row.kind)) {
    case 'tbc':
      return 'tbc';
    case 'range':
      return { min: numberOf(row.min), max: numberOf(row.max) };
    case 'change-on-baseline':
      return { percentChange: value };
    case 'close-gap':
      return { closeGap: compact({ comparator: text(row.comparator), value }) };
    default:
      return value;
  }
}

export function measureFields(row: RowRecord, targets: readonly RowRecord[]): Obj {
  const baseline = numberOf(row.baseline);
  const targetMap: Obj = {};
  for (const t of targets) {
    const period = text(t.period);
    const value = targetValue(t);
    if (period !== undefined && value !== undefined) targetMap[period] = value;
  }
  return compact({
    id: text(row.measure_id),
    title: text(row.title),
    unit: text(row.unit),
    polarity: text(row.polarity),
    frequency: text(row.frequency),
    aggregation: text(row.aggregation),
    tolerance: numberOf(row.tolerance),
    dataOnly: row.data_only === true || row.data_only === 'true' ? true : undefined,
    baseline: baseline === undefined ? undefined : compact({ period: text(row.baseline_period), value: baseline }),
    owner: oneOrMany(splitList(row.owner)),
    managedBy: oneOrMany(splitList(row.managed_by)),
    objective: oneOrMany(splitList(row.objectives)),
    priority: priorityOf(row.priorities),
    targets: Object.keys(targetMap).length ? targetMap : undefined,
  });
}

export function actualFields(row: RowRecord): Obj {
  return { period: text(row.period), value: numberOf(row.value) ?? null, ...compact({ numerator: numberOf(row.numerator), denominator: numberOf(row.denominator) }) };
}

function scores(row: RowRecord | undefined): Obj | undefined {
  if (!row) return undefined;
  const out = compact({ likelihood: numberOf(row.likelihood), impact: numberOf(row.impact) });
  return Object.keys(out).length ? out : undefined;
}

/** A risk from its row and its target and inherent assessments (its reviews are rows of their own). */
export function riskFields(row: RowRecord, assessments: readonly RowRecord[]): Obj {
  const of = (kind: string) => assessments.find((a) => a.kind === kind);
  return compact({
    id: text(row.risk_id),
    title: text(row.title),
    category: text(row.category),
    owner: oneOrMany(splitList(row.owner)),
    controls: splitList(row.controls, '\n'),
    likelihood: numberOf(row.likelihood),
    impact: numberOf(row.impact),
    assessed: text(row.assessed),
    target: scores(of('target')),
    inherent: scores(of('inherent')),
  });
}

export function reviewFields(row: RowRecord): Obj {
  return compact({ date: text(row.date), likelihood: numberOf(row.likelihood), impact: numberOf(row.impact) });
}

/** The tidy tables' rows by table name, as records. */
export type TableRows = Record<string, readonly RowRecord[]>;

const key = (...parts: unknown[]) => JSON.stringify(parts.map((p) => (p === null || p === undefined ? '' : String(p))));

function groupBy(rows: readonly RowRecord[] | undefined, keyOf: (r: RowRecord) => string): Map<string, RowRecord[]> {
  const out = new Map<string, RowRecord[]>();
  for (const r of rows ?? []) {
    const k = keyOf(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * A child list from its rows, unless the parent's other_fields gives the list as written. build gives each
 * child with its own other_fields applied (before its own children are added, which they may replace).
 */
function children(parent: Obj, field: string, rows: readonly RowRecord[] | undefined, build: (r: RowRecord) => Obj): Obj {
  if (Object.hasOwn(parent, field)) return parent;
  const list = (rows ?? []).map(build);
  return list.length ? { ...parent, [field]: list } : parent;
}

/** Every plan in the tables, rebuilt as plan data, in the order of the plans table. */
export function plansFromTables(tables: TableRows): Obj[] {
  const milestones = groupBy(tables.milestones, (r) => key(r.plan_id, r.action_id));
  const updates = groupBy(tables.updates, (r) => key(r.plan_id, r.action_id, r.milestone_id));
  const targets = groupBy(tables.targets, (r) => key(r.plan_id, r.measure_id));
  const actuals = groupBy(tables.actuals, (r) => key(r.plan_id, r.measure_id));
  const assessments = groupBy(tables.assessments, (r) => key(r.plan_id, r.risk_id));
  const actions = groupBy(tables.actions, (r) => key(r.plan_id));
  const measures = groupBy(tables.measures, (r) => key(r.plan_id));
  const risks = groupBy(tables.risks, (r) => key(r.plan_id));
  return (tables.plans ?? []).map((p) => {
    let plan = withOtherFields(planFields(p), p.other_fields);
    const own = (fields: (r: RowRecord) => Obj) => (r: RowRecord) => withOtherFields(fields(r), r.other_fields);
    plan = children(plan, 'actions', actions.get(key(p.plan_id)), (a) => {
      const action = children(own(actionFields)(a), 'milestones', milestones.get(key(p.plan_id, a.action_id)), (m) =>
        children(own(milestoneFields)(m), 'updates', updates.get(key(p.plan_id, a.action_id, m.milestone_id)), own(updateFields)),
      );
      return children(action, 'updates', updates.get(key(p.plan_id, a.action_id, null)), own(updateFields));
    });
    plan = children(plan, 'measures', measures.get(key(p.plan_id)), (m) => {
      const measure = withOtherFields(measureFields(m, targets.get(key(p.plan_id, m.measure_id)) ?? []), m.other_fields);
      return children(measure, 'actuals', actuals.get(key(p.plan_id, m.measure_id)), own(actualFields));
    });
    plan = children(plan, 'risks', risks.get(key(p.plan_id)), (k) => {
      const scored = assessments.get(key(p.plan_id, k.risk_id)) ?? [];
      const risk = withOtherFields(riskFields(k, scored), k.other_fields);
      return children(risk, 'reviews', scored.filter((a) => a.kind === 'review'), own(reviewFields));
    });
    return plan;
  });
}
