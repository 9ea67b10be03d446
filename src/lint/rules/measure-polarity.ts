import { isObj, items, label } from '../access.js';
import type { Rule } from '../rule.js';

/** A range target ({ min, max }) says what is on target without a direction. */
const isRange = (t: unknown) => isObj(t) && typeof t.min === 'number' && typeof t.max === 'number';

/** Data-only measures get no RAG, and a measure whose every target is a range needs no direction to be judged. */
function needsPolarity(m: Record<string, unknown>): boolean {
  if (m.dataOnly === true) return false;
  const targets = isObj(m.targets) ? Object.values(m.targets) : [];
  return !(targets.length > 0 && targets.every(isRange));
}

const rule: Rule = {
  meta: {
    id: 'measure-polarity',
    description: 'Every measure says whether higher or lower is better (polarity), so direction of travel and RAG can be judged.',
    severity: 'warning',
    category: 'measures',
    docs: {
      why: 'Without polarity a report cannot say whether a rise from 6.7 to 7.9 sickness days is better or worse.',
      bad: '- id: RS/M009\n  title: Days lost to sickness absence',
      good: '- id: RS/M009\n  title: Days lost to sickness absence\n  polarity: lower',
    },
  },
  checkPlan(ctx) {
    for (const m of items(ctx.plan, 'measures')) {
      if (m.item.polarity === undefined && needsPolarity(m.item)) ctx.report({ path: [...m.path, 'id'], message: `${label('measures', m)} does not say whether higher or lower is better`, hint: 'add polarity: higher, lower or neutral' });
    }
  },
};
export default rule;
