/** Defensive reading of possibly malformed plan data, with the paths rules need for positions. */
import type { PathSegment } from '../load/yaml.js';

import { type Obj, isObj } from '../model/data.js';

export { type Obj, asList, isObj, num, str } from '../model/data.js';

export interface Item {
  item: Obj;
  index: number;
  path: readonly PathSegment[];
}

const NONE: readonly Item[] = [];
const ROOT: readonly PathSegment[] = [];

/** The objects in a list at key, with their paths. */
export function items(parent: unknown, key: string, base: readonly PathSegment[] = ROOT): readonly Item[] {
  if (!isObj(parent)) return NONE;
  const list = parent[key];
  if (!Array.isArray(list)) return NONE;
  const out: Item[] = [];
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (isObj(item)) out.push({ item, index, path: [...base, key, index] });
  }
  return out;
}

export interface Value {
  value: string;
  readonly path: PathSegment[];
}

const NO_STRINGS: readonly Value[] = [];

/** A one-or-many string field (IdList, People, TextList) as its strings, each with its own path. */
export function strings(parent: Obj, key: string, base: readonly PathSegment[]): readonly Value[] {
  const v = parent[key];
  if (typeof v === 'string') return [{ value: v, path: [...base, key] }];
  if (!Array.isArray(v)) return NO_STRINGS;
  const out: Value[] = [];
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i];
    if (typeof s === 'string') out.push({ value: s, path: [...base, key, i] });
  }
  return out;
}

const NAMES: Record<string, string> = { actions: 'action', measures: 'measure', risks: 'risk', objectives: 'objective', sections: 'section', milestones: 'milestone', teams: 'team' };

/** "action LS 1718 05", or "action #3" when it has no id. */
export function label(key: string, it: Item): string {
  const id = it.item.id;
  return `${NAMES[key] ?? key} ${typeof id === 'string' || typeof id === 'number' ? String(id) : `#${it.index + 1}`}`;
}

export interface WorkItem {
  it: Item;
  kind: 'action' | 'milestone';
  action: Item;
  name: string;
}

/** Every action and every milestone, with the action a milestone belongs to. */
export function workItems(plan: Obj): readonly WorkItem[] {
  const out: WorkItem[] = [];
  for (const a of items(plan, 'actions')) {
    const name = label('actions', a);
    out.push({ it: a, kind: 'action', action: a, name });
    for (const m of items(a.item, 'milestones', a.path)) out.push({ it: m, kind: 'milestone', action: a, name: `${name}, ${label('milestones', m)}` });
  }
  return out;
}

export interface UpdateHolder {
  it: Item;
  name: string;
}

/** Everything that can hold progress updates: every action and milestone, measure and objective. */
export function updateHolders(plan: Obj): readonly UpdateHolder[] {
  const out: UpdateHolder[] = [];
  for (const w of workItems(plan)) out.push({ it: w.it, name: w.name });
  for (const it of items(plan, 'measures')) out.push({ it, name: label('measures', it) });
  for (const it of items(plan, 'objectives')) out.push({ it, name: label('objectives', it) });
  return out;
}

/**
 * What a rule works out from the council register (its people's names, its priorities' ids), made once per
 * register rather than once per plan: every plan in a folder shares the one register beside it, loaded once
 * and never changed.
 */
export function perRegister<T>(council: Obj, memo: WeakMap<Obj, T>, make: (council: Obj) => T): T {
  if (memo.has(council)) return memo.get(council) as T;
  const derived = make(council);
  memo.set(council, derived);
  return derived;
}

/**
 * Visits every value inside node (not node itself), depth first in document order, with its path. The path
 * is one array, extended and cut back as the walk goes (a walk of a whole plan copies nothing): copy it to
 * keep it. visit returns true when it has dealt with a value, whose contents are then not walked.
 */
export function walkValues(node: unknown, visit: (value: unknown, path: PathSegment[]) => boolean | void, path: PathSegment[] = []): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      if (!visit(node[i], path)) walkValues(node[i], visit, path);
      path.pop();
    }
  } else if (isObj(node)) {
    for (const key of Object.keys(node)) {
      path.push(key);
      if (!visit(node[key], path)) walkValues(node[key], visit, path);
      path.pop();
    }
  }
}
