/**
 * What changed in one field, by the field's kind: dates (shifts in days, a month due at its end), plain
 * values, texts and lists of lines (as word diffs), sets of people or ids, and a measure's targets and actuals
 * (judged by its polarity).
 */
import { humanDay } from '../../model/dates.js';
import { asList, isObj } from '../../model/data.js';
import { isError, parsePeriodValue } from '../../model/period.js';
import { type Due, resolveDue } from '../../model/timeframe.js';
import type { At } from './labels.js';
import type { Ctx, FieldChange } from './types.js';
import { fmtNumber, fmtValue, fromTo, normText, plural, quote, same } from './values.js';
import { renderWords, wordDiff } from './wording.js';

// ----------------------------------------------------------------------------------------------- dates

export type DateMode = 'due' | 'start' | 'date';

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
export function dueFact(raw: unknown, fyStart: number): string {
  const d = resolveDue(raw, fyStart);
  return d.kind === 'date' && d.value.precision === 'day' ? humanDay(d.day) : fmtValue(raw);
}

export function dateChange(at: At, a: unknown, b: unknown, mode: DateMode, ctx: Ctx): FieldChange[] {
  const da = dueOf(a, mode, ctx.fyStart);
  const db = dueOf(b, mode, ctx.fyStart);
  const base = { field: at.field, ...fromTo(a, b) };
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

// ------------------------------------------------------------------------------------ texts and lines

function wordChange(at: At, a: unknown, b: unknown, oldText: string, newText: string): FieldChange {
  const parts = wordDiff(oldText, newText);
  return { field: at.field, ...fromTo(a, b), words: parts, label: at.label, what: `${at.label}: ${renderWords(parts)}` };
}

export function textChange(at: At, a: unknown, b: unknown): FieldChange[] {
  const ta = typeof a === 'string' ? a : a === undefined ? undefined : fmtValue(a);
  const tb = typeof b === 'string' ? b : b === undefined ? undefined : fmtValue(b);
  if (ta === undefined && tb === undefined) return [];
  if (ta !== undefined && tb !== undefined && normText(ta) === normText(tb)) return [];
  const base = { field: at.field, ...fromTo(a, b) };
  if (ta === undefined) return [{ ...base, what: `${at.label} added: ${quote(tb!)}` }];
  if (tb === undefined) return [{ ...base, what: `${at.label} removed (was ${quote(ta)})` }];
  return [wordChange(at, a, b, ta, tb)];
}

/** The strings of x that y lacks, each as often as x has it more than y. */
function multisetMinus(x: readonly string[], y: readonly string[]): string[] {
  const left = [...y];
  return x.filter((s) => {
    const i = left.indexOf(s);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

/** A list of lines (outcomes, controls, notes): lines added and removed, or a word diff of the one line edited. */
export function linesChange(at: At, a: unknown, b: unknown): FieldChange[] {
  const la = asList(a).map(normText);
  const lb = asList(b).map(normText);
  const removed = multisetMinus(la, lb);
  const added = multisetMinus(lb, la);
  if (!removed.length && !added.length) {
    if (a === undefined && b === undefined) return [];
    if (same(a, b) || la.length || lb.length) return [];
    return textChange(at, a, b);
  }
  if (removed.length === 1 && added.length === 1) return [wordChange(at, a, b, removed[0]!, added[0]!)];
  const bits = [...added.map((s) => `added ${quote(s)}`), ...removed.map((s) => `removed ${quote(s)}`)];
  return [{ field: at.field, ...fromTo(a, b), what: `${at.label}: ${bits.join('; ')}` }];
}

// ------------------------------------------------------------------------------ people, ids and values

/** A set of people (owner, lead) or of linked ids: who or what was added and removed. */
export function setChange(at: At, a: unknown, b: unknown, people: boolean): FieldChange[] {
  const la = asList(a).map(normText);
  const lb = asList(b).map(normText);
  const removed = la.filter((x) => !lb.includes(x));
  const added = lb.filter((x) => !la.includes(x));
  if (!removed.length && !added.length) {
    // tbc and other non-list values
    if (la.length || lb.length || same(a, b)) return [];
    return scalarChange(at, a, b);
  }
  const base = { field: at.field, ...fromTo(a, b) };
  if (people && la.length === 1 && lb.length === 1) return [{ ...base, what: `${at.label} changed from ${la[0]} to ${lb[0]}` }];
  if (!la.length && typeof a !== 'string' && a !== undefined) return [{ ...base, what: `${at.label} set to ${lb.join(', ')} (was ${fmtValue(a)})` }];
  const bits = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean);
  return [{ ...base, what: `${at.label}: ${bits.join('; ')}` }];
}

export function scalarChange(at: At, a: unknown, b: unknown, unit?: string): FieldChange[] {
  if (same(a, b)) return [];
  const base = { field: at.field, ...fromTo(a, b) };
  if (a === undefined) return [{ ...base, what: `${at.label} set: ${fmtValue(b, unit)}` }];
  if (b === undefined) return [{ ...base, what: `${at.label} removed (was ${fmtValue(a, unit)})` }];
  if (typeof a === 'number' && typeof b === 'number') {
    const direction = b > a ? 'raised' : 'lowered';
    return [{ ...base, direction, what: `${at.label} ${direction} from ${fmtValue(a, unit)} to ${fmtValue(b, unit)}` }];
  }
  return [{ ...base, what: `${at.label} changed from ${fmtValue(a, unit)} to ${fmtValue(b, unit)}` }];
}

// ---------------------------------------------------------------------------------- targets and actuals

type Noun = 'target' | 'actual';

const POLARITY_WORDS: Record<Noun, Record<'better' | 'worse', string>> = {
  target: { better: 'more ambitious', worse: 'less ambitious' },
  actual: { better: 'better', worse: 'worse' },
};

/** A target or actual moving, judged by the measure's polarity. */
export function measureNumber(at: At, a: unknown, b: unknown, noun: Noun, ctx: Ctx): FieldChange[] {
  if (same(a, b)) return [];
  if (typeof a !== 'number' || typeof b !== 'number') {
    const fa = a === undefined ? undefined : fmtValue(a, ctx.unit);
    const fb = b === undefined ? undefined : fmtValue(b, ctx.unit);
    const base = { field: at.field, ...fromTo(a, b) };
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

/** A measure's targets, year by year (the new version's years first). */
export function targetsChange(at: At, a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  const ta = isObj(a) ? a : {};
  const tb = isObj(b) ? b : {};
  const years = [...new Set([...Object.keys(tb), ...Object.keys(ta)])];
  return years.flatMap((y) => measureNumber({ field: `${at.field}[${y}]`, label: `target for ${y}` }, ta[y], tb[y], 'target', ctx));
}
