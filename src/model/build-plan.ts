/**
 * buildPlan: a plan's parsed data as the typed model (plan.ts). Each concept is read in one place here:
 * updates, timeframes, people, targets and actuals, risk assessments. The data may break the schema:
 * an item without a string id is left out, and a field of the wrong type is left undefined or empty.
 */
import { type Config, matrixById } from '../config.js';
import { type Obj, asList, isObj, str } from './data.js';
import { isError, parsePeriodValue, parsePlanPeriod } from './period.js';
import { aliasesOf, resolvePeople } from './people.js';
import type { Action, Actual, Aggregation, Baseline, TargetValue, CurrentAssessment, Measure, Milestone, Objective, Plan, Rag, Reassessment, Risk, RiskAssessment, Status, Target, Update } from './plan.js';
import { resolveTimeframe } from './timeframe.js';

/** A council register (council.yaml) as parsed: read defensively, as a plan is. */
export type CouncilRegister = unknown;

export interface PlanContext {
  /** the file the plan was read from, as shown to the user */
  file: string;
  config: Config;
  /** the plan's council register, whose people's aliases are read as their names */
  council?: CouncilRegister;
}

/** What every part of one plan is read with. */
interface Reading {
  fyStart: number;
  people: (v: unknown) => string[];
}

export function buildPlan(data: unknown, context: PlanContext): Plan {
  const plan: Obj = isObj(data) ? data : {};
  const fyStart = context.config.fiscalYearStart;
  const aliases = aliasesOf(context.council);
  const r: Reading = { fyStart, people: (v) => resolvePeople(asList(v), aliases) };
  const period = parsePlanPeriod(plan.period, fyStart);
  const riskMatrixId = str(plan.riskMatrix) ?? context.config.riskMatrix;
  const riskMatrix = matrixById(context.config, riskMatrixId);
  return {
    file: context.file,
    ...optional('id', str(plan.id)),
    ...optional('council', str(plan.council)),
    ...optional('councilName', str(plan.councilName)),
    ...optional('service', str(plan.service)),
    ...optional('title', str(plan.title)),
    ...optional('period', isError(period) ? undefined : period),
    periodText: isError(period) ? String(plan.period ?? '') : period.text,
    riskMatrixId,
    ...optional('riskMatrix', riskMatrix),
    people: aliases,
    priorityTitles: priorityTitlesOf(context.council),
    objectives: withIds(plan.objectives).map((o) => objective(o, r)),
    actions: withIds(plan.actions).map((a) => action(a, r)),
    measures: withIds(plan.measures).map((m) => measure(m, r)),
    risks: withIds(plan.risks).map((k) => risk(k, r)),
  };
}

const TITLES = new WeakMap<object, ReadonlyMap<string, string>>();
const NO_TITLES: ReadonlyMap<string, string> = new Map();

/**
 * The titles of a register's aims and their priorities, and its well-being outcomes and their objectives, by
 * code: read once per register, however many plans share it.
 */
function priorityTitlesOf(council: CouncilRegister): ReadonlyMap<string, string> {
  if (!isObj(council)) return NO_TITLES;
  const known = TITLES.get(council);
  if (known) return known;
  const titles = new Map<string, string>();
  const walk = (list: unknown, children: string) => {
    for (const x of withIds(list)) {
      const title = str(x.title);
      if (title !== undefined) titles.set(x.id, title);
      walk(x[children], children);
    }
  };
  walk(council.aims, 'priorities');
  walk(council.wellbeingOutcomes, 'objectives');
  TITLES.set(council, titles);
  return titles;
}

/** { [key]: value } when value is defined, else {}: optional fields stay absent rather than undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The objects of a list that have a string id. */
function withIds(list: unknown): (Obj & { id: string })[] {
  return Array.isArray(list) ? list.filter((x): x is Obj & { id: string } => isObj(x) && typeof x.id === 'string') : [];
}

/** A corporate priority link: its codes, or 'tbc'. */
function priorities(v: unknown): string[] | 'tbc' {
  return v === 'tbc' ? 'tbc' : asList(v);
}

function objective(o: Obj & { id: string }, r: Reading): Objective {
  return { id: o.id, ...optional('title', str(o.title)), lead: r.people(o.lead), priorities: priorities(o.priority), wellbeingObjectives: asList(o.wellbeingObjective) };
}

/** The updates with a readable date, in date order; equal days keep their written order, so the later-written one counts as latest. */
function updates(item: Obj, r: Reading): Update[] {
  const out: Update[] = [];
  for (const u of Array.isArray(item.updates) ? item.updates.filter(isObj) : []) {
    if (typeof u.date !== 'string') continue;
    const v = parsePeriodValue(u.date, r.fyStart);
    if (isError(v)) continue;
    out.push({
      date: u.date,
      day: v.end - 1,
      ...optional('status', str(u.status) as Status | undefined),
      ...optional('rag', u.rag === 'red' || u.rag === 'amber' || u.rag === 'green' ? (u.rag as Rag) : undefined),
      ...optional('percentComplete', typeof u.percentComplete === 'number' ? u.percentComplete : undefined),
      ...optional('commentary', str(u.commentary)),
      ...optional('correctiveAction', str(u.correctiveAction)),
    });
  }
  return out.map((u, i) => ({ u, i })).sort((a, b) => a.u.day - b.u.day || a.i - b.i).map((x) => x.u);
}

