/**
 * Semantic diff of two versions of a plan, pure: what was added, removed, changed or renamed, in the plan's
 * own words. Keyed lists are matched by key (actions, measures, risks, objectives, sections and milestones by
 * id; updates and reassessments by date; actuals by period; targets by year), so order, formatting, comments
 * and quoting are never changes. Dates are compared as the model reads them (a month is due at its end), risk
 * scores on the plan's matrix, targets and actuals against the measure's polarity. No I/O.
 */
import { asList } from '../lint/access.js';
import { type Score, scoreOf } from './risks.js';
import { humanDay } from '../model/dates.js';
import { type Band, type Matrix, bandRank } from '../model/matrix.js';
import { DEFAULT_FY_START, isError, parsePeriodValue, parsePlanPeriod } from '../model/period.js';
import { type Due, resolveDue } from '../model/timeframe.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed';

/** One run of a word diff: unchanged words, deleted, inserted, or a gap where unchanged words were left out. */
export interface WordPart {
  op: 'same' | 'del' | 'ins' | 'gap';
  text: string;
}

/** What changed in one field (or sub-item) of an item, without naming the item. */
export interface FieldChange {
  /** dotted path, keyed sub-items in brackets: due, targets[2017/18], milestones[M1].due */
  field: string;
  from?: Json;
  to?: Json;
  /** the change in words, without its subject: "due date slipped by 91 days, from 31 Mar 2018 to 30 Jun 2018" */
  what: string;
  /** for dates: the signed shift in days (positive is later) */
  days?: number;
  direction?: string;
  judgement?: 'better' | 'worse';
  bands?: { from?: string; to?: string; steps?: number };
  words?: WordPart[];
  /** for a word diff: the field in words, which what begins with */
  label?: string;
}

export interface Change extends Partial<FieldChange> {
  /** the plan's id (new version, else old) */
  plan: string;
  file?: string;
  /** the plan's top-level key the item lives in (actions, measures, risks...), or plan for the plan itself */
  section: string;
  /** the item's key: an id, or for a list without ids its name, role, group... */
  id: string;
  /** the item's title or name, for context */
  title?: string;
  kind: ChangeKind;
  what: string;
  /** the change as a sentence that stands alone */
  summary: string;
}

export interface DiffOptions {
  /** shown as the plan when the data has no id */
  plan?: string;
  file?: string;
  fyStart?: number;
  /** the matrices each version scores its risks on */
  oldMatrix?: Matrix;
  newMatrix?: Matrix;
  /** compare every section and item, also those identical on both sides (the tests hold the quick way to it) */
  thorough?: boolean;
}

type Obj = Record<string, unknown>;

interface Ctx {
  fyStart: number;
  thorough?: boolean;
  oldMatrix?: Matrix;
  newMatrix?: Matrix;
  polarity?: string;
  unit?: string;
}

/** Where a field sits: its dotted path and its name in words. */
interface At {
  field: string;
  label: string;
}

// ---------------------------------------------------------------------------------------------- values

function isObj(x: unknown): x is Obj {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

export function toJson(v: unknown): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v)) return v.map(toJson);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return String(v);
}

function optJson(v: unknown): { from?: Json } {
  return v === undefined ? {} : { from: toJson(v) };
}

function optTo(v: unknown): { to?: Json } {
  return v === undefined ? {} : { to: toJson(v) };
}

// Whitespace that normText changes: at either end, two in a row, or any but a plain space.
const UNEVEN_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** Whitespace runs as one space, ends trimmed: reflowing a folded block is not a change. */
export function normText(s: string): string {
  // Most text (every title of a change) is already so: tested, not rebuilt.
  return UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return normText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'null';
  return undefined;
}

/**
 * The same data exactly: equal scalars (===), the same keys with identical values, lists item for item. Key
 * order aside, nothing a diff could tell apart; it is how a section or item that did not change at all is
 * passed over unread (a quarterly report compares every plan with last quarter's, and most of a plan stays
 * as it was).
 */
export function identical(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !identical(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Obj;
  const y = b as Obj;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) if (!Object.hasOwn(y, k) || (x[k] !== y[k] && !identical(x[k], y[k]))) return false;
  return true;
}

/** Equality by meaning of the data: key order, whitespace and quoting (7 and '7') do not count. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const sa = scalarText(a);
  const sb = scalarText(b);
  if (sa !== undefined || sb !== undefined) return sa === sb && (a === null) === (b === null);
  // Loops, not every() over filtered key lists: a diff compares every unchanged item this way, and the lists
  // were a quarter of its time (2,000-action plans). Equal values, most of them, are passed over without a call.
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !same(a[i], b[i])) return false;
    return true;
  }
  if (isObj(a) && isObj(b)) {
    let na = 0;
    for (const k of Object.keys(a)) {
      const x = a[k];
      if (x === undefined) continue;
      if (x !== b[k] && !same(x, b[k])) return false;
      na++;
    }
    let nb = 0;
    for (const k of Object.keys(b)) if (b[k] !== undefined) nb++;
    return na === nb;
  }
  return false;
}

function quote(s: string, max = 100): string {
  const t = normText(s);
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fmtNumber(v: number, unit: string | undefined): string {
  return unit === 'percent' ? `${v}%` : unit === 'currency' ? `£${v.toLocaleString('en-GB')}` : String(v);
}

function fmtValue(v: unknown, unit?: string): string {
  if (typeof v === 'number') return fmtNumber(v, unit);
  if (typeof v === 'string') return normText(v);
  if (v === null) return 'not available';
  if (Array.isArray(v)) return v.map((x) => fmtValue(x)).join(', ');
  return JSON.stringify(v) ?? '';
}

function join(at: At, key: string, label: string): At {
  return { field: at.field ? `${at.field}.${key}` : key, label: at.label ? `${at.label} ${label}` : label };
}

function keyed(at: At, list: string, key: string, label: string): At {
  return { field: at.field ? `${at.field}.${list}[${key}]` : `${list}[${key}]`, label: at.label ? `${at.label} ${label}` : label };
}

// ------------------------------------------------------------------------------------------ word diff

export interface WordDiffOptions {
  /** unchanged words kept either side of a change */
  context?: number;
  /** the longest a deleted or inserted run is shown */
  maxRun?: number;
  /** above this many comparisons the middle is shown as one replacement */
  maxCells?: number;
}

