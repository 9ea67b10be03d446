import { isPostToBeFilled } from '../../model/people.js';
import { didYouMeanAmong } from '../../util/suggest.js';
import { type Obj, type Value, isObj, items, label, perRegister, strings } from '../access.js';
import type { Rule } from '../rule.js';

/** The names and aliases of the register's people; undefined when it lists none (nothing to check against). */
function peopleNames(council: Obj): Set<string> | undefined {
  const people = Array.isArray(council.people) ? (council.people as unknown[]).filter(isObj) : [];
  if (people.length === 0) return undefined;
  const names = new Set<string>();
  for (const p of people) {
    if (typeof p.name === 'string') names.add(p.name);
    if (Array.isArray(p.aliases)) for (const a of p.aliases) if (typeof a === 'string') names.add(a);
  }
  return names;
}
const NAMES = new WeakMap<Obj, Set<string> | undefined>();
/** How a text joins several people's names: commas, semicolons, slashes, 'and', '&'. */
const TOGETHER = /\s*(?:[,;/&]|\band\b)\s*/;

const rule: Rule = {
  meta: {
    id: 'known-people',
    description: 'Owners, managers, leads and report authors are people (or posts) listed in the council register, so a misspelt name is caught.',
    severity: 'warning',
    category: 'references',
    docs: {
      why: "\"What is late, and whose is it?\" is answered by owner. A misspelt owner ('Alison Gillett' for 'Alison Gellett') splits one person's actions across two names in every report.",
      bad: 'owner: Alison Gillett',
      good: 'owner: Alison Gellett',
    },
  },
  checkPlan(ctx) {
    const names = ctx.council ? perRegister(ctx.council, NAMES, peopleNames) : undefined;
    if (!names) return;
    const check = (v: Value, what: string, subject: string) => {
      if (names.has(v.value)) return;
      if (v.value === 'tbc') {
        ctx.report({ path: v.path, message: `${subject} has no ${what} yet (tbc)`, severity: 'info' });
        return;
      }
      // A vacancy is not a misspelt name: like tbc, it is said as what it is, until the post is filled.
      if (isPostToBeFilled(v.value)) {
        ctx.report({ path: v.path, message: `${subject}: ${what} '${v.value}' is a post still to be filled, so no one is accountable for it yet`, severity: 'info', hint: 'name the person once the post is filled (and add them to people in council.yaml)' });
        return;
      }
      // 'Jo Bloggs, Alex Example' or 'Jo Bloggs and Alex Example': people the register knows, in one text.
      const people = v.value.split(TOGETHER);
      if (people.length > 1 && people.every((p) => names.has(p))) {
        const key = v.path[v.path.length - 1];
        const hint = typeof key === 'string' ? `give each their own place in a list: ${key}: [${people.join(', ')}]` : 'give each their own item in the list';
        ctx.report({ path: v.path, message: `${subject}: ${what} '${v.value}' names ${people.length} people in one text`, hint });
        return;
      }
      const hint = didYouMeanAmong(v.value, names);
      ctx.report({ path: v.path, message: `${subject}: ${what} '${v.value}' is not in the council register's people${hint}`, ...(hint ? {} : { hint: 'add them to people in council.yaml (with aliases for initials or post titles), or correct the name' }) });
    };
    const lists: [string, string[]][] = [
      ['actions', ['owner', 'managedBy']],
      ['measures', ['owner', 'managedBy']],
      ['risks', ['owner']],
      ['objectives', ['lead']],
      ['teams', ['lead']],
    ];
    for (const [list, keys] of lists) {
      for (const it of items(ctx.plan, list)) {
        for (const key of keys) for (const v of strings(it.item, key, it.path)) check(v, key === 'managedBy' ? 'manager' : key, label(list, it));
        if (list === 'actions') {
          for (const m of items(it.item, 'milestones', it.path)) for (const v of strings(m.item, 'owner', m.path)) check(v, 'owner', `${label(list, it)}, ${label('milestones', m)}`);
        }
      }
    }
    for (const it of items(ctx.plan, 'leadership')) {
      const r = it.item as Obj;
      for (const v of strings(r, 'name', it.path)) check(v, 'name', `leadership (${typeof r.role === 'string' ? r.role : 'role'})`);
    }
  },
};
export default rule;
