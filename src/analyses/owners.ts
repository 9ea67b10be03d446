/**
 * --owner, as every command reads it: a person's whole name, a register alias of theirs, or a part of the name
 * that only one person has ("Tom" for Tom Ellery), case ignored. Anything else is an error that says who was
 * meant ("did you mean") or which people a part matches, so a typo never reads as "nothing is overdue".
 */
import { personKey } from '../model/people.js';
import type { Plan } from '../model/plan.js';
import { closest } from '../util/suggest.js';

export type OwnerMatch = { name: string } | { error: string };

/** The one name among names that query means; aliases are the register's (personKey of name or alias to name). */
export function matchOwner(query: string, names: Iterable<string>, aliases: ReadonlyMap<string, string> = new Map()): OwnerMatch {
  const known = [...new Set(names)].sort();
  const key = personKey(query);
  const exact = known.find((n) => personKey(n) === key);
  if (exact) return { name: exact };
  const aliased = aliases.get(key);
  if (aliased) return { name: aliased };
  const words = key.split(' ');
  const partial = known.filter((n) => {
    const own = personKey(n).split(' ');
    return words.every((w) => own.some((o) => o.startsWith(w)));
  });
  if (partial.length === 1) return { name: partial[0]! };
  if (partial.length > 1) return { error: `--owner '${query}' could be any of ${partial.join(', ')}: give more of the name` };
  const near = closest(query, [...known, ...aliases.values()]);
  return { error: `no one named '${query}' owns anything here${near ? `; did you mean '${near}'?` : ''}` };
}

/** Everyone named as an owner, lead or manager in the plans (aliases already read as names), and the plans' registers' aliases. */
export function peopleIn(plans: Iterable<Plan>): { names: string[]; aliases: Map<string, string> } {
  const names = new Set<string>();
  const aliases = new Map<string, string>();
  for (const p of plans) {
    for (const [k, v] of p.people) if (!aliases.has(k)) aliases.set(k, v);
    const add = (list: readonly string[]) => list.forEach((n) => names.add(n));
    p.objectives.forEach((o) => add(o.lead));
    p.actions.forEach((a) => (add(a.owner), add(a.managedBy), a.milestones.forEach((m) => add(m.owner))));
    p.measures.forEach((m) => (add(m.owner), add(m.managedBy)));
    p.risks.forEach((r) => add(r.owner));
  }
  return { names: [...names], aliases };
}

/** matchOwner among everyone the plans name. */
export function matchOwnerIn(query: string, plans: Iterable<Plan>): OwnerMatch {
  const { names, aliases } = peopleIn(plans);
  return matchOwner(query, names, aliases);
}

export const OWNER_HINT = 'give a whole name, an alias from the council register, or a part of a name only one person has';
