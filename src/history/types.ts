/** The shapes the history of a plan speaks in: its versions from git, and what analyses find in them. */
import type { Change } from '../analyses/diff/index.js';
import type { Day } from '../model/dates.js';
import type { Obj } from '../model/data.js';
import type { Plan } from '../model/plan.js';

/** One committed version of a plan, as the one document layer and buildPlan read it. */
export interface PlanVersion {
  commit: string;
  short: string;
  /** the committer date as git gives it (ISO 8601 with the committer's offset) */
  date: string;
  /** the day it was committed, in Europe/London */
  day: Day;
  subject: string;
  /** the plan's path in this commit, from the top of the repository */
  path: string;
  /** its path in the version before, when this commit moved it */
  renamedFrom?: string;
  /** the plan as parsed ({} when it could not be read) */
  data: Obj;
  model: Plan;
  /** why this version could not be read as a plan, when it could not */
  problem?: string;
}

/** A plan's history: its versions oldest first, or why git has none. */
export interface PlanHistory {
  /** the plan as shown to the user */
  file: string;
  /** the repository's top folder, when the plan is in one */
  root?: string;
  versions: PlanVersion[];
  /** why there is no history (not in git, never committed), when there is none */
  reason?: string;
}

/** The item a history is about: an action, a milestone (of an action), a measure or a risk. */
export interface ItemRef {
  section: 'actions' | 'measures' | 'risks';
  id: string;
  /** for a milestone, its id; id is then its action's */
  milestone?: string;
}

/** Where a change happened: the version that made it. */
export interface CommitRef {
  commit: string;
  short: string;
  date: string;
  day: Day;
}

/** One change to an item, in the version that made it. */
export interface ItemEvent extends CommitRef {
  /** the plan's path in that version */
  path: string;
  /** the change as plan diff says it; for a plan moved (git mv), a change of section 'plan' */
  change: Change;
}

/** A due date moved in one version. */
export interface DueMove extends CommitRef {
  /** the action's id, or ACTION/MILESTONE */
  item: string;
  from: string;
  to: string;
  /** positive is later */
  days: number;
}

/** A target changed (or removed) in one version. */
export interface TargetChange extends CommitRef {
  measure: string;
  period: string;
  from: unknown;
  to: unknown;
  direction: 'lowered' | 'raised' | 'changed' | 'removed';
  /** the commit came on or after the end of the period the target is for */
  afterClose: boolean;
}

/** An actual's figure changed in one version. */
export interface Restatement extends CommitRef {
  measure: string;
  period: string;
  from: unknown;
  to: unknown;
  /** the change says why: a new note on the actual, or a note on the figure it replaced (restated:) */
  noted: boolean;
}

/** A dated reassessment of a risk changed or removed after it was committed. */
export interface ReviewRewrite extends CommitRef {
  risk: string;
  /** the reassessment's date */
  reviewDate: string;
  removed: boolean;
}

/** An update added in a commit made more than the allowance after the update's date. */
export interface BackdatedUpdate extends CommitRef {
  /** the action's id, or ACTION/MILESTONE */
  item: string;
  updateDate: string;
  /** days from the update's date to the commit */
  daysBefore: number;
}
