/**
 * The typed plan model: what analyses and formatters read of a plan, resolved once from its parsed data
 * (dates to days, the period to a span, the risk matrix to its definition, people's aliases to their names).
 * Built by buildPlan (build-plan.ts) from data that may have schema errors: what is missing or of the wrong
 * type is left out (undefined or an empty list), never thrown over. Text shown in output is kept as written.
 */
import type { Day } from './dates.js';
import type { Matrix } from './matrix.js';
import type { PeriodValue } from './period.js';
import type { Timeframe } from './timeframe.js';

export type Status = 'not-started' | 'in-progress' | 'on-track' | 'at-risk' | 'off-track' | 'on-hold' | 'complete' | 'cancelled';
export type Rag = 'red' | 'amber' | 'green';

/** A progress update with a readable date; day is the last day of its date (a month counts from its end). */
export interface Update {
  date: string;
  day: Day;
  status?: Status;
  rag?: Rag;
  percentComplete?: number;
  commentary?: string;
  /** what is being done to bring the work back on track */
  correctiveAction?: string;
}

/** An action's milestone; its due date is the action's when it has none of its own. */
export interface Milestone {
  id: string;
  title?: string;
  owner: string[];
  /** due as written (2018-03-31, 2016-06, ongoing), or the action's when the milestone gives none */
  due?: string;
  timeframe: Timeframe;
  /** in date order (equal dates in written order) */
  updates: Update[];
}

export interface Action {
  id: string;
  title?: string;
  owner: string[];
  managedBy: string[];
  /** due as written (2018-03-31, 2016-06, ongoing, tbc) */
  due?: string;
  timeframe: Timeframe;
  milestones: Milestone[];
  /** in date order (equal dates in written order) */
  updates: Update[];
  /** the plan's objectives it serves (ids) */
  objectives: string[];
  /** the council's corporate priorities it serves (codes), or 'tbc' */
  priorities: string[] | 'tbc';
}

/** How a measure's figures build up over a year (see the README's "How the report judges"). */
export type Aggregation = 'cumulative' | 'snapshot' | 'average' | 'rate';

/**
 * What a target asks for: a figure, tbc, a range (80 to 85), a percentage change on the baseline
 * (5.6 for "a 5.6% increase"), or closing the gap with a comparator (the national rate).
 */
export type TargetValue =
  | number
  | 'tbc'
  | { kind: 'range'; min: number; max: number }
  | { kind: 'change-on-baseline'; percent: number }
  | { kind: 'close-gap'; comparator: string; value: number };

/** A target for a fiscal year (2017/18) or a quarter of it (2017/18 Q2: a profiled target), as the plan's targets map gives it. */
export interface Target {
  period: string;
  value: TargetValue;
  /** the period's span, when the key is a readable period */
  start?: Day;
  /** exclusive */
  end?: Day;
}

/** The figure a measure improves from; 'tbc' while it is still to be set. */
export interface Baseline {
  period?: string;
  value: number | 'tbc';
  note?: string;
}

/** An actual with a readable period; value null when the plan records it as not available (and gives no numerator and denominator). */
export interface Actual {
  period: string;
  value: number | null;
  start: Day;
  /** exclusive */
  end: Day;
  numerator?: number;
  denominator?: number;
  /** the officer's note on this figure */
  note?: string;
  /** what is being done to bring the measure back to target */
  correctiveAction?: string;
}

export interface Measure {
  id: string;
  title?: string;
  unit?: string;
  polarity?: string;
  frequency?: string;
  /** the amber tolerance, in the measure's unit */
  tolerance?: number;
  /** how its figures build up over the year; undefined when the plan does not say */
  aggregation?: Aggregation;
  /** reported for information: shown, never rated */
  dataOnly: boolean;
  baseline?: Baseline;
  owner: string[];
  managedBy: string[];
  /** in the order written */
  targets: Target[];
  /** in period order (by end, then start) */
  actuals: Actual[];
  /** dated commentary on the measure, in date order */
  updates: Update[];
  objectives: string[];
  priorities: string[] | 'tbc';
}

/** A likelihood and impact, each undefined when not a number. */
export interface RiskAssessment {
  likelihood?: number;
  impact?: number;
}

/** The risk as the plan scores it now, with the date it was assessed on where given. */
export interface CurrentAssessment extends RiskAssessment {
  assessed?: string;
  /** the last day of assessed, when it is a readable date */
  day?: Day;
}

/** A later reassessment (reviews in the plan), with a readable date. */
export interface Reassessment extends RiskAssessment {
  date: string;
  day: Day;
  note?: string;
}

export interface Risk {
  id: string;
  title?: string;
  category?: string;
  owner: string[];
  controls: string[];
  assessments: { current: CurrentAssessment; target?: RiskAssessment; inherent?: RiskAssessment };
  /** in date order */
  reassessments: Reassessment[];
}

export interface Objective {
  id: string;
  title?: string;
  lead: string[];
  priorities: string[] | 'tbc';
  /** the council's well-being objectives it serves (codes) */
  wellbeingObjectives: string[];
}

export interface Plan {
  /** the file it was read from, as shown to the user */
  file: string;
  id?: string;
  council?: string;
  councilName?: string;
  service?: string;
  title?: string;
  /** the plan's period, undefined when missing or unreadable */
  period?: PeriodValue;
  /** the period as shown: its label when readable, else as written */
  periodText: string;
  /** the plan's risk matrix id, or the project's default */
  riskMatrixId: string;
  /** that matrix, when the configuration defines it */
  riskMatrix?: Matrix;
  /** the council register's name for each name and alias it lists, keyed by personKey (people.ts) */
  people: ReadonlyMap<string, string>;
  /** the council register's title for each of its aims, priorities, well-being outcomes and objectives, by code */
  priorityTitles: ReadonlyMap<string, string>;
  objectives: Objective[];
  actions: Action[];
  measures: Measure[];
  risks: Risk[];
}

export { type CouncilRegister, type PlanContext, buildPlan } from './build-plan.js';
