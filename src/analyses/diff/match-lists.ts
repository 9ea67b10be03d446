/**
 * Pairing the items of two versions of a list: by key (actions, measures, risks, objectives, sections and
 * milestones by id; updates and reassessments by date; actuals by period), so that order is never a change;
 * then leftover items with the same content, or the same title, as renamed.
 */
import { humanDay } from '../../model/dates.js';
import { type Obj, isObj } from '../../model/data.js';
import { isError, parsePeriodValue } from '../../model/period.js';
import { keyText, normText, quote, same } from './values.js';

export interface ListSpec {
  /** the item's key, or undefined when it has none */
  key: (item: Obj) => string | undefined;
  /** what one item is called: action, milestone, update */
  noun: string;
  /** the key in words, for sub-items: "M1", "of 30 Jun 2017", "for 2017/18 Q1" */
  name?: (key: string) => string;
  /** the item's title, used to pair re-keyed items that were also edited */
  title?: (item: Obj) => string | undefined;
  /** the field holding the key, left out when comparing re-keyed items */
  keyField?: string;
}

export interface Matched {
  pairs: { key: string; a: Obj; b: Obj; index: number }[];
  added: { key: string; b: Obj; index: number }[];
  removed: { key: string; a: Obj; index: number }[];
  /** re-keyed items: same content (or the same title) under a new key */
  renamed: { from: string; to: string; a: Obj; b: Obj; index: number; exact: boolean }[];
}

