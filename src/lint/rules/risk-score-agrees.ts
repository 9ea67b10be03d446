import { bandFor, onMatrix } from '../../model/matrix.js';
import { didYouMean } from '../../util/suggest.js';
import { isObj, items, label, num, str } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'risk-score-agrees',
    description: "A stored risk score equals likelihood x impact, and a stored band is the one the plan's matrix gives for that cell.",
    severity: 'error',
    category: 'risks',
    docs: {
      why: 'Scores are often typed by hand beside the likelihood and impact. When one is changed and the other is not, committee sees a score that does not match its own register.',
      bad: 'likelihood: 3\nimpact: 4\nscore: 9',
      good: 'likelihood: 3\nimpact: 4\nscore: 12',
    },
  },
  checkPlan(ctx) {
    for (const r of items(ctx.plan, 'risks')) {
      const parts: [Record<string, unknown>, readonly (string | number)[], string][] = [[r.item, r.path, label('risks', r)]];
      for (const p of ['target', 'inherent'] as const) if (isObj(r.item[p])) parts.push([r.item[p] as Record<string, unknown>, [...r.path, p], `${label('risks', r)} (${p})`]);
      for (const [a, path, name] of parts) {
        const l = num(a.likelihood);
        const i = num(a.impact);
        // Off the matrix, risk-on-matrix says what is wrong; a score made from that cell would only repeat it.
        if (l === undefined || i === undefined || (ctx.matrix && !onMatrix(ctx.matrix, l, i))) continue;
        const score = num(a.score);
        if (score !== undefined && score !== l * i) {
          const fix = Number.isInteger(l * i) && l * i >= 1 && l * i <= 36 ? { fix: { path: [...path, 'score'], value: l * i } } : {};
          ctx.report({ path: [...path, 'score'], message: `${name}: score ${score} does not equal likelihood ${l} x impact ${i} = ${l * i}`, ...fix });
        }
        const band = str(a.band);
        if (band !== undefined && ctx.matrix && onMatrix(ctx.matrix, l, i)) {
          const expected = bandFor(ctx.matrix, l, i);
          const matches = expected && [expected.id, expected.label].some((b) => b.toLowerCase() === band.toLowerCase());
          if (!matches) {
            const known = ctx.matrix.bands.map((b) => b.id);
            const unknown = !ctx.matrix.bands.some((b) => [b.id, b.label].some((x) => x.toLowerCase() === band.toLowerCase()));
            ctx.report({ path: [...path, 'band'], message: unknown ? `${name}: band '${band}' is not a band of the ${ctx.matrix.id} matrix${didYouMean(band, known)}` : `${name}: band '${band}' does not match the matrix, which puts ${l} x ${i} in '${expected?.id ?? 'no band'}'` });
          }
        }
      }
    }
  },
};
export default rule;
