import { isObj, items, num } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'savings-totals',
    description: "A savings schedule adds up: each scheme's total is the sum of its years, and the totals row and grand total are the sums of the schemes.",
    severity: 'error',
    category: 'structure',
    docs: {
      why: 'Savings tables are typed by hand. A total that does not add up goes to committee as a figure the council cannot stand behind.',
      bad: 'byYear: { 2016/17: 40, 2017/18: 40 }\ntotal: 90',
      good: 'byYear: { 2016/17: 40, 2017/18: 40 }\ntotal: 80',
    },
  },
  checkPlan(ctx) {
    const savings = ctx.plan.savings;
    if (!isObj(savings)) return;
    const column = new Map<string, number>();
    let grand = 0;
    const near = (a: number, b: number) => Math.abs(a - b) < 0.005;
    for (const s of items(savings, 'schemes', ['savings'])) {
      if (!isObj(s.item.byYear)) continue;
      let sum = 0;
      for (const [year, v] of Object.entries(s.item.byYear)) {
        const n = num(v) ?? 0;
        sum += n;
        column.set(year, (column.get(year) ?? 0) + n);
      }
      grand += sum;
      const total = num(s.item.total);
      if (total !== undefined && !near(total, sum)) ctx.report({ path: [...s.path, 'total'], message: `savings scheme '${String(s.item.name)}': total ${total} is not the sum of its years (${sum})` });
    }
    if (isObj(savings.totals)) {
      for (const [year, v] of Object.entries(savings.totals)) {
        const n = num(v);
        const expected = column.get(year) ?? 0;
        if (n !== undefined && !near(n, expected)) ctx.report({ path: ['savings', 'totals', year], message: `savings total for ${year} is ${n}, but the schemes add up to ${expected}` });
      }
    }
    const total = num(savings.total);
    if (total !== undefined && !near(total, grand)) ctx.report({ path: ['savings', 'total'], message: `savings grand total is ${total}, but the schemes add up to ${grand}` });
  },
};
export default rule;
