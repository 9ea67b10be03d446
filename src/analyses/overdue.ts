/**
 * Overdue and due-soon work, pure and reproducible: an action or milestone is overdue when its due day is
 * before the as-of day and its latest update on or before the as-of day does not mark it complete or
 * cancelled. Month-precision dates fall due at the month's end, fiscal years at the year's end, ranges at
 * their end; open-ended work never falls due.
 */
import type { Day } from '../model/dates.js';
import type { Action, Milestone, Plan } from '../model/plan.js';
import { groupBy } from '../util/group.js';
import { compareNumeric } from '../util/text.js';
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
  /** also list work due within this many days */
  within?: number;
  /** also list open-ended and undated work */
  includeOpen?: boolean;
}


export function findOverdue(plans: Iterable<Plan>, o: OverdueOptions): WorkItem[] {
  const out: WorkItem[] = [];
  for (const plan of plans) {
    const planId = plan.id ?? plan.file;
    for (const a of plan.actions) {
      const actionLatest = latestUpdate(a.updates, o.asOf);
      if (isClosed(actionLatest?.status)) continue;
      const consider = (item: Action | Milestone, milestone?: Milestone) => {
        const latest = milestone ? latestUpdate(milestone.updates, o.asOf) : actionLatest;
        if (isClosed(latest?.status)) return;
        const tf = item.timeframe;
        const base = {
          plan: planId,
          file: plan.file,
          kind: milestone ? ('milestone' as const) : ('action' as const),
          id: milestone ? `${a.id} / ${milestone.id}` : a.id,
          actionId: a.id,
          ...(milestone ? { milestoneId: milestone.id } : {}),
          title: item.title ?? '',
          owner: item.owner.length ? item.owner : a.owner,
          manager: a.managedBy,
          ...(latest?.status ? { status: latest.status } : {}),
          ...(latest?.percentComplete !== undefined ? { percentComplete: latest.percentComplete } : {}),
          ...(latest ? { lastUpdate: latest.date } : {}),
        };
        if (tf.due.kind === 'date') {
          const days = o.asOf - tf.due.day;
          const state: OverdueState | undefined = days > 0 ? 'overdue' : o.within !== undefined && -days <= o.within ? 'due-soon' : undefined;
          if (state) out.push({ ...base, due: tf.due.value.text, dueDay: tf.due.day, daysOverdue: days, state });
        } else if (o.includeOpen && (tf.due.kind === 'open' || tf.due.kind === 'tbc')) {
          out.push({ ...base, due: item.due ?? 'tbc', state: tf.due.kind === 'open' ? 'open' : 'no-date' });
        }
      };
      consider(a);
      for (const m of a.milestones) consider(m, m);
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
