/** Defensive reading of possibly malformed plan data, with the paths rules need for positions. */
import type { PathSegment } from '../load/yaml.js';

export type Obj = Record<string, unknown>;

export function isObj(x: unknown): x is Obj {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

export interface Item {
  item: Obj;
  index: number;
  path: PathSegment[];
}

/** The objects in a list at key, with their paths. */
export function items(parent: unknown, key: string, base: readonly PathSegment[] = []): Item[] {
  if (!isObj(parent)) return [];
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  const out: Item[] = [];
  list.forEach((item, index) => isObj(item) && out.push({ item, index, path: [...base, key, index] }));
  return out;
}

export interface Value {
  value: string;
  path: PathSegment[];
}

/** A one-or-many string field (IdList, People, TextList) as its strings, each with its own path. */
export function strings(parent: Obj, key: string, base: readonly PathSegment[]): Value[] {
  const v = parent[key];
  if (typeof v === 'string') return [{ value: v, path: [...base, key] }];
  if (Array.isArray(v)) return v.flatMap((s, i) => (typeof s === 'string' ? [{ value: s, path: [...base, key, i] }] : []));
  return [];
}

/** A one-or-many string field (owners, codes) as a plain list of its strings. */
export function asList(v: unknown): string[] {
  return typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

export function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

const NAMES: Record<string, string> = { actions: 'action', measures: 'measure', risks: 'risk', objectives: 'objective', sections: 'section', milestones: 'milestone', teams: 'team' };

/** "action LS 1718 05", or "action #3" when it has no id. */
export function label(key: string, it: Item): string {
  const id = it.item.id;
  return `${NAMES[key] ?? key} ${typeof id === 'string' || typeof id === 'number' ? String(id) : `#${it.index + 1}`}`;
}

/** Every action and every milestone, with the action a milestone belongs to. */
export function workItems(plan: Obj): { it: Item; kind: 'action' | 'milestone'; action: Item; name: string }[] {
  const out: { it: Item; kind: 'action' | 'milestone'; action: Item; name: string }[] = [];
  for (const a of items(plan, 'actions')) {
    out.push({ it: a, kind: 'action', action: a, name: label('actions', a) });
    for (const m of items(a.item, 'milestones', a.path)) out.push({ it: m, kind: 'milestone', action: a, name: `${label('actions', a)}, ${label('milestones', m)}` });
  }
  return out;
}
