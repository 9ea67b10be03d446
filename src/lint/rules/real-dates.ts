import type { PathSegment } from '../../load/yaml.js';
import { isError, parsePeriodValue, parsePlanPeriod } from '../../model/period.js';
import { mendDate } from '../../util/mend-date.js';
import { type Obj, isObj } from '../access.js';
import type { Rule } from '../rule.js';

const DATE_KEYS = new Set(['start', 'due', 'published', 'dated', 'review', 'assessed', 'date', 'reported', 'period']);
const PERIOD_MAPS = new Set(['targets', 'byYear', 'totals']);
const SHAPED = /^(\d{4}-\d{2}(-\d{2})?|\d{4}\/\d{2}( Q[1-4])?)$/;

type Check = (text: string, path: readonly PathSegment[], at: 'key' | 'value', what: string) => void;

/**
 * Every date under a date key and every year key of a period map, anywhere in node (the plan's own period is
 * checked apart). Its own walk rather than walkValues: it checks a period map's keys, not its values, and
 * never goes into the plan's own period.
 */
function walk(node: Obj | unknown[], path: PathSegment[], check: Check): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const v: unknown = node[i];
      if (v === null || typeof v !== 'object') continue;
      path.push(i);
      walk(v as Obj | unknown[], path, check);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (typeof v === 'string') {
      if (DATE_KEYS.has(key) && !(path.length === 0 && key === 'period')) {
        path.push(key);
        check(v, path, 'value', key);
        path.pop();
      }
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    path.push(key);
    if (PERIOD_MAPS.has(key) && isObj(v)) {
      for (const k of Object.keys(v)) {
        path.push(k);
        check(k, path, 'key', `${key} year`);
        path.pop();
      }
    } else if (!(path.length === 1 && key === 'period')) walk(v as Obj | unknown[], path, check);
    path.pop();
  }
}

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
      if (!SHAPED.test(text)) {
        // The schema reports shapes it does not allow; a date with one reading (31/10/2026, 2026-7) can be mended.
        const mended = at === 'value' ? mendDate(text) : undefined;
        if (mended !== undefined && !(what === 'period' && mended.length > 7)) ctx.offerFix({ path: [...path], value: mended });
        return;
      }
      const v = parsePeriodValue(text, ctx.fyStart);
      if (isError(v)) ctx.report({ path: [...path], at, message: `${what}: ${v.error}` });
    };
    walk(ctx.plan, [], check);
  },
};
export default rule;