function words(s: string): string[] {
  return normText(s).split(' ').filter(Boolean);
}

function lcsOps(a: readonly string[], b: readonly string[]): WordPart[] {
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i]!;
    const next = table[i + 1]!;
    for (let j = m - 1; j >= 0; j--) row[j] = a[i] === b[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
  }
  const out: WordPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ op: 'same', text: a[i++]! });
      j++;
    } else if (j < m && (i >= n || table[i]![j + 1]! >= table[i + 1]![j]!)) out.push({ op: 'ins', text: b[j++]! });
    else out.push({ op: 'del', text: a[i++]! });
  }
  return out;
}

function mergeRuns(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  // within a changed stretch, show all deletions before all insertions
  let del: string[] = [];
  let ins: string[] = [];
  const flush = () => {
    if (del.length) out.push({ op: 'del', text: del.join(' ') });
    if (ins.length) out.push({ op: 'ins', text: ins.join(' ') });
    del = [];
    ins = [];
  };
  for (const p of parts) {
    if (p.op === 'del') del.push(p.text);
    else if (p.op === 'ins') ins.push(p.text);
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'same') last.text += ` ${p.text}`;
      else out.push({ ...p });
    }
  }
  flush();
  return out;
}

function trimRun(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function collapse(parts: readonly WordPart[], context: number, maxRun: number): WordPart[] {
  const out: WordPart[] = [];
  parts.forEach((p, i) => {
    if (p.op !== 'same') {
      out.push({ op: p.op, text: trimRun(p.text, maxRun) });
      return;
    }
    const w = p.text.split(' ');
    const first = i === 0;
    const last = i === parts.length - 1;
    const keepHead = first ? 0 : context;
    const keepTail = last ? 0 : context;
    // only cut a stretch worth cutting: at least five words
    if (w.length < keepHead + keepTail + 5) {
      out.push(p);
      return;
    }
    if (keepHead) out.push({ op: 'same', text: w.slice(0, keepHead).join(' ') });
    out.push({ op: 'gap', text: '…' });
    if (keepTail) out.push({ op: 'same', text: w.slice(w.length - keepTail).join(' ') });
  });
  return out;
}

/** A word-level diff of two texts (LCS over words), with long unchanged stretches and long runs cut short. */
export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): WordPart[] {
  const { context = 4, maxRun = 160, maxCells = 250_000 } = options;
  const x = words(a);
  const y = words(b);
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] === y[y.length - 1 - suf]) suf++;
  const mx = x.slice(pre, x.length - suf);
  const my = y.slice(pre, y.length - suf);
  const middle: WordPart[] =
    mx.length * my.length > maxCells ? [...mx.map((t): WordPart => ({ op: 'del', text: t })), ...my.map((t): WordPart => ({ op: 'ins', text: t }))] : lcsOps(mx, my);
  const all = [...x.slice(0, pre).map((t): WordPart => ({ op: 'same', text: t })), ...middle, ...x.slice(x.length - suf).map((t): WordPart => ({ op: 'same', text: t }))];
  return collapse(mergeRuns(all), context, maxRun);
}

/** The word diff as plain text: [-deleted-]{+inserted+}. */
export function renderWords(parts: readonly WordPart[]): string {
  return parts.map((p) => (p.op === 'del' ? `[-${p.text}-]` : p.op === 'ins' ? `{+${p.text}+}` : p.text)).join(' ');
}

// ----------------------------------------------------------------------------------------------- dates

type DateMode = 'due' | 'start' | 'date';

function dueOf(v: unknown, mode: DateMode, fyStart: number): Due {
  if (mode !== 'start') return resolveDue(v, fyStart);
  if (v === 'tbc' || v === undefined || v === null) return { kind: 'tbc' };
  if (typeof v !== 'string') return { kind: 'invalid', error: 'not a date' };
  const p = parsePeriodValue(v, fyStart);
  return isError(p) ? { kind: 'invalid', error: p.error } : { kind: 'date', value: p, day: p.start };
}

function dueText(d: Due, raw: unknown): string {
  if (d.kind === 'date') return d.value.precision === 'day' ? humanDay(d.day) : `${d.value.text} (${humanDay(d.day)})`;
  if (d.kind === 'open') return 'ongoing';
  if (d.kind === 'tbc') return raw === undefined ? 'none' : 'tbc';
  return String(raw);
}

/** A due date as a fact in a list: as written, or as a day when it is one. */
function dueFact(raw: unknown, fyStart: number): string {
  const d = resolveDue(raw, fyStart);
  return d.kind === 'date' && d.value.precision === 'day' ? humanDay(d.day) : fmtValue(raw);
}

function dateChange(at: At, a: unknown, b: unknown, mode: DateMode, ctx: Ctx): FieldChange[] {
  const da = dueOf(a, mode, ctx.fyStart);
  const db = dueOf(b, mode, ctx.fyStart);
  const base = { field: at.field, ...optJson(a), ...optTo(b) };
  if (da.kind === 'date' && db.kind === 'date') {
    const days = db.day - da.day;
    if (days === 0) return [];
    const n = plural(Math.abs(days), 'day');
    const direction = mode === 'due' ? (days > 0 ? 'slipped' : 'brought forward') : days > 0 ? 'later' : 'earlier';
    const verb = mode === 'due' ? `${direction} by ${n}` : `moved ${n} ${direction}`;
    return [{ ...base, days, direction, what: `${at.label} ${verb}, from ${dueText(da, a)} to ${dueText(db, b)}` }];
  }
  if (da.kind === db.kind && (da.kind !== 'invalid' || same(a, b)) && (a === undefined) === (b === undefined)) return [];
  if (b === undefined) return [{ ...base, what: `${at.label} removed (was ${dueText(da, a)})` }];
  if (a === undefined) return [{ ...base, what: `${at.label} set: ${dueText(db, b)}` }];
  return [{ ...base, what: `${at.label} changed from ${dueText(da, a)} to ${dueText(db, b)}` }];
}

