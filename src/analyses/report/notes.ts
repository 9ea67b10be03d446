/**
 * What the report says beside each action, milestone, measure and risk of a plan: the corporate priority it
 * serves (for grouping) and the officer's latest commentary and corrective action as of the quarter's end.
 * Read from the model once per plan, keyed by the id the report's rows carry, so nothing else of the plan
 * needs to be kept.
 */
import type { Day } from '../../model/dates.js';
import type { Action, Measure, Plan, Update } from '../../model/plan.js';
import { latestUpdate } from '../progress.js';

export interface ItemNote {
  /** the code of the corporate priority (or well-being objective) it serves first, '' for none */
  priority: string;
  commentary?: string;
  correctiveAction?: string;
}

export interface PlanNotes {
  actions: Map<string, ItemNote>;
  measures: Map<string, ItemNote>;
  risks: Map<string, ItemNote>;
  /** the register's title of each priority code the plan's items use */
  priorityTitles: Map<string, string>;
}

/** The first priority an item names, else the first its objectives name (a corporate priority, then a well-being objective). */
function priorityOf(item: { priorities: string[] | 'tbc'; objectives: string[] }, plan: Plan): string {
  if (Array.isArray(item.priorities) && item.priorities[0]) return item.priorities[0];
  for (const id of item.objectives) {
    const o = plan.objectives.find((x) => x.id === id);
    if (!o) continue;
    if (Array.isArray(o.priorities) && o.priorities[0]) return o.priorities[0];
    if (o.wellbeingObjectives[0]) return o.wellbeingObjectives[0];
  }
  return '';
}

function said(u: Update | undefined): Omit<ItemNote, 'priority'> {
  return { ...(u?.commentary ? { commentary: u.commentary } : {}), ...(u?.correctiveAction ? { correctiveAction: u.correctiveAction } : {}) };
}

function actionNotes(a: Action, plan: Plan, asOf: Day, into: Map<string, ItemNote>): void {
  const priority = priorityOf(a, plan);
  if (!into.has(a.id)) into.set(a.id, { priority, ...said(latestUpdate(a.updates, asOf)) });
  for (const m of a.milestones) {
    const id = `${a.id} / ${m.id}`;
    if (!into.has(id)) into.set(id, { priority, ...said(latestUpdate(m.updates, asOf)) });
  }
}

/** A measure's commentary: the note on its figure for the period, then its latest dated commentary, each where given. */
function measureNote(m: Measure, plan: Plan, asOf: Day, period: string | undefined): ItemNote {
  const actual = period === undefined ? undefined : m.actuals.find((a) => a.period === period);
  const update = latestUpdate(m.updates, asOf);
  const commentary = [actual?.note, update?.commentary].filter((x): x is string => !!x).join(' ');
  const correctiveAction = actual?.correctiveAction ?? update?.correctiveAction;
  return { priority: priorityOf(m, plan), ...(commentary ? { commentary } : {}), ...(correctiveAction ? { correctiveAction } : {}) };
}

/** The notes of a plan's items as of asOf; currentPeriod gives the period of each measure's figure for the quarter. */
export function planNotes(plan: Plan, asOf: Day, currentPeriod: (measureId: string) => string | undefined): PlanNotes {
  const actions = new Map<string, ItemNote>();
  for (const a of plan.actions) actionNotes(a, plan, asOf, actions);
  const measures = new Map<string, ItemNote>();
  for (const m of plan.measures) if (!measures.has(m.id)) measures.set(m.id, measureNote(m, plan, asOf, currentPeriod(m.id)));
  const risks = new Map<string, ItemNote>();
  for (const k of plan.risks) {
    let review: string | undefined;
    for (const r of k.reassessments) if (r.day <= asOf && r.note) review = r.note;
    const controls = k.controls.join('; ');
    if (!risks.has(k.id)) risks.set(k.id, { priority: '', ...(review ? { commentary: review } : {}), ...(controls ? { correctiveAction: controls } : {}) });
  }
  const priorityTitles = new Map<string, string>();
  for (const n of [...actions.values(), ...measures.values()]) {
    const title = plan.priorityTitles.get(n.priority);
    if (n.priority && title) priorityTitles.set(n.priority, title);
  }
  return { actions, measures, risks, priorityTitles };
}
