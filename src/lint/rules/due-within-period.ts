import { resolveTimeframe } from '../../model/timeframe.js';
import { workItems } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'due-within-period',
    description: "An action or milestone due after the plan's period ends is flagged: it will not be reported on in this plan's year.",
    severity: 'warning',
    category: 'dates',
    docs: {
      why: "Work due after the plan's period falls out of every quarterly report for this plan. Often that is intended (a multi-year programme), but it should be a decision.",
      bad: 'period: 2017/18\nactions:\n  - id: A1\n    due: 2019-03-31',
      good: 'period: 2017/18-2018/19',
    },
  },
  checkPlan(ctx) {
    const period = ctx.period;
    if (!period) return;
    for (const w of workItems(ctx.plan)) {
      const tf = resolveTimeframe(w.it.item, ctx.fyStart);
      if (tf.due.kind === 'date' && tf.due.day >= period.end) {
        ctx.report({ path: [...w.it.path, 'due'], message: `${w.name} is due ${tf.due.value.text}, after the plan's period (${period.text}) ends` });
      }
    }
  },
};
export default rule;
