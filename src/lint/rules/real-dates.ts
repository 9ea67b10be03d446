import type { PathSegment } from '../../load/yaml.js';
import { isError, parsePeriodValue, parsePlanPeriod } from '../../model/period.js';
import { isObj, walkValues } from '../access.js';
import type { Rule } from '../rule.js';

const DATE_KEYS = new Set(['start', 'due', 'published', 'dated', 'review', 'assessed', 'date', 'reported', 'period']);
const PERIOD_MAPS = new Set(['targets', 'byYear', 'totals']);
const SHAPED = /^(\d{4}-\d{2}(-\d{2})?|\d{4}\/\d{2}( Q[1-4])?)$/;

const rule: Rule = {
  meta: {
    id: 'real-dates',
    description: 'Dates are real calendar dates (no 30 February) and fiscal years run on (2017/18, not 2017/19).',
    severity: 'error',
    category: 'dates',
    docs: {
      why: 'A date that looks right but does not exist (2018-02-30) passes a glance and then breaks every overdue list and report that uses it.',
      bad: 'due: 2018-02-30',
      good: 'due: 2018-02-28',
    },
  },
  checkPlan(ctx) {
    const period = ctx.plan.period;
    if (period !== undefined) {
      const p = parsePlanPeriod(period, ctx.fyStart);
      if (isError(p)) ctx.report({ path: ['period'], message: `period: ${p.error}` });
    }
    const check = (text: string, path: readonly PathSegment[], at: 'key' | 'value', what: string) => {
      if (!SHAPED.test(text)) return; // the schema reports shapes it does not allow
      const v = parsePeriodValue(text, ctx.fyStart);
      if (isError(v)) ctx.report({ path: [...path], at, message: `${what}: ${v.error}` });
    };
    walkValues(ctx.plan, (value, path) => {
      const key = path[path.length - 1]!;
      if (path.length === 1 && key === 'period') return true; // checked above
      if (typeof key !== 'string') return false;
      if (DATE_KEYS.has(key) && typeof value === 'string') {
        check(value, path, 'value', key);
        return true;
      }
      if (PERIOD_MAPS.has(key) && isObj(value)) {
        for (const k of Object.keys(value)) {
          path.push(k);
          check(k, path, 'key', `${key} year`);
          path.pop();
        }
        return true;
      }
      return false;
    });
  },
};
export default rule;
