/**
 * Every timeframe the sources use, resolved to something comparable while keeping its meaning:
 * a day, a month (due at its end), a fiscal year (due at its end), a range, open-ended, tbc, or a
 * start plus a duration ("w.e.f 1 September 2015, for 3 years").
 */
import { type Day, addDuration } from './dates.js';
import { DEFAULT_FY_START, type PeriodValue, isError, parsePeriodValue } from './period.js';

export type Due =
  | { kind: 'date'; value: PeriodValue; /** the last day on which it is still not late */ day: Day }
  | { kind: 'open' }
  | { kind: 'tbc' }
  | { kind: 'invalid'; error: string };

export interface Timeframe {
  start?: PeriodValue;
  due: Due;
  /** due derived from start + duration, when both are given */
  durationDue?: Day;
}

export interface TimeframeFields {
  start?: unknown;
  due?: unknown;
  duration?: unknown;
}

export function resolveDue(due: unknown, fyStart = DEFAULT_FY_START): Due {
  if (due === 'ongoing') return { kind: 'open' };
  if (due === 'tbc' || due === undefined || due === null) return { kind: 'tbc' };
  if (typeof due !== 'string') return { kind: 'invalid', error: `due must be a date, ongoing or tbc` };
  const value = parsePeriodValue(due, fyStart);
  if (isError(value)) return { kind: 'invalid', error: value.error };
  return { kind: 'date', value, day: value.end - 1 };
}

export function resolveTimeframe(item: TimeframeFields, fyStart = DEFAULT_FY_START): Timeframe {
  const tf: Timeframe = { due: resolveDue(item.due, fyStart) };
  if (typeof item.start === 'string' && item.start !== 'tbc') {
    const start = parsePeriodValue(item.start, fyStart);
    if (!isError(start)) tf.start = start;
  }
  if (tf.start && typeof item.duration === 'string') {
    const after = addDuration(tf.start.start, item.duration);
    if (after !== undefined) {
      tf.durationDue = after - 1;
      if (tf.due.kind === 'tbc') tf.due = { kind: 'date', value: { text: item.duration, precision: 'day', start: after - 1, end: after }, day: after - 1 };
    }
  }
  return tf;
}

/** The last day an item may be finished on without being late, or undefined when it never falls due. */
export function dueDay(tf: Timeframe): Day | undefined {
  return tf.due.kind === 'date' ? tf.due.day : undefined;
}
