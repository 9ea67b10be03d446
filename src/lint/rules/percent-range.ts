import type { PathSegment } from '../../load/yaml.js';
import { isObj, items, label, num } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'percent-range',
    description: 'Percentages lie between 0 and 100, and an actual given with numerator and denominator agrees with them (to the nearest whole per cent).',
    severity: 'error',
    category: 'measures',
    docs: {
      why: "A target of 0.85 for a percentage measure means 0.85%, not 85%: the measure then shows green for ever. A value that disagrees with its own numerator and denominator means one of them was mistyped.",
      bad: 'unit: percent\ntargets:\n  2017/18: 0.85',
      good: 'unit: percent\ntargets:\n  2017/18: 85',
    },
  },
  checkPlan(ctx) {
    for (const m of items(ctx.plan, 'measures')) {
      const percent = m.item.unit === 'percent';
      const name = label('measures', m);
      const check = (v: unknown, path: PathSegment[], what: string) => {
        const n = num(v);
        if (percent && n !== undefined && (n < 0 || n > 100)) ctx.report({ path, message: `${name}: ${what} ${n} is not a percentage between 0 and 100` });
        else if (percent && n !== undefined && n > 0 && n < 1) ctx.report({ path, message: `${name}: ${what} ${n} looks like a fraction; percentages are written 85 for 85%`, severity: 'warning' });
      };
      if (isObj(m.item.targets)) for (const [k, v] of Object.entries(m.item.targets)) check(v, [...m.path, 'targets', k], `target for ${k}`);
      if (isObj(m.item.baseline)) check(m.item.baseline.value, [...m.path, 'baseline', 'value'], 'baseline');
      for (const a of items(m.item, 'actuals', m.path)) {
        check(a.item.value, [...a.path, 'value'], `actual for ${String(a.item.period)}`);
        const [n, d, v] = [num(a.item.numerator), num(a.item.denominator), num(a.item.value)];
        if (n !== undefined && d !== undefined && v !== undefined && d > 0) {
          if (n > d) ctx.report({ path: [...a.path, 'numerator'], message: `${name}: numerator ${n} is larger than denominator ${d}` });
          else if (percent && Math.abs((100 * n) / d - v) >= 1) ctx.report({ path: [...a.path, 'value'], message: `${name}: actual for ${String(a.item.period)} is ${v}, but ${n}/${d} is ${((100 * n) / d).toFixed(1)}%` });
        }
      }
    }
  },
};
export default rule;
