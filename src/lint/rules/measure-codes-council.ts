import { isObj, items } from '../access.js';
import type { Rule } from '../rule.js';

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
  checkProject(plans) {
    const byCouncil = new Map<object, typeof plans[number][]>();
    for (const p of plans) {
      if (!p.council || !Array.isArray(p.council.measures) || p.council.measures.length === 0) continue;
      const list = byCouncil.get(p.council) ?? [];
      list.push(p);
      byCouncil.set(p.council, list);
    }
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '');
    for (const [council, list] of byCouncil) {
      const catalogue = new Map<string, string>();
      for (const m of (council as { measures: unknown[] }).measures) if (isObj(m) && typeof m.id === 'string' && typeof m.title === 'string') catalogue.set(m.id, m.title);
      const firstUse = new Map<string, { file: string; title: string }>();
      for (const p of list) {
        for (const m of items(p.plan, 'measures')) {
          const id = m.item.id;
          const title = m.item.title;
          if (typeof id !== 'string' || typeof title !== 'string') continue;
          const listed = catalogue.get(id);
          if (listed !== undefined && norm(listed) !== norm(title)) {
            p.report({ path: [...m.path, 'title'], message: `measure ${id} is '${listed}' in the council catalogue, but this plan calls it '${title}'` });
          }
          const prior = firstUse.get(id);
          if (prior && norm(prior.title) !== norm(title) && listed === undefined) {
            p.report({ path: [...m.path, 'id'], message: `measure code ${id} is used in ${prior.file} for '${prior.title}'; here it names '${title}'` });
          } else if (!prior) firstUse.set(id, { file: p.file, title });
        }
      }
    }
  },
};
export default rule;
