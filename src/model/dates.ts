/**
 * Calendar days as plain integers (days since 1970-01-01), so spans compare as numbers. Spans are half-open:
 * [start, end). date-fns does the calendar work on dates held at midnight UTC, so no result depends on the
 * machine's time zone; today's date in a zone comes from @date-fns/tz.
 */
import { TZDate } from '@date-fns/tz';
import { add, addMonths as addCalendarMonths, differenceInCalendarMonths, format, getDaysInMonth, isValid, parse } from 'date-fns';

export type Day = number;

const MS_PER_DAY = 86_400_000;

/**
 * A Date whose calendar fields are read and set in UTC, for date-fns to work on (what date-fns's @date-fns/utc
 * package provides). Not TZDate in 'UTC': its setters pass through the machine's local time and land on the
 * wrong day where the machine's zone skipped one (Pacific/Apia skipped 30 December 2011).
 */
class UTCDay extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(...args: Parameters<Date['setUTCFullYear']>): number {
    return this.setUTCFullYear(...args);
  }
  override setMonth(...args: Parameters<Date['setUTCMonth']>): number {
    return this.setUTCMonth(...args);
  }
  override setDate(...args: Parameters<Date['setUTCDate']>): number {
    return this.setUTCDate(...args);
  }
  override setHours(...args: Parameters<Date['setUTCHours']>): number {
    return this.setUTCHours(...args);
  }
  override setMinutes(...args: Parameters<Date['setUTCMinutes']>): number {
    return this.setUTCMinutes(...args);
  }
  override setSeconds(...args: Parameters<Date['setUTCSeconds']>): number {
    return this.setUTCSeconds(...args);
  }
  override setMilliseconds(...args: Parameters<Date['setUTCMilliseconds']>): number {
    return this.setUTCMilliseconds(...args);
  }
}

/** The day's date at midnight UTC. */
function dateOf(day: Day): UTCDay {
  return new UTCDay(day * MS_PER_DAY);
}

/** The day on which a date held in UTC falls. */
function dayFrom(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/**
 * What date-fns fills unwritten fields from when parsing. Its year makes date-fns read a two-digit year as
 * 2000-2099 (it picks the century that puts the year within 50 years of the reference), as UK papers mean.
 */
const REFERENCE = new UTCDay(Date.UTC(2050, 0, 1));

export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return getDaysInMonth(dateOf(dayOf(y, m, 1)));
}

export function dayOf(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const date = dateOf(day);
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
}

export function isoDay(day: Day): string {
  return format(dateOf(day), 'yyyy-MM-dd');
}

/** 31 Mar 2018: the way council papers write a date. */
export function humanDay(day: Day): string {
  return format(dateOf(day), 'd MMM y');
}

/** February 2018: a month and year, for messages. */
export function monthLabel(y: number, m: number): string {
  return format(dateOf(dayOf(y, m, 1)), 'MMMM y');
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  return dayFrom(addCalendarMonths(dateOf(day), months));
}

/** Whole calendar months from one day's month to another's: 0 within a month, 1 from any day of March to any of April. */
export function monthsBetween(from: Day, to: Day): number {
  return differenceInCalendarMonths(dateOf(to), dateOf(from));
}

/** Parses a strict ISO day (2018-03-31). Returns undefined for anything else, including 2018-02-30. */
export function parseIsoDay(text: string): Day | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = parse(text, 'yyyy-MM-dd', REFERENCE);
  return isValid(date) ? dayFrom(date) : undefined;
}

/** Today's date where the council is: Europe/London unless told otherwise, by the time-zone database. */
export function todayIn(timeZone = 'Europe/London', now: Date = new Date()): Day {
  const there = new TZDate(now.getTime(), timeZone);
  if (!isValid(there)) throw new RangeError(isValid(now) ? `unknown time zone ${timeZone}` : 'invalid time value');
  return dayOf(there.getFullYear(), there.getMonth() + 1, there.getDate());
}

/** ISO 8601 durations of the form P3Y, P6M, P2W, P10D (and combinations). */
export function addDuration(day: Day, duration: string): Day | undefined {
  const m = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!m) return undefined;
  const [years, months, weeks, days] = [m[1], m[2], m[3], m[4]].map((v) => (v ? Number(v) : 0)) as [number, number, number, number];
  return dayFrom(add(dateOf(day), { years, months, weeks, days }));
}

/**
 * The ways officers write a date in Word, once tidied: each shape picks out a form, and date-fns reads it
 * with the formats listed (day first, as in the UK) and writes it as plans do.
 */
const WRITTEN: { shape: RegExp; formats: string[]; iso: string }[] = [
  { shape: /^\d{1,2}\/\d{1,2}\/\d{2}$/, formats: ['d/M/yy'], iso: 'yyyy-MM-dd' },
  { shape: /^\d{1,2}\/\d{1,2}\/\d{4}$/, formats: ['d/M/yyyy'], iso: 'yyyy-MM-dd' },
  { shape: /^\d{1,2}(?:st|nd|rd|th)? [a-z]+ \d{4}$/i, formats: ['do MMMM yyyy', 'do MMM yyyy'], iso: 'yyyy-MM-dd' },
  { shape: /^[a-z]+ \d{4}$/i, formats: ['MMMM yyyy', 'MMM yyyy'], iso: 'yyyy-MM' },
  { shape: /^\d{4}-(?:\d-\d{1,2}|\d{1,2}-\d)$/, formats: ['yyyy-M-d'], iso: 'yyyy-MM-dd' },
];

/** 31.3.18 and 31-03-2018 as 31/3/18 and 31/03/2018; "1 Sept. 2017" and "2 SEP, 2017" as "1 Sep 2017", "2 SEP 2017". */
function tidyWritten(text: string): string {
  return text
    .trim()
    .replace(/^(\d{1,2})[/.-](\d{1,2})[/.-](?=\d+$)/, '$1/$2/')
    .replace(/([a-z])\.?,?\s+/gi, '$1 ')
    .replace(/\bsept\b/i, 'Sep');
}

/**
 * A date as officers write them in Word, in the form plans use: 31/03/2018, 31.3.18 and 31 March 2018 (or
 * 31st Mar 2018) as 2018-03-31; March 2018 as 2018-03; 2018-3-31 as 2018-03-31. Day first, as in the UK;
 * two-digit years are this century's. Undefined for anything else, or for a day that does not exist.
 */
export function isoFromWritten(text: string): string | undefined {
  const t = tidyWritten(text);
  const form = WRITTEN.find((f) => f.shape.test(t));
  if (!form) return undefined;
  for (const f of form.formats) {
    const date = parse(t, f, REFERENCE);
    if (isValid(date)) return format(date, form.iso);
  }
  return undefined;
}
