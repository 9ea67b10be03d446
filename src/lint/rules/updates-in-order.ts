import { isError, parsePeriodValue } from '../../model/period.js';
import { items, str, updateHolders } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'updates-in-order',
    description: 'Progress updates are listed oldest first, so the last one is the latest.',
    severity: 'warning',
    category: 'progress',
    docs: {
      why: 'Readers (and officers editing by hand) take the last update as the current position. Out-of-order updates mislead them even though plan itself sorts by date.',
      bad: 'updates:\n  - date: 2017-09-30\n  - date: 2017-06-30',
      good: 'updates:\n  - date: 2017-06-30\n  - date: 2017-09-30',
    },
  },
  checkPlan(ctx) {
    for (const h of updateHolders(ctx.plan)) {
      let prev: { start: number; text: string } | undefined;
      for (const u of items(h.it.item, 'updates', h.it.path)) {
        const date = str(u.item.date);
        const v = date ? parsePeriodValue(date, ctx.fyStart) : undefined;
        if (!v || isError(v)) continue;
        if (prev && v.start < prev.start) ctx.report({ path: [...u.path, 'date'], message: `${h.name}: update dated ${date} comes after one dated ${prev.text}; list updates oldest first` });
        prev = { start: v.start, text: date! };
      }
    }
  },
};
export default rule;
