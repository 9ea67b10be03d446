/** Plain values as a diff compares and shows them: equality by meaning, whitespace evened out, numbers in words. */
import { isObj, type Obj } from '../../model/data.js';
import type { Json } from './types.js';

export function toJson(v: unknown): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v)) return v.map(toJson);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return String(v);
}

/** The before and after of a change, each left out where that side has no value. */
export function fromTo(a: unknown, b: unknown): { from?: Json; to?: Json } {
  return { ...(a === undefined ? {} : { from: toJson(a) }), ...(b === undefined ? {} : { to: toJson(b) }) };
}

/** A key or title as text: a string, or a number as written (ids and years may be numbers in YAML). */
export function keyText(x: unknown): string | undefined {
  return typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined;
}

// Whitespace that normText changes: at either end, two in a row, or any but a plain space.
const UNEVEN_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** Whitespace runs as one space, ends trimmed: reflowing a folded block is not a change. */
export function normText(s: string): string {
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
 * passed over unread.
 */
export function identical(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => identical(x, b[i]));
  }
  if (Array.isArray(b)) return false;
  const x = a as Obj;
  const y = b as Obj;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && identical(x[k], y[k]));
}

/** Equality by meaning of the data: key order, whitespace and quoting (7 and '7') do not count. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const sa = scalarText(a);
  const sb = scalarText(b);
  if (sa !== undefined || sb !== undefined) return sa === sb && (a === null) === (b === null);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
  }
  return false;
}

/** Plan text in curly quotes, cut to max characters. */
export function quote(s: string, max = 100): string {
  const t = normText(s);
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function fmtNumber(v: number, unit: string | undefined): string {
  return unit === 'percent' ? `${v}%` : unit === 'currency' ? `£${v.toLocaleString('en-GB')}` : String(v);
}

export function fmtValue(v: unknown, unit?: string): string {
  if (typeof v === 'number') return fmtNumber(v, unit);
  if (typeof v === 'string') return normText(v);
  if (v === null) return 'not available';
  if (Array.isArray(v)) return v.map((x) => fmtValue(x)).join(', ');
  return JSON.stringify(v) ?? '';
}
