import { items, label } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'risk-scored',
    description: 'Every open risk has a likelihood and an impact; a risk recorded without them (null) is flagged.',
    severity: 'warning',
    category: 'risks',
    docs: {
      why: 'An unscored risk never reaches the top-risks list or the heat map, however serious it is.',
      bad: 'likelihood: null\nimpact: null',
      good: 'likelihood: 2\nimpact: 3',
    },
  },
  checkPlan(ctx) {
    for (const r of items(ctx.plan, 'risks')) {
      if (r.item.status === 'closed') continue;
      const missing = (['likelihood', 'impact'] as const).filter((k) => r.item[k] === null);
      if (missing.length) ctx.report({ path: [...r.path, missing[0]!], message: `${label('risks', r)} is not scored (${missing.join(' and ')} not given), so it is left out of scores and the heat map` });
    }
  },
};
export default rule;
