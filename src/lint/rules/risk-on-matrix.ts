import { matrixSize } from '../../model/matrix.js';
import { didYouMean } from '../../util/suggest.js';
import { isObj, items, label, num } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'risk-on-matrix',
    description: "Risk likelihood and impact (current, target, inherent and reassessments) lie on the plan's risk matrix, and the matrix the plan names exists.",
    severity: 'error',
    category: 'risks',
    docs: {
      why: 'A likelihood of 5 on a 4x4 matrix has no band and no label: the register cannot be scored or compared.',
      bad: 'riskMatrix: vale-4x4\nrisks:\n  - id: R1\n    likelihood: 5',
      good: 'riskMatrix: standard-5x5   # or keep vale-4x4 and score 1-4',
    },
  },
  checkPlan(ctx) {
    const risks = items(ctx.plan, 'risks');
    if (!ctx.matrix) {
      if (risks.length || typeof ctx.plan.riskMatrix === 'string') {
        const known = ctx.config.matrices.map((m) => m.id);
        ctx.report({ path: typeof ctx.plan.riskMatrix === 'string' ? ['riskMatrix'] : [], message: `risk matrix '${ctx.matrixId}' is not defined${didYouMean(ctx.matrixId, known)}`, hint: `use one of ${known.join(', ')}, or define it under matrices in plan.config.yaml` });
      }
      return;
    }
    const m = ctx.matrix;
    const size = matrixSize(m);
    const check = (value: unknown, path: readonly (string | number)[], subject: string, scale: 'likelihood' | 'impact') => {
      const v = num(value);
      const max = m[scale].length;
      if (v !== undefined && (v < 1 || v > max)) {
        ctx.report({ path, message: `${subject}: ${scale} ${v} is outside this plan's ${size} matrix (1-${max})`, hint: `score ${scale} from 1 (${m[scale][0]?.label}) to ${max} (${m[scale][max - 1]?.label}), or name a larger matrix in riskMatrix` });
      }
    };
    for (const r of risks) {
      const name = label('risks', r);
      for (const scale of ['likelihood', 'impact'] as const) {
        check(r.item[scale], [...r.path, scale], name, scale);
        for (const part of ['target', 'inherent'] as const) {
          const a = r.item[part];
          if (isObj(a)) check(a[scale], [...r.path, part, scale], `${name} (${part})`, scale);
        }
        for (const rev of items(r.item, 'reviews', r.path)) check(rev.item[scale], [...rev.path, scale], `${name} (reassessed ${String(rev.item.date)})`, scale);
      }
    }
  },
};
export default rule;
