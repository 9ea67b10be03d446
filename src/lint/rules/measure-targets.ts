import { fiscalYearsIn } from '../../model/period.js';
import { isObj, items, label } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'measure-targets',
    description: "Measures with a polarity have a target for each of the plan's years (tbc counts as an answer). Context measures (polarity neutral, or dataOnly) are exempt.",
    severity: 'warning',
    category: 'measures',
    docs: {
      why: 'A measure with no target cannot be rated red, amber or green, so it is silently absent from the performance section of the quarterly report.',
      bad: 'period: 2017/18\nmeasures:\n  - id: DP PI 07\n    polarity: higher',
      good: 'period: 2017/18\nmeasures:\n  - id: DP PI 07\n    polarity: higher\n    targets:\n      2017/18: 85',
    },
  },
  checkPlan(ctx) {
    if (!ctx.period) return;
    const years = fiscalYearsIn(ctx.period, ctx.fyStart);
    for (const m of items(ctx.plan, 'measures')) {
      if (m.item.polarity === 'neutral' || m.item.dataOnly === true || m.item.parent !== undefined) continue;
      const targets = isObj(m.item.targets) ? m.item.targets : {};
      const missing = years.filter((y) => !(y in targets));
      if (missing.length === years.length) {
        ctx.report({ path: [...m.path, 'id'], message: `${label('measures', m)} has no target for ${years.length === 1 ? years[0] : `any of ${years[0]} to ${years[years.length - 1]}`}`, hint: `add targets: { ${years[0]}: 85 }, or tbc while a target is being agreed` });
      } else if (missing.length) {
        ctx.report({ path: [...m.path, 'targets'], message: `${label('measures', m)} has no target for ${missing.join(', ')}`, severity: 'info' });
      }
    }
  },
};
export default rule;
