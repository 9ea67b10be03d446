/**
 * Where a piece of work stood on a given day: its latest update on or before that day. Updates dated after
 * it are ignored, so a report for the end of Q2 reads the same whenever it is run. A month-precision update
 * ("as at Feb'16") counts from the last day of its month.
 */
import type { Day } from '../model/dates.js';
import type { Status, Update } from '../model/plan.js';

export type { Status } from '../model/plan.js';

/** The latest of updates (in date order, as the model holds them) on or before asOf. */
export function latestUpdate(updates: readonly Update[], asOf: Day): Update | undefined {
  let found: Update | undefined;
  for (const u of updates) if (u.day <= asOf) found = u;
  return found;
}

export function isClosed(status: Status | undefined): boolean {
  return status === 'complete' || status === 'cancelled';
}
