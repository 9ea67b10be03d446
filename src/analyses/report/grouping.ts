/**
 * The report's detail, grouped as a council reads it: by corporate priority (or well-being objective) from the
 * council register, then by plan, each with its actions, milestones and measures serving that priority.
 * Items linked to no priority come last, under their own heading.
 */
import type { ActionRow } from '../action-status.js';
import type { MeasurePerformance } from '../performance/measure.js';
import type { ItemNote } from './notes.js';

export interface PlanInGroup {
  /** the plan's id */
  plan: string;
  headline: string;
  actions: ActionRow[];
  measures: MeasurePerformance[];
}

export interface PriorityGroup {
  /** the priority's code, '' for items linked to none */
  code: string;
  title: string;
  plans: PlanInGroup[];
}

export const NO_PRIORITY_TITLE = 'Not linked to a corporate priority';

/** Groups each plan's rows as they come; a plan's items keep their plan order within each group. */
export class GroupBuilder {
  private readonly groups = new Map<string, PlanInGroup[]>();

  add(plan: string, headline: string, actions: readonly ActionRow[], measures: readonly MeasurePerformance[], notes: { actions: Map<string, ItemNote>; measures: Map<string, ItemNote> }): void {
    const mine = new Map<string, PlanInGroup>();
    const into = (code: string) => {
      let g = mine.get(code);
      if (!g) {
        mine.set(code, (g = { plan, headline, actions: [], measures: [] }));
        const list = this.groups.get(code) ?? [];
        list.push(g);
        this.groups.set(code, list);
      }
      return g;
    };
    for (const a of actions) into(notes.actions.get(a.id)?.priority ?? '').actions.push(a);
    for (const m of measures) into(notes.measures.get(m.id)?.priority ?? '').measures.push(m);
  }

  groupsWith(title: (code: string) => string): PriorityGroup[] {
    const codes = [...this.groups.keys()].filter((c) => c !== '');
    if (this.groups.has('')) codes.push('');
    return codes.map((code) => ({ code, title: title(code), plans: this.groups.get(code)! }));
  }
}
