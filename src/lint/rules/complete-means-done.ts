import { items, num, workItems } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'complete-means-done',
    description: "An update that marks work complete does not also say it is less than 100% done, and one at 100% is marked complete.",
    severity: 'warning',
    category: 'progress',
    docs: {
      why: 'Complete at 60% is contradictory: the report would count it as done while the figure says otherwise.',
      bad: '- date: 2017-09-30\n  status: complete\n  percentComplete: 60',
      good: '- date: 2017-09-30\n  status: complete\n  percentComplete: 100',
    },
  },
  checkPlan(ctx) {
    for (const w of workItems(ctx.plan)) {
      for (const u of items(w.it.item, 'updates', w.it.path)) {
        const pct = num(u.item.percentComplete);
        if (u.item.status === 'complete' && pct !== undefined && pct < 100) ctx.report({ path: [...u.path, 'percentComplete'], message: `${w.name}: update ${String(u.item.date)} says complete but ${pct}% done` });
        if (pct === 100 && u.item.status !== undefined && u.item.status !== 'complete' && u.item.status !== 'cancelled') ctx.report({ path: [...u.path, 'status'], message: `${w.name}: update ${String(u.item.date)} is 100% done but its status is ${String(u.item.status)}`, severity: 'info' });
      }
    }
  },
};
export default rule;