// --------------------------------------------------------------------------------------- field kinds

type Kind = 'due' | 'start' | 'date' | 'people' | 'ids' | 'text' | 'lines' | 'scalar' | 'targets' | 'keyed';

const KINDS: Record<string, Kind> = {
  due: 'due',
  start: 'start',
  published: 'date',
  dated: 'date',
  review: 'date',
  reported: 'date',
  owner: 'people',
  managedBy: 'people',
  lead: 'people',
  objective: 'ids',
  priority: 'ids',
  measures: 'ids',
  risks: 'ids',
  actions: 'ids',
  goals: 'ids',
  waysOfWorking: 'ids',
  wellbeingObjective: 'ids',
  wellbeingOutcome: 'ids',
  title: 'text',
  description: 'text',
  overview: 'text',
  vision: 'text',
  commentary: 'text',
  note: 'text',
  purpose: 'text',
  governance: 'text',
  information: 'text',
  activity: 'text',
  timeframe: 'text',
  text: 'text',
  outcome: 'lines',
  successMeasures: 'lines',
  resources: 'lines',
  notes: 'lines',
  controls: 'lines',
  contingency: 'lines',
  thisYear: 'lines',
  responsibilities: 'lines',
  themes: 'lines',
  audience: 'lines',
  summary: 'lines',
  onInsufficientProgress: 'lines',
  targets: 'targets',
  milestones: 'keyed',
  updates: 'keyed',
  actuals: 'keyed',
  reviews: 'keyed',
  schemes: 'keyed',
};

const LABELS: Record<string, string> = {
  due: 'due date',
  start: 'start date',
  managedBy: 'managed by',
  objective: 'objective',
  priority: 'corporate priority',
  measures: 'linked measures',
  risks: 'linked risks',
  actions: 'linked actions',
  goals: 'well-being goals',
  waysOfWorking: 'ways of working',
  wellbeingObjective: 'well-being objective',
  wellbeingOutcome: 'well-being outcome',
  successMeasures: 'success measures',
  percentComplete: '% complete',
  rag: 'RAG',
  thisYear: 'this year we will',
  councilName: 'council name',
  riskMatrix: 'risk matrix',
  review: 'review date',
  published: 'publication date',
  dated: 'document date',
  onInsufficientProgress: 'action on insufficient progress',
  leadRole: "lead's role",
  fte: 'FTE',
  byYear: 'amount',
  reported: 'reported date',
};

export function fieldLabel(key: string): string {
  return LABELS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

// --------------------------------------------------------------------------------------- list matching

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
  // The usual case between two versions of a plan: the same keys in the same order, paired by place.
  if (ka.length === kb.length && ka.every((k, i) => k === kb[i])) {
    out.pairs = kb.map((key, j) => ({ key, a: a[j]!, b: b[j]!, index: j }));
    return out;
  }
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
  if (spec.title) {
    const t = spec.title;
    pairUp((x, y) => {
      const tx = t(x);
      return tx !== undefined && normText(tx) !== '' && normText(tx) === normText(t(y) ?? '');
    }, false);
  }
  out.added = added.map((j) => ({ key: kb[j]!, b: b[j]!, index: j }));
  out.removed = removed.map((i) => ({ key: ka[i]!, a: a[i]!, index: i }));
  out.renamed.sort((x, y) => x.index - y.index);
  return out;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined);
const byId = (item: Obj) => str(item.id);

