import { type Frequency, isFrequency, precisionsFor } from '../../analyses/performance/due.js';
import { fiscalYearLabel, isError, parsePeriodValue, quarterContaining } from '../../model/period.js';
import { items, label, str } from '../access.js';
import type { Rule } from '../rule.js';

const PERIOD_WORD: Record<string, string> = { day: 'a day', month: 'a month', quarter: 'a quarter', 'fiscal-year': 'a year' };
const EXPECTED: Partial<Record<Frequency, (year: string) => string>> = {
  monthly: () => 'a month',
  quarterly: () => 'a quarter (or the month or day it ends)',
  annual: (year) => `the year (${year}), or the month or day of an annual snapshot`,
};

const rule: Rule = {
  meta: {
    id: 'actual-fits-frequency',
    description: "An actual is for a period the measure's frequency has: a year (or a snapshot's month or day) for an annual measure, a quarter (or its last month) for a quarterly one, a month for a monthly one.",
    severity: 'warning',
    category: 'measures',
    docs: {
      why: "The report reads the figure for the quarter it covers. An annual measure's figure written for a quarter would be rated as that quarter's; a quarterly measure's figure written for the whole year would be read as Q4's. Either way the judgement would be a guess.",
      bad: 'measures:\n  - id: KS2\n    frequency: annual\n    actuals:\n      - { period: 2017/18 Q4, value: 62 }',
      good: 'measures:\n  - id: KS2\n    frequency: annual\n    actuals:\n      - { period: 2017/18, value: 62 }',
    },
  },
  checkPlan(ctx) {
    for (const m of items(ctx.plan, 'measures')) {
      const frequency = str(m.item.frequency);
      if (!isFrequency(frequency) || EXPECTED[frequency] === undefined) continue;
      const allowed = precisionsFor(frequency);
      for (const a of items(m.item, 'actuals', m.path)) {
        const period = str(a.item.period);
        if (period === undefined) continue;
        const v = parsePeriodValue(period, ctx.fyStart);
        if (isError(v) || allowed.includes(v.precision)) continue;
        ctx.report({ path: [...a.path, 'period'], message: `${label('measures', m)} is ${frequency}, but this actual is for ${PERIOD_WORD[v.precision] ?? period} (${period})`, hint: `give the figure for ${EXPECTED[frequency]!(fiscalYearLabel(quarterContaining(v.start, ctx.fyStart).year))}, or correct the measure's frequency` });
      }
    }
  },
};
export default rule;
