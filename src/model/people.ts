/** People as the council register names them: an alias (initials, a post title) read as the person's name. */
import { isObj } from './data.js';

/** The name each alias in a council register stands for; empty when the register lists no people. */
export function aliasesOf(council: unknown): Map<string, string> {
  const names = new Map<string, string>();
  const people = isObj(council) && Array.isArray(council.people) ? council.people.filter(isObj) : [];
  for (const p of people) {
    if (typeof p.name !== 'string' || !Array.isArray(p.aliases)) continue;
    for (const a of p.aliases) if (typeof a === 'string' && !names.has(a)) names.set(a, p.name);
  }
  return names;
}

/** Names with each alias replaced by the name it stands for; a name given twice that way is kept once. */
export function resolvePeople(names: readonly string[], aliases: ReadonlyMap<string, string>): string[] {
  if (aliases.size === 0) return [...names];
  return [...new Set(names.map((n) => aliases.get(n) ?? n))];
}
