/**
 * A rule is a module: its metadata as data (id, description, default severity, docs) and a check that
 * reports findings by path. Rules see the plan as parsed, which may be malformed when the schema failed,
 * so they read it through the defensive helpers in access.ts and never throw on odd shapes.
 */
import type { Config } from '../config.js';
import type { Severity } from '../diagnostics.js';
import type { PathSegment, YamlDocument } from '../load/yaml.js';
import type { Day } from '../model/dates.js';
import type { Matrix } from '../model/matrix.js';
import type { PeriodValue } from '../model/period.js';

export interface RuleMeta {
  id: string;
  description: string;
  severity: Severity;
  category: 'structure' | 'references' | 'dates' | 'risks' | 'measures' | 'progress' | 'housekeeping';
  docs: {
    /** why the rule exists, for the doc page */
    why: string;
    /** a YAML fragment that the rule reports */
    bad?: string;
    /** the same fragment, fixed */
    good?: string;
  };
}

/**
 * A mend with one safe answer, as ESLint's fixes: the value at path becomes value. plan lint --fix makes it
 * in the file's text; everything else in the file stays as it was.
 */
export interface Fix {
  path: readonly PathSegment[];
  value: string | number;
}

export interface Finding {
  path: readonly PathSegment[];
  /** the mend, when there is exactly one right answer */
  fix?: Fix;
  message: string;
  at?: 'key' | 'value';
  hint?: string;
  /** a rule may report some findings more gently than its default */
  severity?: Severity;
}

/** What a rule is given for one plan: shared by every rule that checks the plan, so rules only read it. */
export interface PlanContext {
  readonly file: string;
  readonly plan: Record<string, unknown>;
  readonly config: Config;
  readonly fyStart: number;
  readonly asOf: Day;
  /** the plan's own period, when it parses */
  readonly period?: PeriodValue;
  readonly matrix?: Matrix;
  readonly matrixId: string;
  /** the council register for this plan, when there is one and it parsed */
  readonly council?: Record<string, unknown>;
  /** the register found for this plan that could not be read (as the user names it), when there is one */
  readonly unreadableCouncil?: string;
  /** the document the plan was read from: its text and the place of every node */
  readonly yaml?: YamlDocument;
  report(finding: Finding): void;
  /** a mend for a problem another stage reports (a date the schema finds in the wrong form) */
  offerFix(fix: Fix): void;
}

/** What a project rule keeps of one plan: a small summary, so a corpus is never held in memory. */
export interface PlanSummary<S> {
  file: string;
  council?: Record<string, unknown>;
  summary: S;
}

export interface ProjectRule<S> {
  /** called once per plan while it is loaded; return only what the check needs */
  collect(ctx: PlanContext): S | undefined;
  /** called once, after every plan; findings name their file and path */
  check(plans: readonly PlanSummary<S>[], report: (file: string, finding: Finding) => void): void;
}

export interface Rule {
  meta: RuleMeta;
  checkPlan?(ctx: PlanContext): void;
  /** for rules across plans (codes unique across a council) */
  project?: ProjectRule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