function action(a: Obj & { id: string }, r: Reading): Action {
  return {
    id: a.id,
    ...optional('title', str(a.title)),
    owner: r.people(a.owner),
    managedBy: r.people(a.managedBy),
    ...optional('due', str(a.due)),
    timeframe: resolveTimeframe({ start: a.start, due: a.due, duration: a.duration }, r.fyStart),
    milestones: withIds(a.milestones).map((m) => milestone(m, a, r)),
    updates: updates(a, r),
    objectives: asList(a.objective),
    priorities: priorities(a.priority),
  };
}

function milestone(m: Obj & { id: string }, a: Obj, r: Reading): Milestone {
  const due = m.due ?? a.due;
  return {
    id: m.id,
    ...optional('title', str(m.title)),
    owner: r.people(m.owner),
    ...optional('due', str(due)),
    timeframe: resolveTimeframe({ start: m.start, due, duration: m.duration }, r.fyStart),
    updates: updates(m, r),
  };
}

const AGGREGATIONS: readonly Aggregation[] = ['cumulative', 'snapshot', 'average', 'rate'];

/** A target as written: a number, tbc, { min, max }, { percentChange } or { closeGap: { comparator, value } }; undefined for any other shape. */
function targetValue(v: unknown): TargetValue | undefined {
  if (typeof v === 'number' || v === 'tbc') return v;
  if (!isObj(v)) return undefined;
  if (typeof v.min === 'number' && typeof v.max === 'number') return { kind: 'range', min: Math.min(v.min, v.max), max: Math.max(v.min, v.max) };
  if (typeof v.percentChange === 'number') return { kind: 'change-on-baseline', percent: v.percentChange };
  if (isObj(v.closeGap) && typeof v.closeGap.value === 'number') return { kind: 'close-gap', comparator: str(v.closeGap.comparator) ?? 'the comparator', value: v.closeGap.value };
  return undefined;
}

function targets(v: unknown, r: Reading): Target[] {
  if (!isObj(v)) return [];
  return Object.entries(v).flatMap(([period, raw]) => {
    const value = targetValue(raw);
    if (value === undefined) return [];
    const span = parsePeriodValue(period, r.fyStart);
    return [{ period, value, ...(isError(span) ? {} : { start: span.start, end: span.end }) }];
  });
}

function baseline(v: unknown): Baseline | undefined {
  if (!isObj(v) || (typeof v.value !== 'number' && v.value !== 'tbc')) return undefined;
  return { value: v.value, ...optional('period', str(v.period)), ...optional('note', str(v.note)) };
}

/** The actuals with a readable period, in period order (by end, then start). */
function actuals(m: Obj, r: Reading): Actual[] {
  const out: Actual[] = [];
  for (const a of Array.isArray(m.actuals) ? m.actuals.filter(isObj) : []) {
    if (typeof a.period !== 'string') continue;
    const v = parsePeriodValue(a.period, r.fyStart);
    if (isError(v)) continue;
    const n = (x: unknown) => (typeof x === 'number' ? x : undefined);
    out.push({ period: a.period, value: n(a.value) ?? null, start: v.start, end: v.end, ...optional('numerator', n(a.numerator)), ...optional('denominator', n(a.denominator)), ...optional('note', str(a.note)), ...optional('correctiveAction', str(a.correctiveAction)) });
  }
  return out.sort((x, y) => x.end - y.end || x.start - y.start);
}

function measure(m: Obj & { id: string }, r: Reading): Measure {
  return {
    id: m.id,
    ...optional('title', str(m.title)),
    ...optional('unit', str(m.unit)),
    ...optional('polarity', str(m.polarity)),
    ...optional('frequency', str(m.frequency)),
    ...optional('tolerance', typeof m.tolerance === 'number' ? m.tolerance : undefined),
    ...optional('aggregation', AGGREGATIONS.includes(m.aggregation as Aggregation) ? (m.aggregation as Aggregation) : undefined),
    dataOnly: m.dataOnly === true,
    ...optional('baseline', baseline(m.baseline)),
    owner: r.people(m.owner),
    managedBy: r.people(m.managedBy),
    targets: targets(m.targets, r),
    actuals: actuals(m, r),
    updates: updates(m, r),
    objectives: asList(m.objective),
    priorities: priorities(m.priority),
  };
}

function assessment(v: Obj): RiskAssessment {
  const n = (x: unknown) => (typeof x === 'number' ? x : undefined);
  return { ...optional('likelihood', n(v.likelihood)), ...optional('impact', n(v.impact)) };
}

function risk(k: Obj & { id: string }, r: Reading): Risk {
  const current: CurrentAssessment = assessment(k);
  if (typeof k.assessed === 'string') {
    current.assessed = k.assessed;
    const v = parsePeriodValue(k.assessed, r.fyStart);
    if (!isError(v)) current.day = v.end - 1;
  }
  const reassessments: Reassessment[] = (Array.isArray(k.reviews) ? k.reviews.filter(isObj) : []).flatMap((x) => {
    const v = typeof x.date === 'string' ? parsePeriodValue(x.date, r.fyStart) : undefined;
    return v && !isError(v) ? [{ date: x.date as string, day: v.end - 1, ...assessment(x), ...optional('note', str(x.note)) }] : [];
  });
  return {
    id: k.id,
    ...optional('title', str(k.title)),
    ...optional('category', str(k.category)),
    owner: r.people(k.owner),
    controls: asList(k.controls),
    assessments: { current, ...optional('target', isObj(k.target) ? assessment(k.target) : undefined), ...optional('inherent', isObj(k.inherent) ? assessment(k.inherent) : undefined) },
    reassessments: reassessments.sort((a, b) => a.day - b.day),
  };
}
