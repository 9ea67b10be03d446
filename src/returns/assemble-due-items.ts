/**
 * What each owner owes a return for in a quarter, pure: every action and milestone still open at the
 * quarter's start that has started by its end, every measure with a figure due that quarter (by its
 * frequency, as the report judges), and every risk. Each item goes to its first owner (a milestone with none
 * to its action's), with what was last reported before the quarter and a fingerprint of the item as written,
 * so that a return is refused once the item has changed.
 */
import { createHash } from 'node:crypto';
import { dueInQuarter } from '../analyses/performance/due.js';
import { isClosed, latestUpdate } from '../analyses/progress.js';
import { isoDay } from '../model/dates.js';
import { type Quarter, fiscalYearLabel, quarterLabel, quarterSpan } from '../model/period.js';
import type { Action, Milestone, Plan, Target, Update } from '../model/plan.js';

export type ItemKind = 'action' | 'milestone' | 'measure' | 'risk';

export const NO_OWNER = 'No owner';

export interface DueItem {
  kind: ItemKind;
  planId: string;
  planFile: string;
  /** the action's id, ACTION/MILESTONE for a milestone, the measure's code, the risk's id */
  itemId: string;
  owner: string;
  title: string;
  /** when it is due, as written */
  due?: string;
  /** the period a measure's figure is asked for (2017/18 Q2, a month for a monthly measure, the year for an annual one) */
  period?: string;
  /** the target for that period or its year, in words */
  target?: string;
  unit?: string;
  last?: { date?: string; status?: string; percent?: number; commentary?: string; period?: string; value?: number | null; likelihood?: number; impact?: number };
  /** updates, actuals or reviews already dated in the quarter */
  returned: boolean;
  /** the risk matrix's size, for likelihood and impact */
  scale?: { likelihood: number; impact: number };
  fingerprint: string;
}

export interface PlanForReturns {
  file: string;
  /** the plan's data as read */
  data: Record<string, unknown>;
  model: Plan;
}

/** A fingerprint of an item as written: any change to it (a new update, a new title) changes it. */
export function fingerprint(item: unknown): string {
  return createHash('sha256').update(JSON.stringify(item ?? null)).digest('hex').slice(0, 16);
}

function rawItem(data: Record<string, unknown>, section: string, id: string, milestone?: string): unknown {
  const list = Array.isArray(data[section]) ? (data[section] as Record<string, unknown>[]) : [];
  const item = list.find((x) => x !== null && typeof x === 'object' && x.id === id);
  if (milestone === undefined || !item) return item;
  return (Array.isArray(item.milestones) ? (item.milestones as Record<string, unknown>[]) : []).find((m) => m !== null && typeof m === 'object' && m.id === milestone);
}

function targetText(targets: readonly Target[], period: string, year: string): string | undefined {
  const t = targets.find((x) => x.period === period) ?? targets.find((x) => x.period === year);
  if (!t) return undefined;
  const v = t.value;
  const text = typeof v === 'number' || v === 'tbc' ? String(v) : v.kind === 'range' ? `${v.min} to ${v.max}` : v.kind === 'change-on-baseline' ? `${v.percent}% change on the baseline` : `close the gap with ${v.comparator} (${v.value})`;
  return `${text} (${t.period})`;
}

function lastOf(updates: readonly Update[], before: number): DueItem['last'] {
  const u = latestUpdate(updates, before);
  return u ? { date: u.date, ...(u.status ? { status: u.status } : {}), ...(u.percentComplete !== undefined ? { percent: u.percentComplete } : {}), ...(u.commentary ? { commentary: u.commentary } : {}) } : undefined;
}

/** The period a measure's figure for the quarter is written as, by its frequency. */
function measurePeriod(frequency: string | undefined, quarter: Quarter, fyStart: number): string {
  if (frequency === 'annual') return fiscalYearLabel(quarter.year);
  if (frequency === 'monthly') return isoDay(quarterSpan(quarter, fyStart).end - 1).slice(0, 7);
  return quarterLabel(quarter);
}

export function dueItems(plans: readonly PlanForReturns[], quarter: Quarter, fyStart: number): DueItem[] {
  const span = quarterSpan(quarter, fyStart);
  const before = span.start - 1;
  const inQuarter = (day: number) => day >= span.start && day < span.end;
  const open = (x: Action | Milestone) => !isClosed(latestUpdate(x.updates, before)?.status) && !(x.timeframe.start && x.timeframe.start.start >= span.end);
  const out: DueItem[] = [];
  for (const { file, data, model: p } of plans) {
    const planId = p.id ?? file;
    const base = { planId, planFile: file };
    for (const a of p.actions) {
      if (!open(a)) continue;
      const owner = a.owner[0] ?? NO_OWNER;
      out.push({ ...base, kind: 'action', itemId: a.id, owner, title: a.title ?? a.id, ...(a.due ? { due: a.due } : {}), last: lastOf(a.updates, before), returned: a.updates.some((u) => inQuarter(u.day)), fingerprint: fingerprint(rawItem(data, 'actions', a.id)) });
      for (const m of a.milestones) {
        if (!open(m)) continue;
        out.push({ ...base, kind: 'milestone', itemId: `${a.id}/${m.id}`, owner: m.owner[0] ?? owner, title: m.title ?? m.id, ...(m.due ? { due: m.due } : {}), last: lastOf(m.updates, before), returned: m.updates.some((u) => inQuarter(u.day)), fingerprint: fingerprint(rawItem(data, 'actions', a.id, m.id)) });
      }
    }
    for (const m of p.measures) {
      if (!dueInQuarter(m.frequency, quarter.q)) continue;
      const period = measurePeriod(m.frequency, quarter, fyStart);
      const earlier = m.actuals.filter((x) => x.end <= span.start).at(-1);
      const target = targetText(m.targets, period, fiscalYearLabel(quarter.year));
      out.push({ ...base, kind: 'measure', itemId: m.id, owner: m.owner[0] ?? NO_OWNER, title: m.title ?? m.id, period, ...(target ? { target } : {}), ...(m.unit ? { unit: m.unit } : {}), ...(earlier ? { last: { period: earlier.period, value: earlier.value } } : {}), returned: m.actuals.some((x) => x.period === period), fingerprint: fingerprint(rawItem(data, 'measures', m.id)) });
    }
    for (const k of p.risks) {
      const review = k.reassessments.filter((r) => r.day <= before).at(-1);
      const now = review ?? k.assessments.current;
      out.push({
        ...base,
        kind: 'risk',
        itemId: k.id,
        owner: k.owner[0] ?? NO_OWNER,
        title: k.title ?? k.id,
        last: { ...(review ? { date: review.date } : k.assessments.current.assessed ? { date: k.assessments.current.assessed } : {}), ...(now.likelihood !== undefined ? { likelihood: now.likelihood } : {}), ...(now.impact !== undefined ? { impact: now.impact } : {}) },
        returned: k.reassessments.some((r) => inQuarter(r.day)),
        ...(p.riskMatrix ? { scale: { likelihood: p.riskMatrix.likelihood.length, impact: p.riskMatrix.impact.length } } : {}),
        fingerprint: fingerprint(rawItem(data, 'risks', k.id)),
      });
    }
  }
  return out;
}
