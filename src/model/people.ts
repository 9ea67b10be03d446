/**
 * People as the council register names them: an alias (initials, a post title) read as the person's name, and
 * a name written in other case or spacing read as the register writes it, so one person is never two.
 */
import { isObj } from './data.js';

/** A name or alias as compared: case and runs of spaces ignored. */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The register's name for each name and alias it lists (keyed by personKey); empty when the register lists no people. */
export function aliasesOf(council: unknown): Map<string, string> {
  const names = new Map<string, string>();
  const people = isObj(council) && Array.isArray(council.people) ? council.people.filter(isObj) : [];
  for (const p of people) if (typeof p.name === 'string' && !names.has(personKey(p.name))) names.set(personKey(p.name), p.name);
  for (const p of people) {
    if (typeof p.name !== 'string' || !Array.isArray(p.aliases)) continue;
    for (const a of p.aliases) if (typeof a === 'string' && !names.has(personKey(a))) names.set(personKey(a), p.name);
  }
  return names;
}

/** Names with each alias replaced by the name it stands for; a name given twice that way is kept once. */
export function resolvePeople(names: readonly string[], aliases: ReadonlyMap<string, string>): string[] {
  if (aliases.size === 0) return [...names];
  return [...new Set(names.map((n) => aliases.get(personKey(n)) ?? n))];
}

/** A post still to be filled, as plans write it: "Transfer Co-ordinator (to be appointed)", "..., vacant", "TBA". */
export function isPostToBeFilled(name: string): boolean {
  return /\bto be (appointed|recruited)\b|\bvacant\b|\bTBA\b/i.test(name);
}
