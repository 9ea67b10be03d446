import { resolveTimeframe } from '../../model/timeframe.js';
import { workItems } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'due-within-period',
    description: "An action or milestone due before the plan's period begins or after it ends is flagged: it will not be reported on in this plan's year.",
    severity: 'warning',
    category: 'dates',
    docs: {
      why: "Work due outside the plan's period falls out of every quarterly report for this plan. After it, that is often intended (a multi-year programme), but it should be a decision; before it, the date is usually last year's, carried over.",
      bad: 'period: 2017/18\nactions:\n  - id: A1\n    due: 2019-03-31',
      good: 'period: 2017/18-2018/19',
    },
  },
  checkPlan(ctx) {
    const period = ctx.period;
    if (!period) return;
    for (const w of workItems(ctx.plan)) {
      const tf = resolveTimeframe(w.it.item, ctx.fyStart);
      if (tf.due.kind !== 'date') continue;
      if (tf.due.day >= period.end) ctx.report({ path: [...w.it.path, 'due'], message: `${w.name} is due ${tf.due.value.text}, after the plan's period (${period.text}) ends` });
      else if (tf.due.day < period.start) ctx.report({ path: [...w.it.path, 'due'], message: `${w.name} is due ${tf.due.value.text}, before the plan's period (${period.text}) begins` });
    }
  },
};
export default rule;
