import { isoDay } from '../../model/dates.js';
import { isError, parsePeriodValue } from '../../model/period.js';
import { items, str, updateHolders } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'update-not-future',
    description: 'A progress update is not dated after the as-of date (today, or --as-of).',
    severity: 'error',
    category: 'progress',
    docs: {
      why: 'An update from the future is a mistyped date. It would also make a report for an earlier quarter show progress that had not yet happened.',
      bad: 'updates:\n  - date: 2071-06-30',
      good: 'updates:\n  - date: 2017-06-30',
    },
  },
  checkPlan(ctx) {
    for (const h of updateHolders(ctx.plan)) {
      for (const u of items(h.it.item, 'updates', h.it.path)) {
        const date = str(u.item.date);
        if (!date) continue;
        const v = parsePeriodValue(date, ctx.fyStart);
        if (!isError(v) && v.start > ctx.asOf) ctx.report({ path: [...u.path, 'date'], message: `${h.name}: update dated ${date} is after the as-of date ${isoDay(ctx.asOf)}` });
      }
    }
  },
};
export default rule;
