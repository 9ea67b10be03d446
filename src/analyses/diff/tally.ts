/** How many changes of each kind, and that in words for a footer. */
import type { Change } from './types.js';
import { plural } from './values.js';

export interface Tally {
  total: number;
  added: number;
  removed: number;
  changed: number;
  renamed: number;
}

export function tally(changes: readonly Change[]): Tally {
  const t: Tally = { total: changes.length, added: 0, removed: 0, changed: 0, renamed: 0 };
  for (const c of changes) t[c.kind]++;
  return t;
}

export function tallyText(t: Tally): string {
  if (!t.total) return 'no semantic changes';
  const parts = (['added', 'removed', 'changed', 'renamed'] as const).filter((k) => t[k]).map((k) => `${t[k]} ${k}`);
  return `${plural(t.total, 'change')}: ${parts.join(', ')}`;
}
