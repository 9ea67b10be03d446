/**
 * What changed in each version of a plan, as plan diff says it: the first version against nothing (every
 * item added), each later one against the one before. Ids are followed back across renames, so that a
 * change is counted against the item as it is called now.
 */
import { type Change, diffPlans } from '../analyses/diff/index.js';
import { type Config, matrixById } from '../config.js';
import type { Obj } from '../model/data.js';
import type { CommitRef, PlanVersion } from './types.js';

/**
 * The changes each version made, in version order (the first readable one's against an empty plan). A version
 * git holds but that cannot be read made none; the next readable one is compared with the last readable one.
 */
export function versionChanges(versions: readonly PlanVersion[], config: Config): Change[][] {
  const matrixOf = (data: Obj) => matrixById(config, typeof data.riskMatrix === 'string' ? data.riskMatrix : undefined);
  let before: Obj = {};
  return versions.map((v) => {
    if (v.problem) return [];
    const oldMatrix = matrixOf(before);
    const newMatrix = matrixOf(v.data);
    const changes = diffPlans(before, v.data, { fyStart: config.fiscalYearStart, plan: v.model.id ?? v.path, ...(oldMatrix ? { oldMatrix } : {}), ...(newMatrix ? { newMatrix } : {}) });
    before = v.data;
    return changes;
  });
}

export function commitOf(v: PlanVersion): CommitRef {
  return { commit: v.commit, short: v.short, date: v.date, day: v.day };
}

/**
 * For each version, a function from an item's id in that version to its id now (in the last version),
 * following renames plan diff found (section by section). Ids never renamed map to themselves.
 */
export function idsNow(changes: readonly Change[][]): ((section: string, id: string) => string)[] {
  const out: ((section: string, id: string) => string)[] = new Array(changes.length);
  let later = new Map<string, string>();
  for (let i = changes.length - 1; i >= 0; i--) {
    const map = later;
    out[i] = (section, id) => map.get(`${section}\0${id}`) ?? id;
    const before = new Map(map);
    for (const c of changes[i]!) {
      if (c.kind !== 'renamed' || typeof c.from !== 'string' || typeof c.to !== 'string') continue;
      before.set(`${c.section}\0${c.from}`, map.get(`${c.section}\0${c.to}`) ?? c.to);
    }
    later = before;
  }
  return out;
}
