import { backdatedUpdates } from '../../history/integrity.js';
import { type HistoryRule, commitText } from './rule.js';

const rule: HistoryRule = {
  meta: {
    id: 'history-update-backdated',
    description: "A progress update dated before the commit that added it by more than the council's allowance (plan lint --history)",
    severity: 'warning',
    category: 'history',
    docs: {
      why: "A quarter's updates are often committed a few weeks after the date they report at, and history.updateAllowanceDays in plan.config.yaml says how many days are normal (30 unless set). An update added months after its date may be a report written after the event to fill a gap. The plan's first version in git is not judged: a transcription brings its past with it.",
      bad: '# committed on 2018-02-01:\nupdates: [{ date: 2017-09-30, status: on-track }]',
      good: '# committed on 2017-10-12:\nupdates: [{ date: 2017-09-30, status: on-track }]',
    },
  },
  check({ versions, allowanceDays, fyStart }) {
    return backdatedUpdates(versions, allowanceDays, fyStart).map((u) => {
      const [id, milestone] = splitItem(u.item);
      return {
        commit: u,
        place: { section: 'actions', id, ...(milestone === undefined ? {} : { milestone }), entry: ['updates', u.updateDate] },
        message: `${milestone === undefined ? 'action' : 'milestone'} ${u.item}: update dated ${u.updateDate} was added in ${commitText(u)}, ${u.daysBefore} days later (the allowance is ${allowanceDays})`,
        hint: 'date an update the day it is written; if the allowance is too short for the council, set history.updateAllowanceDays in plan.config.yaml',
      };
    });
  },
};

/** ACTION/MILESTONE into its two ids (an action id may itself hold no '/'). */
function splitItem(item: string): [string, string | undefined] {
  const i = item.lastIndexOf('/');
  return i === -1 ? [item, undefined] : [item.slice(0, i), item.slice(i + 1)];
}

export default rule;
