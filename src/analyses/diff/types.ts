/** The shapes a plan diff speaks in: one change, what changed in a field, a run of a word diff, the options. */
import type { Matrix } from '../../model/matrix.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed';

/** One run of a word diff: unchanged words, deleted, inserted, or a gap where unchanged words were left out. */
export interface WordPart {
  op: 'same' | 'del' | 'ins' | 'gap';
  text: string;
}

/** What changed in one field (or sub-item) of an item, without naming the item. */
export interface FieldChange {
  /** dotted path, keyed sub-items in brackets: due, targets[2017/18], milestones[M1].due */
  field: string;
  from?: Json;
  to?: Json;
  /** the change in words, without its subject: "due date slipped by 91 days, from 31 Mar 2018 to 30 Jun 2018" */
  what: string;
  /** for dates: the signed shift in days (positive is later) */
  days?: number;
  direction?: string;
  judgement?: 'better' | 'worse';
  bands?: { from?: string; to?: string; steps?: number };
  words?: WordPart[];
  /** for a word diff: the field in words, which what begins with */
  label?: string;
}

export interface Change extends Partial<FieldChange> {
  /** the plan's id (new version, else old) */
  plan: string;
  file?: string;
  /** the plan's top-level key the item lives in (actions, measures, risks...), or plan for the plan itself */
  section: string;
  /** the item's key: an id, or for a list without ids its name, role, group... */
  id: string;
  /** the item's title or name, for context */
  title?: string;
  kind: ChangeKind;
  what: string;
  /** the change as a sentence that stands alone */
  summary: string;
}

export interface DiffOptions {
  /** shown as the plan when the data has no id */
  plan?: string;
  file?: string;
  fyStart?: number;
  /** the matrices each version scores its risks on */
  oldMatrix?: Matrix;
  newMatrix?: Matrix;
  /** compare every section and item, also those identical on both sides (tests check that passing over them misses nothing) */
  thorough?: boolean;
}

/** The changes to one plan file between two versions, as the formatters show them. */
export interface PlanDiff {
  plan: string;
  title?: string;
  /** the file as shown (the new version's path, else the old one's) */
  file: string;
  /** where each version came from: a path, or REV:PATH */
  from: string;
  to: string;
  changes: Change[];
}

/** What a comparison knows besides the two values: the financial year, the matrices, the measure's sense. */
export interface Ctx {
  fyStart: number;
  thorough?: boolean;
  oldMatrix?: Matrix;
  newMatrix?: Matrix;
  /** a measure's polarity and unit, for its targets and actuals */
  polarity?: string;
  unit?: string;
}
