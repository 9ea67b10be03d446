import { walkValues } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'unresolved-tbc',
    description: 'Values still marked tbc are listed (as info in a draft); a published plan should have none.',
    severity: 'info',
    category: 'housekeeping',
    docs: {
      why: 'tbc is honest while a plan is drafted. Once it is published, every tbc is a gap committee will ask about.',
      bad: 'status: published\nactions:\n  - id: A1\n    priority: tbc',
      good: 'status: published\nactions:\n  - id: A1\n    priority: PROSPEROUS-2',
    },
  },
  checkPlan(ctx) {
    const published = ctx.plan.status === 'published';
    walkValues(ctx.plan, (value, path) => {
      if (value !== 'tbc') return false;
      ctx.report({ path: [...path], message: `${path.filter((p) => typeof p === 'string').slice(-1)[0] ?? 'value'} is still to be confirmed (tbc)${published ? ' in a published plan' : ''}`, severity: published ? 'warning' : 'info' });
      return true;
    });
  },
};
export default rule;
