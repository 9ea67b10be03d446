import { fmtValue } from '../../analyses/diff/values.js';
import { restatements } from '../../history/integrity.js';
import { type HistoryRule, commitText } from './rule.js';

const rule: HistoryRule = {
  meta: {
    id: 'history-actual-restated-silently',
    description: 'An actual restated without a note saying why (plan lint --history)',
    severity: 'warning',
    category: 'history',
    docs: {
      why: 'Figures are restated for good reasons (late data, a corrected return), but a figure that changes with nothing said about it cannot be told from one edited to look better. plan actual --replace keeps the old figure under restated: and --note says why.',
      bad: '# the commit changed 83 to 86 and said nothing\nactuals: [{ period: 2017/18 Q1, value: 86 }]',
      good: 'actuals:\n  - period: 2017/18 Q1\n    value: 86\n    note: validated return\n    restated: [{ value: 83, date: 2017-08-10, note: provisional }]',
    },
  },
  check({ versions }) {
    return restatements(versions)
      .filter((r) => !r.noted)
      .map((r) => ({
        commit: r,
        place: { section: 'measures', id: r.measure, entry: ['actuals', r.period] },
        message: `measure ${r.measure}: actual for ${r.period} restated from ${fmtValue(r.from)} to ${fmtValue(r.to)} in ${commitText(r)} without a note`,
        hint: "say why: plan actual ID PERIOD VALUE --replace --note '...' keeps the old figure and the reason",
      }));
  },
};

export default rule;
