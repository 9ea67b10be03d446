import { isoDay } from '../../model/dates.js';
import { resolveTimeframe } from '../../model/timeframe.js';
import { workItems } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'duration-matches-due',
    description: 'Where a timeframe is given as a start and a duration (for 3 years), a due date given as well agrees with them, and a duration has a start to count from.',
    severity: 'warning',
    category: 'dates',
    docs: {
      why: "'w.e.f 1 September 2015, for 3 years' ends on 31 August 2018. A due date that disagrees means one of the two was changed without the other.",
      bad: 'start: 2015-09-01\nduration: P3Y\ndue: 2018-09-30',
      good: 'start: 2015-09-01\nduration: P3Y\ndue: 2018-08-31',
    },
  },
  checkPlan(ctx) {
    for (const w of workItems(ctx.plan)) {
      const item = w.it.item;
      if (typeof item.duration !== 'string') continue;
      const tf = resolveTimeframe(item, ctx.fyStart);
      if (!tf.start) {
        ctx.report({ path: [...w.it.path, 'duration'], message: `${w.name} has a duration but no start date to count it from` });
        continue;
      }
      if (tf.durationDue !== undefined && tf.due.kind === 'date' && typeof item.due === 'string' && (tf.durationDue < tf.due.value.start || tf.durationDue > tf.due.day)) {
        ctx.report({ path: [...w.it.path, 'due'], message: `${w.name}: start ${tf.start.text} plus ${item.duration} ends ${isoDay(tf.durationDue)}, but due says ${item.due}` });
      }
    }
  },
};
export default rule;
