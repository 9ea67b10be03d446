import { items, label } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'measure-polarity',
    description: 'Every measure says whether higher or lower is better (polarity), so direction of travel and RAG can be judged.',
    severity: 'warning',
    category: 'measures',
    docs: {
      why: 'Without polarity a report cannot say whether a rise from 6.7 to 7.9 sickness days is better or worse.',
      bad: '- id: RS/M009\n  title: Days lost to sickness absence',
      good: '- id: RS/M009\n  title: Days lost to sickness absence\n  polarity: lower',
    },
  },
  checkPlan(ctx) {
    for (const m of items(ctx.plan, 'measures')) {
      if (m.item.polarity === undefined) ctx.report({ path: [...m.path, 'id'], message: `${label('measures', m)} does not say whether higher or lower is better`, hint: 'add polarity: higher, lower or neutral' });
    }
  },
};
export default rule;
