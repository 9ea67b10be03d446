import type { PathSegment } from '../../load/yaml.js';
import { isError, parsePeriodValue, parsePlanPeriod } from '../../model/period.js';
import { isObj } from '../access.js';
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
    // One path, extended and cut back as the walk goes: copied only for a finding.
    const path: PathSegment[] = [];
    const check = (text: string, at: 'key' | 'value', what: string) => {
      if (!SHAPED.test(text)) return; // the schema reports shapes it does not allow
      const v = parsePeriodValue(text, ctx.fyStart);
      if (isError(v)) ctx.report({ path: [...path], at, message: `${what}: ${v.error}` });
    };
    const walk = (node: unknown) => {
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          path.push(i);
          walk(node[i]);
          path.pop();
        }
        return;
      }
      if (!isObj(node)) return;
      const top = path.length === 0;
      for (const key of Object.keys(node)) {
        if (top && key === 'period') continue;
        const value = node[key];
        path.push(key);
        if (DATE_KEYS.has(key) && typeof value === 'string') check(value, 'value', key);
        else if (PERIOD_MAPS.has(key) && isObj(value)) {
          for (const k of Object.keys(value)) {
            path.push(k);
            check(k, 'key', `${key} year`);
            path.pop();
          }
        } else walk(value);
        path.pop();
      }
    };
    walk(ctx.plan);
  },
};
export default rule;
