import { reviewRewrites } from '../../history/integrity.js';
import { type HistoryRule, commitText } from './rule.js';

const rule: HistoryRule = {
  meta: {
    id: 'history-reassessment-rewritten',
    description: "A risk's past reassessment changed or removed after its date (plan lint --history)",
    severity: 'warning',
    category: 'history',
    docs: {
      why: "A dated reassessment records what the council thought of a risk on that day. Rewritten later, the register no longer shows how the risk moved, and a risk that was high can be made to look as if it never was. A new reassessment, with today's date, says the same thing honestly.",
      bad: '# committed on 2018-01-15, changing the September review:\nreviews: [{ date: 2017-09-30, likelihood: 2, impact: 4 }]   # was likelihood 4',
      good: 'reviews:\n  - { date: 2017-09-30, likelihood: 4, impact: 4 }\n  - { date: 2018-01-15, likelihood: 2, impact: 4, note: New school agreed }',
    },
  },
  check({ versions, fyStart }) {
    return reviewRewrites(versions, fyStart).map((r) => ({
      commit: r,
      place: { section: 'risks', id: r.risk, ...(r.removed ? {} : { entry: ['reviews', r.reviewDate] as [string, string] }) },
      message: `risk ${r.risk}: the reassessment of ${r.reviewDate} was ${r.removed ? 'removed' : 'rewritten'} in ${commitText(r)}, after its date`,
      hint: "leave past reassessments as they were; add a new one: plan rescore ID --likelihood L --impact I --note '...'",
    }));
  },
};

export default rule;
