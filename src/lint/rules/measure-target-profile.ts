import { isObj, items, label, str } from '../access.js';
import type { Rule } from '../rule.js';

const SUB_ANNUAL = new Set(['quarterly', 'monthly']);
const QUARTER_KEY = / Q[1-4]$/;

const rule: Rule = {
  meta: {
    id: 'measure-target-profile',
    description: "A quarterly or monthly measure with only a year's target says how its figures build up (aggregation), or gives each quarter's target, so the report knows what a quarter's figure is compared with.",
    severity: 'warning',
    category: 'measures',
    docs: {
      why: "A quarter's figure may be the quarter's own (122 kg of waste in Q2), the year to date, or the position at the quarter's end. Compared with a year's target (480 kg) without saying which, the report would judge 122 against 480 and call it green. With aggregation: cumulative the year's target is taken pro rata (240 by Q2); with snapshot, average or rate it applies to every quarter as it is; a quarter's own target (2026/27 Q2: 118) is always used when given.",
      bad: 'measures:\n  - id: W1\n    polarity: lower\n    frequency: quarterly\n    targets: { 2026/27: 480 }',
      good: 'measures:\n  - id: W1\n    polarity: lower\n    frequency: quarterly\n    targets: { 2026/27: 480, 2026/27 Q1: 120, 2026/27 Q2: 118 }',
    },
  },
  checkPlan(ctx) {
    for (const m of items(ctx.plan, 'measures')) {
      const it = m.item;
      if (!SUB_ANNUAL.has(str(it.frequency) ?? '') || it.aggregation !== undefined || it.dataOnly === true || it.polarity === 'neutral') continue;
      if (!isObj(it.targets)) continue;
      const keys = Object.keys(it.targets);
      const yearly = keys.filter((k) => !QUARTER_KEY.test(k) && typeof (it.targets as Record<string, unknown>)[k] === 'number');
      if (yearly.length === 0 || keys.some((k) => QUARTER_KEY.test(k))) continue;
      ctx.report({
        path: [...m.path, 'targets'],
        at: 'key',
        message: `${label('measures', m)} is reported ${it.frequency} against a target for the year only (${yearly[0]}): the report cannot tell whether a quarter's figure is the quarter's own, the year to date or a snapshot`,
        hint: `add aggregation: cumulative (year to date), snapshot, average or rate, or each quarter's target (${yearly[0]} Q1: ...)`,
      });
    }
  },
};
export default rule;
