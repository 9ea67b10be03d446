import { didYouMeanAmong } from '../../util/suggest.js';
import { type Obj, isObj, items, label, perRegister, strings } from '../access.js';
import type { Rule } from '../rule.js';

/** ids in the council register, by what plans call them */
function registerIds(council: Obj): Record<string, Set<string>> {
  const ids = (list: unknown[]) => new Set(list.flatMap((e) => (isObj(e) && typeof e.id === 'string' ? [e.id] : [])));
  const aims = Array.isArray(council.aims) ? council.aims : [];
  const outcomes = Array.isArray(council.wellbeingOutcomes) ? council.wellbeingOutcomes : [];
  const nested = (list: unknown[], key: string) => list.flatMap((e) => (isObj(e) && Array.isArray(e[key]) ? (e[key] as unknown[]) : []));
  return {
    // a plan may link to a priority, or to an aim where the council has no finer priorities
    priority: new Set([...ids(nested(aims, 'priorities')), ...ids(aims)]),
    wellbeingOutcome: ids(outcomes),
    wellbeingObjective: ids(nested(outcomes, 'objectives')),
    goals: ids(Array.isArray(council.wellbeingGoals) ? council.wellbeingGoals : []),
    waysOfWorking: ids(Array.isArray(council.waysOfWorking) ? council.waysOfWorking : []),
  };
}

const KNOWN = new WeakMap<Obj, Record<string, Set<string>>>();

const WHAT: Record<string, string> = { priority: 'corporate priority', wellbeingOutcome: 'well-being outcome', wellbeingObjective: 'well-being objective', goals: 'well-being goal', waysOfWorking: 'way of working' };

const rule: Rule = {
  meta: {
    id: 'council-references',
    description: "Links to the council register resolve: the plan's council, and the corporate priorities, well-being outcomes and objectives, goals and ways of working it names.",
    severity: 'error',
    category: 'references',
    docs: {
      why: "Reports roll plans up by the council's priorities. A priority id that is not in council.yaml drops the action from that roll-up.",
      bad: 'priority: PROSPEROUS-9   # council.yaml lists PROSPEROUS-1 to PROSPEROUS-4',
      good: 'priority: PROSPEROUS-2',
    },
  },
  checkPlan(ctx) {
    const council = ctx.council;
    const named = typeof ctx.plan.council === 'string' ? ctx.plan.council : undefined;
    if (!council) {
      if (ctx.unreadableCouncil) ctx.report({ path: ['council'], message: `the council register beside this plan (${ctx.unreadableCouncil}) cannot be read, so the plan's priorities and people cannot be checked`, severity: 'info', hint: 'fix council.yaml first: plan lint shows its problems' });
      else if (named) ctx.report({ path: ['council'], message: `no council register (council.yaml) found beside this plan for council '${named}', so its priorities and people cannot be checked`, severity: 'info', hint: 'add council.yaml in the plan folder (plan init creates one)' });
      return;
    }
    if (named && typeof council.id === 'string' && council.id !== named) {
      ctx.report({ path: ['council'], message: `the plan names council '${named}' but the register beside it is for '${council.id}'` });
    }
    const known = perRegister(council, KNOWN, registerIds);
    const lists = ['objectives', 'actions', 'measures'];
    for (const list of lists) {
      for (const it of items(ctx.plan, list)) {
        for (const key of Object.keys(known)) {
          for (const ref of strings(it.item, key, it.path)) {
            if (ref.value === 'tbc') continue;
            const set = known[key]!;
            if (!set.has(ref.value)) {
              ctx.report({ path: ref.path, message: `${label(list, it)} names ${WHAT[key]} '${ref.value}', which is not in the council register${set.size ? didYouMeanAmong(ref.value, set) : ` (council.yaml lists no ${WHAT[key]}s)`}` });
            }
          }
        }
      }
    }
  },
};
export default rule;
