/** Due dates moved: every change to an action's or a milestone's due date by a number of days, as plan diff measured it. */
import type { Change } from '../analyses/diff/index.js';
import { commitOf, idsNow } from './changes.js';
import type { DueMove, PlanVersion } from './types.js';

const MILESTONE_DUE = /^milestones\[(.+)\]\.due$/;

/** The item a due-date change is about (ACTION or ACTION/MILESTONE), or undefined when it is not one. */
function movedItem(c: Change, id: string): string | undefined {
  if (c.section !== 'actions' || c.kind !== 'changed' || typeof c.days !== 'number' || c.days === 0 || !c.field) return undefined;
  if (c.field === 'due') return id;
  const m = MILESTONE_DUE.exec(c.field);
  return m ? `${id}/${m[1]}` : undefined;
}

/** Every due date moved in the plan's history, oldest first, named by the items' ids now. */
export function dueMoves(versions: readonly PlanVersion[], changes: readonly Change[][]): DueMove[] {
  const now = idsNow(changes);
  const out: DueMove[] = [];
  changes.forEach((list, i) => {
    if (i === 0) return;
    for (const c of list) {
      const item = movedItem(c, now[i]!('actions', c.id));
      if (item === undefined) continue;
      out.push({ ...commitOf(versions[i]!), item, from: String(c.from ?? ''), to: String(c.to ?? ''), days: c.days! });
    }
  });
  return out;
}

/** How often and how far one item's due date moved. */
export interface Slippage {
  item: string;
  moves: number;
  /** the days of every move added up, each counted however it went */
  totalDays: number;
  /** later minus earlier: how far the due date is from where it first stood */
  netDays: number;
  /** the due date as first written, and now */
  firstDue: string;
  due: string;
  last: DueMove;
}

/** The moves grouped by item, in the order items first moved. */
export function slippageOf(moves: readonly DueMove[]): Slippage[] {
  const by = new Map<string, DueMove[]>();
  for (const m of moves) by.set(m.item, [...(by.get(m.item) ?? []), m]);
  return [...by].map(([item, list]) => ({
    item,
    moves: list.length,
    totalDays: list.reduce((n, m) => n + Math.abs(m.days), 0),
    netDays: list.reduce((n, m) => n + m.days, 0),
    firstDue: list[0]!.from,
    due: list[list.length - 1]!.to,
    last: list[list.length - 1]!,
  }));
}
