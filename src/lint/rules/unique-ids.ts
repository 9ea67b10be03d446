import { items, label } from '../access.js';
import type { Rule } from '../rule.js';

const KEYED = ['actions', 'measures', 'risks', 'objectives', 'sections', 'teams'];

const rule: Rule = {
  meta: {
    id: 'unique-ids',
    description: 'Ids are unique within a plan: each action, measure, risk, objective and section, and each milestone within its action.',
    severity: 'error',
    category: 'structure',
    docs: {
      why: 'Links, reports, diffs and progress updates find items by id. Two items with one id make every one of those ambiguous.',
      bad: 'actions:\n  - id: LS 1718 05\n    ...\n  - id: LS 1718 05',
      good: 'actions:\n  - id: LS 1718 05\n    ...\n  - id: LS 1718 06',
    },
  },
  checkPlan(ctx) {
    const check = (list: ReturnType<typeof items>, key: string, where: string) => {
      const seen = new Map<string, number>();
      for (const it of list) {
        const id = it.item.id;
        if (typeof id !== 'string') continue;
        const first = seen.get(id);
        if (first !== undefined) {
          ctx.report({ path: [...it.path, 'id'], message: `${label(key, it)} is a duplicate: ${where} item ${first + 1} already has id '${id}'`, hint: 'give each item its own id; where the source repeats a code, use suffixes such as AC2.1 and AC2.2 and keep the printed code in ref' });
        } else seen.set(id, it.index);
      }
    };
    for (const key of KEYED) check(items(ctx.plan, key), key, key);
    for (const a of items(ctx.plan, 'actions')) check(items(a.item, 'milestones', a.path), 'milestones', `${label('actions', a)} milestones`);
  },
};
export default rule;
