/**
 * Where a piece of work stood on a given day: its latest update on or before that day. Updates dated after
 * it are ignored, so a report for the end of Q2 reads the same whenever it is run. A month-precision update
 * ("as at Feb'16") counts from the last day of its month.
 */
import { isObj } from '../lint/access.js';
import type { Day } from '../model/dates.js';
import { isError, parsePeriodValue } from '../model/period.js';

export type Status = 'not-started' | 'in-progress' | 'on-track' | 'at-risk' | 'off-track' | 'on-hold' | 'complete' | 'cancelled';

export interface UpdateView {
  date: string;
  day: Day;
  status?: Status;
  rag?: 'red' | 'amber' | 'green';
  percentComplete?: number;
  commentary?: string;
}

export function updatesOf(item: Record<string, unknown>, fyStart: number): UpdateView[] {
  const list = Array.isArray(item.updates) ? item.updates.filter(isObj) : [];
  const out: UpdateView[] = [];
  for (const u of list) {
    if (typeof u.date !== 'string') continue;
    const v = parsePeriodValue(u.date, fyStart);
    if (isError(v)) continue;
    out.push({
      date: u.date,
      day: v.end - 1,
      ...(typeof u.status === 'string' ? { status: u.status as Status } : {}),
      ...(u.rag === 'red' || u.rag === 'amber' || u.rag === 'green' ? { rag: u.rag } : {}),
      ...(typeof u.percentComplete === 'number' ? { percentComplete: u.percentComplete } : {}),
      ...(typeof u.commentary === 'string' ? { commentary: u.commentary } : {}),
    });
  }
  // stable: equal days keep their written order, so the later-written one counts as latest
  return out.map((u, i) => ({ u, i })).sort((a, b) => a.u.day - b.u.day || a.i - b.i).map((x) => x.u);
}

export function latestUpdate(item: Record<string, unknown>, asOf: Day, fyStart: number): UpdateView | undefined {
  let found: UpdateView | undefined;
  for (const u of updatesOf(item, fyStart)) if (u.day <= asOf) found = u;
  return found;
}

export function isClosed(status: Status | undefined): boolean {
  return status === 'complete' || status === 'cancelled';
}
