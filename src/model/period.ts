/**
 * Fiscal periods as values, after hledger's period model: a fiscal year or quarter is a value with a
 * half-open span [start, end). Councils' years start in April unless the project says otherwise.
 */
import { type Day, addMonths, dayOf, daysInMonth, monthLabel, monthsBetween, parseIsoDay, ymd } from './dates.js';

export interface Span {
  start: Day;
  /** exclusive */
  end: Day;
}

export type Precision = 'day' | 'month' | 'quarter' | 'fiscal-year' | 'range';

/** A date as an officer writes it, with its precision kept: 2018-03-31, 2016-06, 2017/18, 2017/18 Q3. */
export interface PeriodValue extends Span {
  text: string;
  precision: Precision;
}

export const DEFAULT_FY_START = 4;

export function fiscalYearSpan(startYear: number, fyStart = DEFAULT_FY_START): Span {
  const start = dayOf(startYear, fyStart, 1);
  return { start, end: addMonths(start, 12) };
}

export function fiscalYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export interface Quarter {
  /** the calendar year in which the fiscal year starts: 2017 for 2017/18 */
  year: number;
  q: 1 | 2 | 3 | 4;
}

export function quarterSpan(quarter: Quarter, fyStart = DEFAULT_FY_START): Span {
  const start = addMonths(fiscalYearSpan(quarter.year, fyStart).start, (quarter.q - 1) * 3);
  return { start, end: addMonths(start, 3) };
}

export function quarterLabel(quarter: Quarter): string {
  return `${fiscalYearLabel(quarter.year)} Q${quarter.q}`;
}

export function quarterContaining(day: Day, fyStart = DEFAULT_FY_START): Quarter {
  const { y, m } = ymd(day);
  const year = m >= fyStart ? y : y - 1;
  const monthsIntoYear = monthsBetween(fiscalYearSpan(year, fyStart).start, day);
  return { year, q: (Math.floor(monthsIntoYear / 3) + 1) as Quarter['q'] };
}

export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.q === 1 ? { year: quarter.year - 1, q: 4 } : { year: quarter.year, q: (quarter.q - 1) as Quarter['q'] };
}

/**
 * Reads a quarter the way councils write it: "2017/18 Q3", "2017/18-Q3", "2017-18 Q3", "Q3 2017/18".
 * Returns an error message for anything else, including a year pair that does not follow on (2017/19).
 */
export function parseQuarter(text: string): Quarter | { error: string } {
  const t = text.trim();
  const m = /^(\d{4})[/-](\d{2})[\s-]*Q([1-4])$/i.exec(t) ?? /^Q([1-4])[\s-]*(\d{4})[/-](\d{2})$/i.exec(t);
  if (!m) return { error: `"${text}" is not a quarter: write it as 2017/18 Q3` };
  const [yearText, nextText, qText] = /^Q/i.test(t) ? [m[2], m[3], m[1]] : [m[1], m[2], m[3]];
  const year = Number(yearText);
  if ((year + 1) % 100 !== Number(nextText)) return { error: `"${text}": ${yearText}/${nextText} is not a fiscal year (the second year must follow the first, as in ${fiscalYearLabel(year)})` };
  return { year, q: Number(qText) as Quarter['q'] };
}

const FY = /^(\d{4})\/(\d{2})$/;
const FYQ = /^(\d{4})\/(\d{2}) Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses any dated value the model allows: a day, a month, a fiscal year or a fiscal quarter.
 * Returns an error string when the text has the right shape but names no real date (2018-02-30, 2017/19).
 */
export function parsePeriodValue(text: string, fyStart = DEFAULT_FY_START): PeriodValue | { error: string } {
  // Each text is read once per fiscal-year start and the result shared between callers, so it is frozen.
  if (fyStart !== parsedFy || parsed.size >= PARSED_MAX) {
    parsed.clear();
    parsedFy = fyStart;
  }
  let v = parsed.get(text);
  if (v === undefined) {
    v = Object.freeze(parseUncached(text, fyStart));
    parsed.set(text, v);
  }
  return v;
}

const PARSED_MAX = 10_000;
const parsed = new Map<string, PeriodValue | { error: string }>();
let parsedFy = -1;

function parseUncached(text: string, fyStart: number): PeriodValue | { error: string } {
  let m: RegExpExecArray | null;
  if ((m = DAY.exec(text))) {
    const start = parseIsoDay(text);
    if (start === undefined) {
      const [y, mo] = [Number(m[1]), Number(m[2])];
      return { error: mo >= 1 && mo <= 12 ? `${text} is not a real date: ${monthLabel(y, mo)} has ${daysInMonth(y, mo)} days` : `${text} is not a real date` };
    }
    return { text, precision: 'day', start, end: start + 1 };
  }
  if ((m = MONTH.exec(text))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return { error: `${text} is not a real month` };
    const start = dayOf(y, mo, 1);
    return { text, precision: 'month', start, end: addMonths(start, 1) };
  }
  if ((m = FYQ.exec(text))) {
    const y = Number(m[1]);
    if ((y + 1) % 100 !== Number(m[2])) return { error: `${text}: ${m[1]}/${m[2]} is not a fiscal year (did you mean ${fiscalYearLabel(y)}?)` };
    return { text, precision: 'quarter', ...quarterSpan({ year: y, q: Number(m[3]) as Quarter['q'] }, fyStart) };
  }
  if ((m = FY.exec(text))) {
    const y = Number(m[1]);
    if ((y + 1) % 100 !== Number(m[2])) return { error: `${text} is not a fiscal year (did you mean ${fiscalYearLabel(y)}?)` };
    return { text, precision: 'fiscal-year', ...fiscalYearSpan(y, fyStart) };
  }
  return { error: `${text} is not a date` };
}

export function isError<T extends object>(v: T | { error: string }): v is { error: string } {
  return 'error' in v;
}

/** The plan's own period: 2017/18, 2016/17-2019/20, or explicit dates. */
export function parsePlanPeriod(period: unknown, fyStart = DEFAULT_FY_START): PeriodValue | { error: string } {
  if (typeof period === 'string') {
    const [a, b] = period.split('-') as [string, string | undefined];
    const first = parsePeriodValue(a, fyStart);
    if (isError(first)) return first;
    if (b === undefined) return first;
    const last = parsePeriodValue(b, fyStart);
    if (isError(last)) return last;
    if (last.end <= first.start) return { error: `the period ${period} ends before it starts` };
    return { text: period, precision: 'range', start: first.start, end: last.end };
  }
  if (period && typeof period === 'object') {
    const p = period as { start?: unknown; end?: unknown; label?: unknown };
    if (typeof p.start !== 'string' || typeof p.end !== 'string') return { error: 'the period needs a start and an end' };
    const s = parsePeriodValue(p.start, fyStart);
    const e = parsePeriodValue(p.end, fyStart);
    if (isError(s)) return s;
    if (isError(e)) return e;
    if (e.end <= s.start) return { error: `the period ends (${p.end}) before it starts (${p.start})` };
    return { text: typeof p.label === 'string' ? p.label : `${p.start} to ${p.end}`, precision: 'range', start: s.start, end: e.end };
  }
  return { error: 'the plan has no period' };
}

/** The fiscal years a span touches, as labels (2016/17, 2017/18, ...). */
export function fiscalYearsIn(span: Span, fyStart = DEFAULT_FY_START): string[] {
  const out: string[] = [];
  const q = quarterContaining(span.start, fyStart);
  for (let year = q.year; fiscalYearSpan(year, fyStart).start < span.end; year++) out.push(fiscalYearLabel(year));
  return out;
}
