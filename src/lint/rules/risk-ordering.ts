import { isObj, items, label, num } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'risk-ordering',
    description: 'Target risk is not above current risk, and current risk is not above inherent risk.',
    severity: 'warning',
    category: 'risks',
    docs: {
      why: 'Controls reduce risk: inherent (before controls) >= current >= target. The opposite usually means the columns were swapped when the register was copied.',
      bad: 'likelihood: 2\nimpact: 3\ntarget: { likelihood: 3, impact: 3 }',
      good: 'likelihood: 3\nimpact: 3\ntarget: { likelihood: 2, impact: 3 }',
    },
  },
  checkPlan(ctx) {
    for (const r of items(ctx.plan, 'risks')) {
      const score = (a: unknown) => {
        if (!isObj(a)) return undefined;
        const l = num(a.likelihood);
        const i = num(a.impact);
        return l !== undefined && i !== undefined ? l * i : undefined;
      };
      const current = score(r.item);
      const target = score(r.item.target);
      const inherent = score(r.item.inherent);
      const name = label('risks', r);
      if (current !== undefined && target !== undefined && target > current) {
        ctx.report({ path: [...r.path, 'target'], message: `${name}: target score ${target} is above the current score ${current}` });
      }
      if (current !== undefined && inherent !== undefined && current > inherent) {
        ctx.report({ path: [...r.path, 'inherent'], message: `${name}: current score ${current} is above the inherent score ${inherent} (risk before controls)` });
      }
    }
  },
};
export default rule;
