/**
 * An action's or milestone's standing in a quarter. The officer's reported status stands as written (not started,
 * on hold, complete, ...); the tool's own judgements (overdue, no update this quarter, behind the progress its dates
 * expect) are listed beside it, never in its place. Work with no reported status is "not yet started" when its
 * start is after the quarter, else "no status reported".
 */
import type { Day } from '../model/dates.js';
import type { Action, Milestone, Status, Update } from '../model/plan.js';
import type { Span } from '../model/period.js';
import { isClosed, latestUpdate } from './progress.js';

export type ActionState = Status | 'no-status';
export const ACTION_STATES: readonly ActionState[] = ['complete', 'on-track', 'in-progress', 'at-risk', 'off-track', 'on-hold', 'not-started', 'cancelled', 'no-status'];
export const STATE_LABEL: Record<ActionState, string> = {
  complete: 'Complete',
  'on-track': 'On track',
  'in-progress': 'In progress',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'on-hold': 'On hold',
  'not-started': 'Not yet started',
  cancelled: 'Cancelled',
  'no-status': 'No status reported',
};

export type JudgementKind = 'overdue' | 'no-update' | 'behind';
export const JUDGEMENTS: readonly JudgementKind[] = ['overdue', 'no-update', 'behind'];
export const JUDGEMENT_LABEL: Record<JudgementKind, string> = { overdue: 'Overdue', 'no-update': 'No update this quarter', behind: 'Behind expected progress' };

/**
 * Why the tool judged a row so, in words, from the row's own figures: worded when shown rather than kept
 * with every row, so that a report of thousands of plans holds only the facts.
 */
export function judgementReason(row: ActionRow, kind: JudgementKind): string {
  switch (kind) {
    case 'overdue':
      return `due ${row.due}, ${row.daysOverdue} days ago, with no completion recorded`;
    case 'no-update':
      return row.lastUpdate ? `last update ${row.lastUpdate.date}` : 'no update recorded';
    case 'behind':
      return `${row.lastUpdate?.percentComplete}% complete where the dates expect ${row.expected}%`;
  }
}

export interface ActionRow {
  kind: 'action' | 'milestone';
  /** the action's id, or "action id / milestone id" */
  id: string;
  title: string;
  owner: string[];
  due: string;
  dueDay?: Day;
  state: ActionState;
  /** the state is the officer's (from the latest update), not worked out from dates */
  reported: boolean;
  /** the tool's own judgements, in the order of JUDGEMENTS (judgementReason words them) */
  judgements: JudgementKind[];
  lastUpdate?: { date: string; status?: Status; percentComplete?: number; commentary?: string };
  /** expected % complete from a straight line between start and due */
  expected?: number;
  daysOverdue?: number;
}

/** How far behind the straight line from start to due work may be before it is judged behind. */
const BEHIND_TOLERANCE = 10;

/** The status an update reports: its status, or the one its RAG stands for. */
function reportedStatus(u: Update | undefined): Status | undefined {
  if (!u) return undefined;
  if (u.status) return u.status;
  return u.rag === 'red' ? 'off-track' : u.rag === 'amber' ? 'at-risk' : u.rag === 'green' ? 'on-track' : undefined;
}

/** One row of the report's action table; a milestone's row is given its action, whose owner and closing it inherits. */
export function actionRow(item: Action | Milestone, span: Span, asOf: Day, parent?: Action): ActionRow {
  const tf = item.timeframe;
  const latest = latestUpdate(item.updates, asOf);
  const parentStatus = parent ? reportedStatus(latestUpdate(parent.updates, asOf)) : undefined;
  const own = reportedStatus(latest);
  const status = own ?? (isClosed(parentStatus) ? parentStatus : undefined);
  const notYetStarted = tf.start !== undefined && tf.start.start >= span.end;
  const row: ActionRow = {
    kind: parent ? 'milestone' : 'action',
    id: parent ? `${parent.id} / ${item.id}` : item.id,
    title: item.title ?? '',
    owner: item.owner.length || !parent ? item.owner : parent.owner,
    due: item.due ?? 'tbc',
    state: status ?? (notYetStarted ? 'not-started' : 'no-status'),
    reported: status !== undefined,
    judgements: [],
  };
  if (tf.due.kind === 'date') row.dueDay = tf.due.day;
  if (latest) row.lastUpdate = { date: latest.date, ...(latest.status ? { status: latest.status } : {}), ...(latest.percentComplete !== undefined ? { percentComplete: latest.percentComplete } : {}), ...(latest.commentary ? { commentary: latest.commentary } : {}) };
  if (isClosed(status)) return row;
  if (tf.due.kind === 'date' && tf.due.day < asOf) {
    row.daysOverdue = asOf - tf.due.day;
    row.judgements.push('overdue');
  }
  if (!notYetStarted && !(latest && latest.day >= span.start)) row.judgements.push('no-update');
  if (tf.start && tf.due.kind === 'date' && latest?.percentComplete !== undefined && tf.due.day > tf.start.start) {
    const expected = Math.max(0, Math.min(100, (100 * (asOf - tf.start.start)) / (tf.due.day - tf.start.start)));
    row.expected = Math.round(expected);
    if (latest.percentComplete < expected - BEHIND_TOLERANCE) row.judgements.push('behind');
  }
  return row;
}

/** An action's row, then its milestones' rows. */
export function actionRows(a: Action, span: Span, asOf: Day): ActionRow[] {
  return [actionRow(a, span, asOf), ...a.milestones.map((m) => actionRow(m, span, asOf, a))];
}

export interface ActionCounts {
  /** rows by their state: every row counted once */
  states: Record<ActionState, number>;
  /** rows with each judgement: a row may have more than one */
  judgements: Record<JudgementKind, number>;
}

export function countActions(rows: readonly ActionRow[]): ActionCounts {
  const states = Object.fromEntries(ACTION_STATES.map((s) => [s, 0])) as Record<ActionState, number>;
  const judgements = Object.fromEntries(JUDGEMENTS.map((j) => [j, 0])) as Record<JudgementKind, number>;
  for (const r of rows) {
    states[r.state]++;
    for (const j of r.judgements) judgements[j]++;
  }
  return { states, judgements };
}

export function addCounts(into: ActionCounts, from: ActionCounts): void {
  for (const s of ACTION_STATES) into.states[s] += from.states[s];
  for (const j of JUDGEMENTS) into.judgements[j] += from.judgements[j];
}
