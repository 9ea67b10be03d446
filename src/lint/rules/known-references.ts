import { didYouMean } from '../../util/suggest.js';
import { type Item, items, label, strings } from '../access.js';
import type { Rule } from '../rule.js';

/** which key of which list refers to which list */
const LINKS: { from: string; key: string; to: string; what: string }[] = [
  { from: 'actions', key: 'measures', to: 'measures', what: 'measure' },
  { from: 'actions', key: 'objective', to: 'objectives', what: 'objective' },
  { from: 'actions', key: 'section', to: 'sections', what: 'section' },
  { from: 'actions', key: 'risks', to: 'risks', what: 'risk' },
  { from: 'risks', key: 'actions', to: 'actions', what: 'action' },
  { from: 'measures', key: 'parent', to: 'measures', what: 'measure' },
  { from: 'measures', key: 'objective', to: 'objectives', what: 'objective' },
  { from: 'objectives', key: 'measures', to: 'measures', what: 'measure' },
  { from: 'objectives', key: 'parent', to: 'objectives', what: 'objective' },
  { from: 'commitments', key: 'actions', to: 'actions', what: 'action' },
];

const rule: Rule = {
  meta: {
    id: 'known-references',
    description: 'Links inside a plan resolve: linked measures, objectives, sections, risks, actions and parents exist in the plan.',
    severity: 'error',
    category: 'references',
    docs: {
      why: 'A link to a measure or objective that does not exist silently drops the action from every report that follows the link.',
      bad: 'actions:\n  - id: A1\n    measures: DP PI 7   # the measure is DP PI 07',
      good: 'actions:\n  - id: A1\n    measures: DP PI 07',
    },
  },
  checkPlan(ctx) {
    const ids = new Map<string, Set<string>>();
    const idsOf = (list: string) => {
      let s: Set<string> | undefined = ids.get(list);
      if (!s) {
        s = new Set();
        for (const it of items(ctx.plan, list)) if (typeof it.item.id === 'string') s.add(it.item.id);
        ids.set(list, s);
      }
      return s;
    };
    for (const link of LINKS) {
      for (const it of items(ctx.plan, link.from) as Item[]) {
        for (const ref of strings(it.item, link.key, it.path)) {
          if (link.key === 'objective' && ref.value === 'tbc') continue;
          const known = idsOf(link.to);
          if (!known.has(ref.value)) {
            const subject = link.from === 'commitments' ? `commitment ${it.index + 1}` : label(link.from, it);
            const none = known.size === 0 ? ` (the plan has no ${link.to})` : didYouMean(ref.value, known);
            ctx.report({ path: ref.path, message: `${subject} links to ${link.what} '${ref.value}', which is not in this plan${none}` });
          }
        }
      }
    }
  },
};
export default rule;
