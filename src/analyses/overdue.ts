/**
 * Overdue and due-soon work, pure and reproducible: an action or milestone is overdue when its due day is
 * before the as-of day and its latest update on or before the as-of day does not mark it complete or
 * cancelled. Month-precision dates fall due at the month's end, fiscal years at the year's end, ranges at
 * their end; open-ended work never falls due.
 */
import { asList, items, str } from '../lint/access.js';
import type { Day } from '../model/dates.js';
import { resolveTimeframe } from '../model/timeframe.js';
import { groupBy } from '../util/group.js';
import { compareNumeric, own, ownAll } from '../util/text.js';
import { type Status, isClosed, latestUpdate } from './progress.js';

export type OverdueState = 'overdue' | 'due-soon' | 'open' | 'no-date';

export interface WorkItem {
  plan: string;
  file: string;
  kind: 'action' | 'milestone';
  /** the action id, or "action id / milestone id" */
  id: string;
  actionId: string;
  milestoneId?: string;
  title: string;
  owner: string[];
  manager: string[];
  /** the due date as written (2018-03-31, 2016-06, ongoing) */
  due: string;
  dueDay?: Day;
  /** days past due (positive) or days until due (negative) */
  daysOverdue?: number;
  state: OverdueState;
  /** the latest status on or before the as-of day */
  status?: Status;
  percentComplete?: number;
  lastUpdate?: string;
}

export interface OverdueOptions {
  asOf: Day;
  fyStart: number;
  /** also list work due within this many days */
  within?: number;
  /** also list open-ended and undated work */
  includeOpen?: boolean;
}


export function findOverdue(plans: Iterable<{ file: string; plan: Record<string, unknown> }>, o: OverdueOptions): WorkItem[] {
  const out: WorkItem[] = [];
  for (const { file, plan } of plans) {
    const planId = own(str(plan.id) ?? file);
    for (const a of items(plan, 'actions')) {
      const actionId = str(a.item.id);
      if (!actionId) continue;
      const actionLatest = latestUpdate(a.item, o.asOf, o.fyStart);
      const actionClosed = isClosed(actionLatest?.status);
      const consider = (item: Record<string, unknown>, kind: 'action' | 'milestone', milestoneId?: string) => {
        const latest = kind === 'action' ? actionLatest : latestUpdate(item, o.asOf, o.fyStart);
        if (actionClosed || isClosed(latest?.status)) return;
        const dueField = item.due ?? (kind === 'milestone' ? a.item.due : undefined);
        const tf = resolveTimeframe({ start: item.start, due: dueField, duration: item.duration }, o.fyStart);
        const owner = asList(item.owner).length ? asList(item.owner) : asList(a.item.owner);
        const base = {
          plan: planId,
          file,
          kind,
          id: own(milestoneId ? `${actionId} / ${milestoneId}` : actionId),
          actionId: own(actionId),
          ...(milestoneId ? { milestoneId: own(milestoneId) } : {}),
          title: own(str(item.title) ?? ''),
          owner: ownAll(owner),
          manager: ownAll(asList(a.item.managedBy)),
          ...(latest?.status ? { status: latest.status } : {}),
          ...(latest?.percentComplete !== undefined ? { percentComplete: latest.percentComplete } : {}),
          ...(latest ? { lastUpdate: latest.date } : {}),
        };
        if (tf.due.kind === 'date') {
          const days = o.asOf - tf.due.day;
          const state: OverdueState | undefined = days > 0 ? 'overdue' : o.within !== undefined && -days <= o.within ? 'due-soon' : undefined;
          if (state) out.push({ ...base, due: tf.due.value.text, dueDay: tf.due.day, daysOverdue: days, state });
        } else if (o.includeOpen && (tf.due.kind === 'open' || tf.due.kind === 'tbc')) {
          out.push({ ...base, due: typeof dueField === 'string' ? dueField : 'tbc', state: tf.due.kind === 'open' ? 'open' : 'no-date' });
        }
      };
      consider(a.item, 'action');
      for (const m of items(a.item, 'milestones', a.path)) {
        const mid = str(m.item.id);
        if (mid) consider(m.item, 'milestone', mid);
      }
    }
  }
  return out;
}

export type GroupBy = 'owner' | 'plan' | 'manager' | 'none';

const STATE_ORDER: Record<OverdueState, number> = { overdue: 0, 'due-soon': 1, open: 2, 'no-date': 3 };

/** Most overdue first; then due soon, soonest first; then open work. */
export function compareWork(a: WorkItem, b: WorkItem): number {
  return STATE_ORDER[a.state] - STATE_ORDER[b.state] || (b.daysOverdue ?? -Infinity) - (a.daysOverdue ?? -Infinity) || a.plan.localeCompare(b.plan) || compareNumeric(a.id, b.id);
}

/** Groups, each sorted; an item with two owners appears under both. */
export function groupWork(list: readonly WorkItem[], by: GroupBy): { key: string; items: WorkItem[] }[] {
  const groups = groupBy(list, (w) => (by === 'owner' ? (w.owner.length ? w.owner : ['(no owner)']) : by === 'manager' ? (w.manager.length ? w.manager : ['(no manager)']) : by === 'plan' ? [w.plan] : ['']));
  return [...groups.entries()]
    .map(([key, items]) => ({ key, items: items.sort(compareWork) }))
    .sort((a, b) => (b.items[0]?.daysOverdue ?? -Infinity) - (a.items[0]?.daysOverdue ?? -Infinity) || a.key.localeCompare(b.key));
}

export function filterWork(list: readonly WorkItem[], f: { owner?: string; plan?: string }): WorkItem[] {
  const lc = (s: string) => s.toLowerCase();
  return list.filter((w) => (f.owner === undefined || w.owner.some((o) => lc(o) === lc(f.owner!))) && (f.plan === undefined || w.plan === f.plan));
}