/** Each item's key; a key seen before gets #2, #3..., an item without one its place (#1, #2...). */
function keysOf(list: readonly Obj[], spec: ListSpec): string[] {
  const seen = new Map<string, number>();
  return list.map((item, i) => {
    const k = spec.key(item) ?? `#${i + 1}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}

function without(o: Obj, key: string | undefined): Obj {
  if (!key) return o;
  const { [key]: _drop, ...rest } = o;
  return rest;
}

/** Pairs the items of two lists by key; leftover items with the same content, or the same title, are re-keyed. */
export function matchLists(oldList: readonly unknown[], newList: readonly unknown[], spec: ListSpec): Matched {
  const a = oldList.filter(isObj);
  const b = newList.filter(isObj);
  const ka = keysOf(a, spec);
  const kb = keysOf(b, spec);
  const out: Matched = { pairs: [], added: [], removed: [], renamed: [] };
  const byKey = new Map(ka.map((k, i) => [k, i]));
  const used = new Set<number>();
  const added: number[] = [];
  kb.forEach((k, j) => {
    const i = byKey.get(k);
    if (i === undefined) added.push(j);
    else {
      used.add(i);
      out.pairs.push({ key: k, a: a[i]!, b: b[j]!, index: j });
    }
  });
  const removed = ka.map((_, i) => i).filter((i) => !used.has(i));
  // A leftover old item and a leftover new one pair up when each is the other's only match.
  const pairUp = (test: (x: Obj, y: Obj) => boolean, exact: boolean) => {
    for (const i of [...removed]) {
      const hits = added.filter((j) => test(a[i]!, b[j]!));
      const back = hits.length === 1 ? removed.filter((i2) => test(a[i2]!, b[hits[0]!]!)) : [];
      if (hits.length !== 1 || back.length !== 1) continue;
      const j = hits[0]!;
      out.renamed.push({ from: ka[i]!, to: kb[j]!, a: a[i]!, b: b[j]!, index: j, exact });
      removed.splice(removed.indexOf(i), 1);
      added.splice(added.indexOf(j), 1);
    }
  };
  pairUp((x, y) => same(without(x, spec.keyField), without(y, spec.keyField)), true);
  const title = spec.title;
  if (title) {
    pairUp((x, y) => {
      const tx = title(x);
      return tx !== undefined && normText(tx) !== '' && normText(tx) === normText(title(y) ?? '');
    }, false);
  }
  out.added = added.map((j) => ({ key: kb[j]!, b: b[j]!, index: j }));
  out.removed = removed.map((i) => ({ key: ka[i]!, a: a[i]!, index: i }));
  out.renamed.sort((x, y) => x.index - y.index);
  return out;
}

const byId = (item: Obj) => keyText(item.id);

/** A date key in words (of 30 Jun 2017), or the key as given when it is no day. */
function dayName(key: string, fyStart: number): string {
  const p = parsePeriodValue(key.replace(/#\d+$/, ''), fyStart);
  return isError(p) || p.precision !== 'day' ? key : humanDay(p.start);
}

const AUTO_KEYS = ['id', 'name', 'role', 'group', 'activity', 'topic', 'date', 'period', 'title'];

/** A list the plan's schema gives no key: keyed by the first field every item has, distinct, if any. */
export function autoSpec(list: string, items: readonly unknown[] = []): ListSpec {
  const objs = items.filter(isObj);
  const keyField = AUTO_KEYS.find((k) => objs.length > 0 && objs.every((o) => keyText(o[k]) !== undefined) && new Set(objs.map((o) => keyText(o[k]))).size === objs.length);
  return { key: (o) => (keyField ? keyText(o[keyField]) : undefined), noun: list.replace(/s$/, ''), ...(keyField ? { keyField } : {}) };
}

/** The keyed lists inside an item (milestones, updates...): how their items pair up and are named. */
export function subSpec(list: string, fyStart: number): ListSpec {
  switch (list) {
    case 'milestones':
      return { key: byId, noun: 'milestone', title: (o) => keyText(o.title), keyField: 'id' };
    case 'updates':
      return { key: (o) => keyText(o.date), noun: 'update', name: (k) => `of ${dayName(k, fyStart)}`, keyField: 'date' };
    case 'reviews':
      return { key: (o) => keyText(o.date), noun: 'reassessment', name: (k) => `of ${dayName(k, fyStart)}`, keyField: 'date' };
    case 'actuals':
      return { key: (o) => keyText(o.period), noun: 'actual', name: (k) => `for ${k}`, keyField: 'period' };
    case 'schemes':
      return { key: (o) => keyText(o.name), noun: 'scheme', name: (k) => quote(k, 60) };
    default:
      return autoSpec(list);
  }
}

export interface SectionSpec extends ListSpec {
  /** the key in the plan */
  section: string;
}

const byIdSpec = (section: string, noun: string): SectionSpec => ({ section, noun, key: byId, title: (o) => keyText(o.title), keyField: 'id' });

/** The plan's lists, in the order a reader meets them. */
export const SECTIONS: SectionSpec[] = [
  byIdSpec('objectives', 'objective'),
  byIdSpec('sections', 'section'),
  byIdSpec('actions', 'action'),
  byIdSpec('measures', 'measure'),
  byIdSpec('risks', 'risk'),
  { section: 'teams', noun: 'team', key: (o) => keyText(o.id) ?? keyText(o.name), title: (o) => keyText(o.name) },
  { section: 'leadership', noun: 'role', key: (o) => keyText(o.role), keyField: 'role' },
  { section: 'budget', noun: 'budget line', key: (o) => [keyText(o.name), keyText(o.period)].filter(Boolean).join(' ') || undefined },
  { section: 'statistics', noun: 'statistic', key: (o) => keyText(o.id) ?? [keyText(o.name), keyText(o.period)].filter(Boolean).join(' '), title: (o) => keyText(o.name) },
  { section: 'monitoring', noun: 'monitoring group', key: (o) => keyText(o.group), keyField: 'group' },
  { section: 'consultation', noun: 'consultation activity', key: (o) => keyText(o.activity) },
  { section: 'partnerships', noun: 'partnership activity', key: (o) => keyText(o.activity) },
  { section: 'commitments', noun: 'commitment', key: (o) => keyText(o.topic), keyField: 'topic' },
];

const SECTION_NOUNS = new Map(SECTIONS.map((s) => [s.section, s.noun]));

/** What one item of a section is called: action, risk, budget line; plan for the plan's own fields. */
export function sectionNoun(section: string): string {
  return section === 'plan' ? 'plan' : SECTION_NOUNS.get(section) ?? section.replace(/s$/, '');
}
