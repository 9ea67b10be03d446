import { isError, parsePeriodValue } from '../../model/period.js';
import { items, label, str } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'actuals-in-period',
    description: "A measure records one actual per period, and its actuals fall inside the plan's period (a baseline may come before it).",
    severity: 'warning',
    category: 'measures',
    docs: {
      why: "Two actuals for one quarter leave the report to guess which counts; an actual outside the plan's period is usually a mistyped year.",
      bad: 'actuals:\n  - { period: 2017/18 Q1, value: 80 }\n  - { period: 2017/18 Q1, value: 82 }',
      good: 'actuals:\n  - { period: 2017/18 Q1, value: 80 }\n  - { period: 2017/18 Q2, value: 82 }',
    },
  },
  checkPlan(ctx) {
    for (const m of items(ctx.plan, 'measures')) {
      const seen = new Set<string>();
      for (const a of items(m.item, 'actuals', m.path)) {
        const period = str(a.item.period);
        if (period === undefined) continue;
        if (seen.has(period)) {
          ctx.report({ path: [...a.path, 'period'], message: `${label('measures', m)} has two actuals for ${period}`, severity: 'error' });
          continue;
        }
        seen.add(period);
        const v = parsePeriodValue(period, ctx.fyStart);
        if (isError(v) || !ctx.period) continue;
        if (v.end <= ctx.period.start || v.start >= ctx.period.end) {
          ctx.report({ path: [...a.path, 'period'], message: `${label('measures', m)}: actual for ${period} is outside the plan's period (${ctx.period.text})`, hint: 'record earlier values as the baseline, or check the year' });
        }
      }
    }
  },
};
export default rule;
