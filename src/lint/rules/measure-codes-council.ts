import { isObj, items } from '../access.js';
import type { PathSegment } from '../../load/yaml.js';
import { groupBy } from '../../util/group.js';
import type { PlanSummary, Rule } from '../rule.js';

interface MeasureRef {
  id: string;
  title: string;
  path: PathSegment[];
}

const rule: Rule = {
  meta: {
    id: 'measure-codes-council',
    description: "Where a council keeps a measure catalogue (measures in council.yaml), a measure code means one measure across all the council's plans: its name matches the catalogue and no two plans use one code for different measures.",
    severity: 'error',
    category: 'references',
    docs: {
      why: 'Corporate reports add up measures by code across services. One code with two meanings adds apples to pears.',
      bad: '# council.yaml: { id: EDU/003, title: KS2 Core Subject Indicator }\nmeasures:\n  - id: EDU/003\n    title: Attendance in primary schools',
      good: 'measures:\n  - id: EDU/003\n    title: KS2 Core Subject Indicator',
    },
  },
  project: {
    collect(ctx) {
      if (!ctx.council || !Array.isArray(ctx.council.measures) || ctx.council.measures.length === 0) return undefined;
      return items(ctx.plan, 'measures').flatMap((m) => (typeof m.item.id === 'string' && typeof m.item.title === 'string' ? [{ id: m.item.id, title: m.item.title, path: m.path }] : []));
    },
    check(plans: readonly PlanSummary<MeasureRef[]>[], report) {
      const byCouncil = groupBy(plans, (p) => (p.council ? [p.council] : []));
      const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '');
      for (const [council, list] of byCouncil) {
        const catalogue = new Map<string, string>();
        for (const m of (council as { measures: unknown[] }).measures) if (isObj(m) && typeof m.id === 'string' && typeof m.title === 'string') catalogue.set(m.id, m.title);
        const firstUse = new Map<string, { file: string; title: string }>();
        for (const p of list) {
          for (const m of p.summary) {
            const listed = catalogue.get(m.id);
            if (listed !== undefined && norm(listed) !== norm(m.title)) {
              report(p.file, { path: [...m.path, 'title'], message: `measure ${m.id} is '${listed}' in the council catalogue, but this plan calls it '${m.title}'` });
            }
            const prior = firstUse.get(m.id);
            if (prior && norm(prior.title) !== norm(m.title) && listed === undefined) {
              report(p.file, { path: [...m.path, 'id'], message: `measure code ${m.id} is used in ${prior.file} for '${prior.title}'; here it names '${m.title}'` });
            } else if (!prior) firstUse.set(m.id, { file: p.file, title: m.title });
          }
        }
      }
    },
  },
};
export default rule;
