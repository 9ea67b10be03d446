import { isoDay } from '../../model/dates.js';
import { isError, parsePeriodValue } from '../../model/period.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'review-date-passed',
    description: "A plan whose review date has passed (as of today, or --as-of) is flagged for review.",
    severity: 'warning',
    category: 'housekeeping',
    docs: {
      why: 'Plans drift from reality. The review date is the promise to look again; once it has passed the plan may no longer say what the service is doing.',
      bad: 'review: 2017-09-30   # and today is later',
      good: 'review: 2018-09-30',
    },
  },
  checkPlan(ctx) {
    if (typeof ctx.plan.review !== 'string') return;
    const v = parsePeriodValue(ctx.plan.review, ctx.fyStart);
    if (!isError(v) && v.end - 1 < ctx.asOf) ctx.report({ path: ['review'], message: `the plan was due for review on ${ctx.plan.review}; it is now ${isoDay(ctx.asOf)}`, hint: 'review the plan and set the next review date' });
  },
};
export default rule;
