import { humanDay } from '../../model/dates.js';
import { isError, parsePeriodValue } from '../../model/period.js';
import { fmtValue } from '../../analyses/diff/values.js';
import { targetChanges } from '../../history/integrity.js';
import { type HistoryRule, commitText } from './rule.js';

const rule: HistoryRule = {
  meta: {
    id: 'history-target-changed-late',
    description: 'A target changed or removed after the period it applies to had ended (plan lint --history)',
    severity: 'warning',
    category: 'history',
    docs: {
      why: 'A target judges a period. Changed once that period has closed, it no longer judges it: the figure is measured against a target chosen knowing the result. Scrutiny committees and auditors ask exactly this, and git can answer it. The finding names the commit that made the change.',
      bad: '# committed on 2018-05-02, after 2017/18 ended:\ntargets: { 2017/18: 80 }   # was 85',
      good: '# the 2017/18 target stands; next year\'s is set before it starts\ntargets: { 2017/18: 85, 2018/19: 80 }',
    },
  },
  check({ versions, fyStart }) {
    return targetChanges(versions, fyStart)
      .filter((t) => t.afterClose)
      .map((t) => {
        const span = parsePeriodValue(t.period, fyStart);
        const ended = isError(span) ? '' : ` (it ended on ${humanDay(span.end - 1)})`;
        const how = t.direction === 'removed' ? `removed (was ${fmtValue(t.from)})` : `${t.direction} from ${fmtValue(t.from)} to ${fmtValue(t.to)}`;
        return {
          commit: t,
          place: { section: 'measures', id: t.measure, entry: ['targets', t.period] },
          message: `measure ${t.measure}: target for ${t.period} ${how} in ${commitText(t)}, after the period it applies to had ended${ended}`,
          hint: 'a closed period keeps the target it was set; set a new target for a period still to come',
        };
      });
  },
};

export default rule;
