import { isoDay } from '../../model/dates.js';
import { resolveTimeframe } from '../../model/timeframe.js';
import { workItems } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'start-before-due',
    description: 'An action or milestone does not start after it is due.',
    severity: 'error',
    category: 'dates',
    docs: {
      why: 'A start after the due date is almost always two dates swapped or a mistyped year, and makes expected progress meaningless.',
      bad: 'start: 2017-07\ndue: 2016-09',
      good: 'start: 2016-07\ndue: 2016-09',
    },
  },
  checkPlan(ctx) {
    for (const w of workItems(ctx.plan)) {
      const tf = resolveTimeframe(w.it.item, ctx.fyStart);
      if (tf.start && tf.due.kind === 'date' && tf.start.start > tf.due.day) {
        ctx.report({ path: [...w.it.path, 'start'], message: `${w.name} starts ${tf.start.text} (${isoDay(tf.start.start)}), after it is due ${tf.due.value.text} (${isoDay(tf.due.day)})`, hint: 'check whether the dates are swapped or the year mistyped' });
      }
    }
  },
};
export default rule;