function dayName(fyStart: number) {
  return (key: string) => {
    const p = parsePeriodValue(key.replace(/#\d+$/, ''), fyStart);
    return isError(p) || p.precision !== 'day' ? key : humanDay(p.start);
  };
}

function subSpec(list: string, ctx: Ctx): ListSpec {
  switch (list) {
    case 'milestones':
      return { key: byId, noun: 'milestone', title: (o) => str(o.title), keyField: 'id' };
    case 'updates':
      return { key: (o) => str(o.date), noun: 'update', name: (k) => `of ${dayName(ctx.fyStart)(k)}`, keyField: 'date' };
    case 'reviews':
      return { key: (o) => str(o.date), noun: 'reassessment', name: (k) => `of ${dayName(ctx.fyStart)(k)}`, keyField: 'date' };
    case 'actuals':
      return { key: (o) => str(o.period), noun: 'actual', name: (k) => `for ${k}`, keyField: 'period' };
    case 'schemes':
      return { key: (o) => str(o.name), noun: 'scheme', name: (k) => quote(k, 60) };
    default:
      return autoSpec(list);
  }
}

const AUTO_KEYS = ['id', 'name', 'role', 'group', 'activity', 'topic', 'date', 'period', 'title'];

function autoSpec(list: string, items: readonly unknown[] = []): ListSpec {
  const objs = items.filter(isObj);
  const keyField = AUTO_KEYS.find((k) => objs.length > 0 && objs.every((o) => str(o[k]) !== undefined) && new Set(objs.map((o) => str(o[k]))).size === objs.length);
  return { key: (o) => (keyField ? str(o[keyField]) : undefined), noun: list.replace(/s$/, ''), ...(keyField ? { keyField } : {}) };
}

// --------------------------------------------------------------------------------------- field diffs

function textChange(at: At, a: unknown, b: unknown): FieldChange[] {
  const ta = typeof a === 'string' ? a : a === undefined ? undefined : fmtValue(a);
  const tb = typeof b === 'string' ? b : b === undefined ? undefined : fmtValue(b);
  if (ta !== undefined && tb !== undefined && normText(ta) === normText(tb)) return [];
  if (ta === undefined && tb === undefined) return [];
  const base = { field: at.field, ...optJson(a), ...optTo(b) };
  if (ta === undefined) return [{ ...base, what: `${at.label} added: ${quote(tb!)}` }];
  if (tb === undefined) return [{ ...base, what: `${at.label} removed (was ${quote(ta)})` }];
  const parts = wordDiff(ta, tb);
  return [{ ...base, words: parts, label: at.label, what: `${at.label}: ${renderWords(parts)}` }];
}

function multisetMinus(x: readonly string[], y: readonly string[]): string[] {
  const left = [...y];
  return x.filter((s) => {
    const i = left.indexOf(s);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

function linesChange(at: At, a: unknown, b: unknown): FieldChange[] {
  const la = asList(a).map(normText);
  const lb = asList(b).map(normText);
  const removed = multisetMinus(la, lb);
  const added = multisetMinus(lb, la);
  if (!removed.length && !added.length) {
    if (a === undefined && b === undefined) return [];
    if (same(a, b) || la.length || lb.length) return [];
    return textChange(at, a, b);
  }
  const base = { field: at.field, ...optJson(a), ...optTo(b) };
  if (removed.length === 1 && added.length === 1) {
    const parts = wordDiff(removed[0]!, added[0]!);
    return [{ ...base, words: parts, label: at.label, what: `${at.label}: ${renderWords(parts)}` }];
  }
  const bits = [...added.map((s) => `added ${quote(s)}`), ...removed.map((s) => `removed ${quote(s)}`)];
  return [{ ...base, what: `${at.label}: ${bits.join('; ')}` }];
}

function setChange(at: At, a: unknown, b: unknown, people: boolean): FieldChange[] {
  const la = asList(a).map(normText);
  const lb = asList(b).map(normText);
  const removed = la.filter((x) => !lb.includes(x));
  const added = lb.filter((x) => !la.includes(x));
  if (!removed.length && !added.length) {
    // tbc and other non-list values
    if (la.length || lb.length || same(a, b)) return [];
    return scalarChange(at, a, b);
  }
  const base = { field: at.field, ...optJson(a), ...optTo(b) };
  if (people && la.length === 1 && lb.length === 1) return [{ ...base, what: `${at.label} changed from ${la[0]} to ${lb[0]}` }];
  if (!la.length && typeof a !== 'string' && a !== undefined) return [{ ...base, what: `${at.label} set to ${lb.join(', ')} (was ${fmtValue(a)})` }];
  const bits = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean);
  return [{ ...base, what: `${at.label}: ${bits.join('; ')}` }];
}

function scalarChange(at: At, a: unknown, b: unknown, unit?: string): FieldChange[] {
  if (same(a, b)) return [];
  const base = { field: at.field, ...optJson(a), ...optTo(b) };
  if (a === undefined) return [{ ...base, what: `${at.label} set: ${fmtValue(b, unit)}` }];
  if (b === undefined) return [{ ...base, what: `${at.label} removed (was ${fmtValue(a, unit)})` }];
  if (typeof a === 'number' && typeof b === 'number') {
    const direction = b > a ? 'raised' : 'lowered';
    return [{ ...base, direction, what: `${at.label} ${direction} from ${fmtValue(a, unit)} to ${fmtValue(b, unit)}` }];
  }
  return [{ ...base, what: `${at.label} changed from ${fmtValue(a, unit)} to ${fmtValue(b, unit)}` }];
}

type Noun = 'target' | 'actual';

const POLARITY_WORDS: Record<Noun, Record<'better' | 'worse', string>> = {
  target: { better: 'more ambitious', worse: 'less ambitious' },
  actual: { better: 'better', worse: 'worse' },
};

/** A target or actual moving, judged by the measure's polarity. */
function measureNumber(at: At, a: unknown, b: unknown, noun: Noun, ctx: Ctx): FieldChange[] {
  if (same(a, b)) return [];
  if (typeof a !== 'number' || typeof b !== 'number') {
    const fa = a === undefined ? undefined : fmtValue(a, ctx.unit);
    const fb = b === undefined ? undefined : fmtValue(b, ctx.unit);
    const base = { field: at.field, ...optJson(a), ...optTo(b) };
    if (fa === undefined) return [{ ...base, what: `${at.label} set at ${fb}` }];
    if (fb === undefined) return [{ ...base, what: `${at.label} removed (was ${fa})` }];
    return [{ ...base, what: typeof b === 'number' ? `${at.label} set at ${fb} (was ${fa})` : `${at.label} now ${fb} (was ${fa})` }];
  }
  const direction = b > a ? 'raised' : 'lowered';
  const up = b > a;
  const judgement = ctx.polarity === 'higher' ? (up ? 'better' : 'worse') : ctx.polarity === 'lower' ? (up ? 'worse' : 'better') : undefined;
  const why = judgement ? ` (${POLARITY_WORDS[noun][judgement]}: ${ctx.polarity} is better)` : '';
  return [{ field: at.field, from: a, to: b, direction, ...(judgement ? { judgement } : {}), what: `${at.label} ${direction} from ${fmtNumber(a, ctx.unit)} to ${fmtNumber(b, ctx.unit)}${why}` }];
}

function targetsChange(at: At, a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  const ta = isObj(a) ? a : {};
  const tb = isObj(b) ? b : {};
  const years = [...new Set([...Object.keys(tb), ...Object.keys(ta)])];
  return years.flatMap((y) => measureNumber({ field: `${at.field}[${y}]`, label: `target for ${y}` }, ta[y], tb[y], 'target', ctx));
}

function fieldChange(key: string, parent: At, a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  if (a === undefined && b === undefined) return [];
  const at = join(parent, key, fieldLabel(key));
  const kind: Kind | undefined = KINDS[key];
  switch (kind) {
    case 'due':
    case 'start':
    case 'date':
      return dateChange(at, a, b, kind, ctx);
    case 'people':
      return setChange(at, a, b, true);
    case 'ids':
      return setChange(at, a, b, false);
    case 'text':
      return textChange(at, a, b);
    case 'lines':
      return linesChange(at, a, b);
    case 'targets':
      return targetsChange(at, a, b, ctx);
    case 'keyed':
      return Array.isArray(a) || Array.isArray(b) ? listChange(key, parent, a, b, ctx) : scalarChange(at, a, b);
    default:
      return genericChange(key, parent, at, a, b, ctx);
  }
}

function genericChange(key: string, parent: At, at: At, a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  if (isObj(a) && isObj(b)) return objectChange(at, a, b, ctx);
  if (Array.isArray(a) && Array.isArray(b)) {
    if ([...a, ...b].every((x) => typeof x === 'string')) return linesChange(at, a, b);
    if ([...a, ...b].every(isObj)) return listChange(key, parent, a, b, ctx);
  }
  if ((isObj(a) || isObj(b) || Array.isArray(a) || Array.isArray(b)) && !same(a, b)) {
    const base = { field: at.field, ...optJson(a), ...optTo(b) };
    if (a === undefined) return [{ ...base, what: `${at.label} added` }];
    if (b === undefined) return [{ ...base, what: `${at.label} removed` }];
    return [{ ...base, what: `${at.label} changed` }];
  }
  return scalarChange(at, a, b, key === 'value' || key === 'amount' ? ctx.unit : undefined);
}

/** Every field of two objects, in the new version's key order, then fields only the old one has. */
function objectChange(at: At, a: Obj, b: Obj, ctx: Ctx, skip: readonly string[] = []): FieldChange[] {
  // Most items of a plan are unchanged between versions: say so without building a label for every field.
  if (same(a, b)) return [];
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.includes(k));
  // Nor for each field of a changed item that is not itself changed (an action's milestones, say).
  return keys.flatMap((k) => (same(a[k], b[k]) ? [] : fieldChange(k, at, a[k], b[k], ctx)));
}

// ------------------------------------------------------------------------------------ keyed sub-lists

function listChange(list: string, at: At, a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  const la = Array.isArray(a) ? a : [];
  const lb = Array.isArray(b) ? b : [];
  const spec = KINDS[list] === 'keyed' ? subSpec(list, ctx) : autoSpec(list, [...la, ...lb]);
  const m = matchLists(la, lb, spec);
  const name = (k: string) => `${spec.noun} ${spec.name ? spec.name(k) : k}`;
  const subAt = (k: string) => keyed(at, list, k, name(k));
  const out: FieldChange[] = [];
  const events = [
    ...m.pairs.map((p) => ({ index: p.index, run: () => subItemChange(list, subAt(p.key), p.a, p.b, ctx) })),
    ...m.renamed.map((r) => ({ index: r.index, run: () => [renamedSub(list, at, spec, r.from, r.to), ...(r.exact ? [] : subItemChange(list, subAt(r.to), r.a, r.b, ctx, spec.keyField))] })),
    ...m.added.map((x) => ({ index: x.index, run: () => [{ field: subAt(x.key).field, to: toJson(x.b), what: `${subAt(x.key).label} added${describeSub(list, x.b, la, ctx)}` }] })),
  ].sort((x, y) => x.index - y.index);
  for (const e of events) out.push(...e.run());
  for (const x of m.removed) out.push({ field: subAt(x.key).field, from: toJson(x.a), what: `${subAt(x.key).label} removed${describeSub(list, x.a, [], ctx)}` });
  return out;
}

function renamedSub(list: string, at: At, spec: ListSpec, from: string, to: string): FieldChange {
  const verb = spec.keyField === 'date' || spec.keyField === 'period' ? 'moved to' : 'renamed to';
  const show = (k: string) => (spec.name ? spec.name(k).replace(/^(of|for) /, '') : k);
  const was = keyed(at, list, from, `${spec.noun} ${spec.name ? spec.name(from) : from}`);
  return { field: keyed(at, list, to, '').field, from, to, what: `${was.label} ${verb} ${show(to)}` };
}

function subItemChange(list: string, at: At, a: Obj, b: Obj, ctx: Ctx, skipKey?: string): FieldChange[] {
  const skip = skipKey ? [skipKey] : [];
  if (list === 'actuals') {
    return [...measureNumber({ field: `${at.field}.value`, label: at.label }, a.value, b.value, 'actual', ctx), ...objectChange(at, a, b, ctx, ['value', ...skip])];
  }
  if (list === 'reviews') {
    const score = scoreChange({ field: `${at.field}.score`, label: `${at.label} score` }, at, a, b, ctx);
    return [...score, ...objectChange(at, a, b, ctx, ['likelihood', 'impact', ...skip])];
  }
  return objectChange(at, a, b, ctx, skip);
}

function describeSub(list: string, item: Obj, earlier: readonly unknown[], ctx: Ctx): string {
  const bits: string[] = [];
  if (list === 'actuals') bits.push(fmtValue(item.value, ctx.unit));
  if (list === 'reviews') {
    const s = scoreOf(ctx.newMatrix, item.likelihood, item.impact);
    if (s) bits.push(`scored ${scoreText(s)}`);
  }
  if (list === 'updates') bits.push(...updateFacts(item, earlier));
  if (typeof item.title === 'string') bits.push(quote(item.title));
  if (item.due !== undefined && list !== 'updates') bits.push(`due ${dueFact(item.due, ctx.fyStart)}`);
  if (typeof item.note === 'string') bits.push(quote(item.note));
  return bits.length ? `: ${bits.join(', ')}` : '';
}

function updateFacts(u: Obj, earlier: readonly unknown[]): string[] {
  const prev = earlier.filter(isObj).filter((x) => typeof x.status === 'string').at(-1);
  const bits: string[] = [];
  if (typeof u.status === 'string') {
    const was = typeof prev?.status === 'string' && prev.status !== u.status ? ` (was ${prev.status})` : '';
    bits.push(`status ${u.status}${was}`);
  }
  if (typeof u.rag === 'string') bits.push(`RAG ${u.rag}`);
  if (typeof u.percentComplete === 'number') bits.push(`${u.percentComplete}% complete`);
  if (typeof u.commentary === 'string') bits.push(quote(u.commentary));
  return bits;
}

// ------------------------------------------------------------------------------------------ risk scores

function scoreText(s: Score): string {
  return s.band ? `${s.score} (${s.band.label})` : String(s.score);
}

function bandSteps(ma: Matrix | undefined, mb: Matrix | undefined, a: Band | undefined, b: Band | undefined): number | undefined {
  if (!ma || !mb || ma.id !== mb.id || !a || !b) return undefined;
  return bandRank(mb, b.id) - bandRank(ma, a.id);
}

function stepsText(steps: number | undefined, a: Band | undefined, b: Band | undefined): string {
  if (steps === undefined) return a && b && a.label !== b.label ? `, now ${b.label}` : '';
  if (steps === 0) return a ? `, still ${a.label}` : '';
  const n = Math.abs(steps);
  return `, ${steps > 0 ? 'up' : 'down'} ${n === 1 ? 'a band' : `${n} bands`}`;
}

function liText(s: Score): string {
  return `${s.likelihood} × ${s.impact}`;
}

/** A likelihood and impact pair re-scored: score and band on each version's matrix. */
function scoreChange(at: At, raw: At, a: Obj, b: Obj, ctx: Ctx): FieldChange[] {
  const sa = scoreOf(ctx.oldMatrix, a.likelihood, a.impact);
  const sb = scoreOf(ctx.newMatrix, b.likelihood, b.impact);
  if (!sa && !sb) return [...scalarChange(join(raw, 'likelihood', 'likelihood'), a.likelihood, b.likelihood), ...scalarChange(join(raw, 'impact', 'impact'), a.impact, b.impact)];
  const base = { field: at.field, from: sa ? sa.score : null, to: sb ? sb.score : null };
  if (!sa) return [{ ...base, ...(sb!.band ? { bands: { to: sb!.band.label } } : {}), what: `${at.label} now ${scoreText(sb!)} (${liText(sb!)}; was not scored)` }];
  if (!sb) return [{ ...base, ...(sa.band ? { bands: { from: sa.band.label } } : {}), what: `${at.label} no longer scored (was ${scoreText(sa)})` }];
  if (sa.likelihood === sb.likelihood && sa.impact === sb.impact && sa.band?.id === sb.band?.id) return [];
  const steps = bandSteps(ctx.oldMatrix, ctx.newMatrix, sa.band, sb.band);
  const bands = { ...(sa.band ? { from: sa.band.label } : {}), ...(sb.band ? { to: sb.band.label } : {}), ...(steps !== undefined ? { steps } : {}) };
  const detail = [sa.likelihood !== sb.likelihood ? `likelihood ${sa.likelihood} → ${sb.likelihood}` : '', sa.impact !== sb.impact ? `impact ${sa.impact} → ${sb.impact}` : ''].filter(Boolean).join(', ');
  if (sa.score === sb.score) {
    const what = detail ? `${at.label} re-scored from ${liText(sa)} to ${liText(sb)}, still ${scoreText(sb)}` : `${at.label} band changed from ${sa.band?.label ?? 'none'} to ${sb.band?.label ?? 'none'} (a different matrix)`;
    return [{ ...base, bands, what }];
  }
  const direction = sb.score > sa.score ? 'rose' : 'fell';
  return [{ ...base, direction, bands, what: `${at.label} ${direction} from ${scoreText(sa)} to ${scoreText(sb)}${stepsText(steps, sa.band, sb.band)}${detail ? `: ${detail}` : ''}` }];
}

const RISK_OWN = ['likelihood', 'impact', 'score', 'band', 'inherent', 'target', 'reviews'];

function riskChange(a: Obj, b: Obj, ctx: Ctx, skip: readonly string[]): FieldChange[] {
  const top: At = { field: '', label: '' };
  const current = scoreChange({ field: 'score', label: 'score' }, top, a, b, ctx);
  // the stated score and band follow likelihood and impact; report them only when they change on their own
  const stated = current.length ? [] : [...scalarChange({ field: 'score', label: 'score as stated' }, a.score, b.score), ...scalarChange({ field: 'band', label: 'band as stated' }, a.band, b.band)];
  const assessments = (['inherent', 'target'] as const).flatMap((k) => {
    const x = a[k];
    const y = b[k];
    if (x === undefined && y === undefined) return [];
    if (isObj(x) && isObj(y)) return [...scoreChange({ field: k, label: `${k} score` }, { field: k, label: k }, x, y, ctx), ...objectChange({ field: k, label: k }, x, y, ctx, ['likelihood', 'impact', 'score', 'band'])];
    const s = isObj(y) ? scoreOf(ctx.newMatrix, y.likelihood, y.impact) : undefined;
    const was = isObj(x) ? scoreOf(ctx.oldMatrix, x.likelihood, x.impact) : undefined;
    return [{ field: k, ...optJson(x), ...optTo(y), what: y === undefined ? `${k} score removed${was ? ` (was ${scoreText(was)})` : ''}` : `${k} score set: ${s ? scoreText(s) : fmtValue(y)}` }];
  });
  const reviews = fieldChange('reviews', top, a.reviews, b.reviews, ctx);
  return [...current, ...stated, ...assessments, ...reviews, ...objectChange(top, a, b, ctx, [...RISK_OWN, ...skip])];
}

function measureCtx(a: Obj | undefined, b: Obj | undefined, ctx: Ctx): Ctx {
  const polarity = str(b?.polarity) ?? str(a?.polarity);
  const unit = str(b?.unit) ?? str(a?.unit);
  return { ...ctx, ...(polarity ? { polarity } : {}), ...(unit ? { unit } : {}) };
}

// ------------------------------------------------------------------------------------------- sections

export interface SectionSpec extends ListSpec {
  /** the key in the plan */
  section: string;
}

const byIdSpec = (section: string, noun: string): SectionSpec => ({ section, noun, key: byId, title: (o) => str(o.title), keyField: 'id' });

/** The plan's lists, in the order a reader meets them. */
export const SECTIONS: SectionSpec[] = [
  byIdSpec('objectives', 'objective'),
  byIdSpec('sections', 'section'),
  byIdSpec('actions', 'action'),
  byIdSpec('measures', 'measure'),
  byIdSpec('risks', 'risk'),
  { section: 'teams', noun: 'team', key: (o) => str(o.id) ?? str(o.name), title: (o) => str(o.name) },
  { section: 'leadership', noun: 'role', key: (o) => str(o.role), keyField: 'role' },
  { section: 'budget', noun: 'budget line', key: (o) => [str(o.name), str(o.period)].filter(Boolean).join(' ') || undefined },
  { section: 'statistics', noun: 'statistic', key: (o) => str(o.id) ?? [str(o.name), str(o.period)].filter(Boolean).join(' '), title: (o) => str(o.name) },
  { section: 'monitoring', noun: 'monitoring group', key: (o) => str(o.group), keyField: 'group' },
  { section: 'consultation', noun: 'consultation activity', key: (o) => str(o.activity) },
  { section: 'partnerships', noun: 'partnership activity', key: (o) => str(o.activity) },
  { section: 'commitments', noun: 'commitment', key: (o) => str(o.topic), keyField: 'topic' },
];

const SECTION_NOUNS: Record<string, string> = Object.fromEntries(SECTIONS.map((s) => [s.section, s.noun]));

export function sectionNoun(section: string): string {
  return section === 'plan' ? 'plan' : SECTION_NOUNS[section] ?? section.replace(/s$/, '');
}

/** Header fields first, in the order a plan's cover page gives them. */
const HEADER = ['id', 'council', 'councilName', 'service', 'title', 'kind', 'period', 'version', 'status', 'published', 'dated', 'review', 'riskMatrix'];
const HEADER_KEYS = new Set(HEADER);
const SECTION_KEYS = new Set(SECTIONS.map((s) => s.section));

function periodChange(a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  const pa = parsePlanPeriod(a, ctx.fyStart);
  const pb = parsePlanPeriod(b, ctx.fyStart);
  if (!isError(pa) && !isError(pb) && pa.start === pb.start && pa.end === pb.end) return [];
  if (same(a, b)) return [];
  const show = (v: unknown, p: typeof pa) => (isError(p) ? fmtValue(v) : p.text);
  return [{ field: 'period', ...optJson(a), ...optTo(b), what: `period changed from ${show(a, pa)} to ${show(b, pb)}` }];
}

function headerChanges(a: Obj, b: Obj, ctx: Ctx): FieldChange[] {
  const top: At = { field: '', label: '' };
  const rest = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HEADER_KEYS.has(k) && !SECTION_KEYS.has(k));
  return [...HEADER, ...rest].flatMap((k) => {
    if (!ctx.thorough && identical(a[k], b[k])) return []; // as for sections (quickFor)
    if (k === 'period') return periodChange(a.period, b.period, ctx);
    if (k === 'id' || k === 'council' || k === 'version') return scalarChange(join(top, k, fieldLabel(k)), a[k], b[k]);
    return fieldChange(k, top, a[k], b[k], ctx);
  });
}

interface Subject {
  plan: string;
  file?: string;
  section: string;
}

function itemChange(s: Subject, spec: SectionSpec, id: string, title: string | undefined, f: FieldChange): Change {
  const subject = `${spec.noun} ${id}`;
  return { ...s, id, ...(title ? { title: normText(title) } : {}), kind: 'changed', ...f, summary: `${subject}: ${f.what}` };
}

function itemFields(spec: SectionSpec, a: Obj, b: Obj, ctx: Ctx, skip: readonly string[]): FieldChange[] {
  if (spec.section === 'risks') return riskChange(a, b, ctx, skip);
  if (spec.section === 'measures') return objectChange({ field: '', label: '' }, a, b, measureCtx(a, b, ctx), skip);
  return objectChange({ field: '', label: '' }, a, b, ctx, skip);
}

/** A new or removed item in a few words: its title and the facts a committee asks first. */
export function describeItem(section: string, item: Obj, ctx: { fyStart?: number; matrix?: Matrix } = {}): string {
  const fy = ctx.fyStart ?? DEFAULT_FY_START;
  const title = str(item.title) ?? str(item.name) ?? str(item.activity) ?? str(item.group);
  const facts: string[] = [];
  const owner = asList(item.owner ?? item.lead);
  if (section === 'leadership' && typeof item.name === 'string') facts.push(item.name);
  if (owner.length) facts.push(`owner ${owner.join(', ')}`);
  if (item.due !== undefined) facts.push(`due ${dueFact(item.due, fy)}`);
  if (section === 'risks') {
    const s = scoreOf(ctx.matrix, item.likelihood, item.impact);
    facts.push(s ? `scored ${scoreText(s)}` : 'not scored');
  }
  if (section === 'measures' && isObj(item.targets)) {
    const t = Object.entries(item.targets).map(([y, v]) => `${y}: ${fmtValue(v, str(item.unit))}`);
    if (t.length) facts.push(`targets ${t.join(', ')}`);
  }
  const head = title ? quote(title, 120) : '';
  return [head, facts.length ? `(${facts.join(', ')})` : ''].filter(Boolean).join(' ');
}

/**
 * Whether what is identical on both sides of a section may be passed over (it has no changes): always, but
 * for risks on two matrices (a risk's score comes from its plan's matrix, and on another the same risk may
 * score otherwise), and when the diff is asked to be thorough.
 */
function quickFor(spec: SectionSpec, ctx: Ctx): boolean {
  return !ctx.thorough && (spec.section !== 'risks' || ctx.oldMatrix === ctx.newMatrix);
}

/** A section's changes (diffPlans has passed it over if it may, when identical). */
function sectionChanges(s: Subject, spec: SectionSpec, a: unknown, b: unknown, ctx: Ctx): Change[] {
  const quick = quickFor(spec, ctx);
  const la = Array.isArray(a) ? a : [];
  const lb = Array.isArray(b) ? b : [];
  const m = matchLists(la, lb, spec);
  const titleOf = (x: Obj, y?: Obj) => (spec.title ? spec.title(y ?? x) ?? spec.title(x) : undefined) ?? str((y ?? x).title) ?? str((y ?? x).name);
  const out: { index: number; changes: Change[] }[] = [];
  for (const p of m.pairs) if (!quick || !identical(p.a, p.b)) out.push({ index: p.index, changes: itemFields(spec, p.a, p.b, ctx, []).map((f) => itemChange(s, spec, p.key, titleOf(p.a, p.b), f)) });
  for (const r of m.renamed) {
    const title = titleOf(r.a, r.b);
    const renamed: Change = { ...s, id: r.to, ...(title ? { title: normText(title) } : {}), kind: 'renamed', field: spec.keyField ?? 'id', from: r.from, to: r.to, what: `renamed from ${r.from}`, summary: `${spec.noun} ${r.from} renamed to ${r.to}` };
    const edits = r.exact ? [] : itemFields(spec, r.a, r.b, ctx, spec.keyField ? [spec.keyField] : []).map((f) => itemChange(s, spec, r.to, title, f));
    out.push({ index: r.index, changes: [renamed, ...edits] });
  }
  for (const x of m.added) {
    const what = describeItem(spec.section, x.b, { fyStart: ctx.fyStart, ...(ctx.newMatrix ? { matrix: ctx.newMatrix } : {}) });
    const title = titleOf(x.b);
    out.push({ index: x.index, changes: [{ ...s, id: x.key, ...(title ? { title: normText(title) } : {}), kind: 'added', to: toJson(x.b), what: what ? `added: ${what}` : 'added', summary: `${spec.noun} ${x.key} added${what ? `: ${what}` : ''}` }] });
  }
  out.sort((x, y) => x.index - y.index);
  const removed = m.removed.map((x): Change => {
    const what = describeItem(spec.section, x.a, { fyStart: ctx.fyStart, ...(ctx.oldMatrix ? { matrix: ctx.oldMatrix } : {}) });
    const title = titleOf(x.a);
    return { ...s, id: x.key, ...(title ? { title: normText(title) } : {}), kind: 'removed', from: toJson(x.a), what: what ? `removed: ${what}` : 'removed', summary: `${spec.noun} ${x.key} removed${what ? `: ${what}` : ''}` };
  });
  return [...out.flatMap((o) => o.changes), ...removed];
}

function planName(a: unknown, b: unknown, options: DiffOptions): string {
  return str(isObj(b) ? b.id : undefined) ?? str(isObj(a) ? a.id : undefined) ?? options.plan ?? options.file ?? 'plan';
}

/** Every semantic change from one version of a plan to the next, plan header first, then section by section. */
export function diffPlans(oldPlan: unknown, newPlan: unknown, options: DiffOptions = {}): Change[] {
  const a = isObj(oldPlan) ? oldPlan : {};
  const b = isObj(newPlan) ? newPlan : {};
  const ctx: Ctx = { fyStart: options.fyStart ?? DEFAULT_FY_START, ...(options.thorough ? { thorough: true } : {}), ...(options.oldMatrix ? { oldMatrix: options.oldMatrix } : {}), ...(options.newMatrix ? { newMatrix: options.newMatrix } : {}) };
  const plan = planName(a, b, options);
  const where = { plan, ...(options.file ? { file: options.file } : {}) };
  const title = str(b.title) ?? str(a.title);
  const header = headerChanges(a, b, ctx).map((f): Change => ({ ...where, section: 'plan', id: plan, ...(title ? { title: normText(title) } : {}), kind: 'changed', ...f, summary: `plan ${plan}: ${f.what}` }));
  const sections = SECTIONS.flatMap((spec) => (quickFor(spec, ctx) && identical(a[spec.section], b[spec.section]) ? [] : sectionChanges({ ...where, section: spec.section }, spec, a[spec.section], b[spec.section], ctx)));
  return [...header, ...sections];
}

/** A whole plan that exists on one side only (a file added or deleted). */
export function planPresence(kind: 'added' | 'removed', data: unknown, options: DiffOptions = {}): Change {
  const d = isObj(data) ? data : {};
  const plan = planName(undefined, d, options);
  const title = str(d.title) ?? str(d.service);
  const counts = SECTIONS.map((s) => (Array.isArray(d[s.section]) ? plural((d[s.section] as unknown[]).length, s.noun) : '')).filter((x) => x && !x.startsWith('0 '));
  const what = `${kind === 'added' ? 'new plan' : 'plan removed'}${title ? `: ${quote(title)}` : ''}${counts.length ? ` (${counts.join(', ')})` : ''}`;
  return { plan, ...(options.file ? { file: options.file } : {}), section: 'plan', id: plan, ...(title ? { title } : {}), kind, ...(kind === 'added' ? { to: toJson(d) } : { from: toJson(d) }), what, summary: `plan ${plan}: ${what}` };
}

/** The changes to one plan file between two versions, as the formatters show them. */
export interface PlanDiff {
  plan: string;
  title?: string;
  /** the file as shown (the new version's path, else the old one's) */
  file: string;
  /** where each version came from: a path, or REV:PATH */
  from: string;
  to: string;
  changes: Change[];
}

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
