/**
 * A history rule: metadata as data, like every lint rule, and a check over a plan's versions from git
 * rather than over one version. Run only by plan lint --history; each finding names the commit.
 */
import type { RuleMeta } from '../rule.js';
import type { CommitRef, PlanVersion } from '../../history/types.js';
import { isoDay } from '../../model/dates.js';

export interface HistoryRuleMeta extends Omit<RuleMeta, 'category'> {
  category: 'history';
}

/** Where in the plan a finding belongs: an item, and within it a keyed entry (targets[2017/18], actuals[2017/18 Q1]...). */
export interface HistoryPlace {
  section: 'actions' | 'measures' | 'risks';
  id: string;
  milestone?: string;
  /** a list or map in the item and the key of the entry in it: ['targets', '2017/18'], ['actuals', '2017/18 Q1'] (by period), ['reviews', '2017-09-30'] (by date) */
  entry?: [string, string];
}

export interface HistoryFinding {
  commit: CommitRef;
  place: HistoryPlace;
  message: string;
  hint?: string;
}

export interface HistoryContext {
  /** oldest first */
  versions: readonly PlanVersion[];
  fyStart: number;
  /** days an update may be dated before its commit */
  allowanceDays: number;
}

export interface HistoryRule {
  meta: HistoryRuleMeta;
  check(ctx: HistoryContext): HistoryFinding[];
}

/** A commit as findings name it: "commit 1a2b3c4 (2018-05-02)", on the London day it is judged by. */
export function commitText(c: CommitRef): string {
  return `commit ${c.short} (${isoDay(c.day)})`;
}
