/**
 * Calendar days as plain integers (days since 1970-01-01, UTC), so that spans are cheap to compare and
 * arithmetic never meets a time zone. Spans are half-open: [start, end).
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function dayOf(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function isoDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 31 Mar 2018: the way council papers write a date. */
export function humanDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const { y, m, d } = ymd(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Parses a strict ISO day (2018-03-31). Returns undefined for anything else, including 2018-02-30. */
export function parseIsoDay(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? dayOf(y, mo, d) : undefined;
}

/**
 * Today's date where the council is: Europe/London unless told otherwise. London's offset is worked out
 * from the UK's summer-time rule (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October, in force since 1996) rather than asked of Intl, whose time-zone data takes longer to
 * load (about 12 ms) than the rest of plan lint's start-up. Other zones use Intl.
 */
export function todayIn(timeZone = 'Europe/London', now: Date = new Date()): Day {
  const t = now.getTime();
  if (timeZone === 'Europe/London' && Number.isFinite(t) && now.getUTCFullYear() >= 1996) {
    const y = now.getUTCFullYear();
    const lastSundayAt1 = (month: number) => {
      const last = new Date(Date.UTC(y, month + 1, 0));
      return Date.UTC(y, month, last.getUTCDate() - last.getUTCDay(), 1);
    };
    const bst = t >= lastSundayAt1(2) && t < lastSundayAt1(9);
    const local = new Date(t + (bst ? 3_600_000 : 0));
    return dayOf(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  }
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const day = parseIsoDay(parts);
  if (day === undefined) throw new Error(`cannot read today's date from ${parts}`);
  return day;
}

/** ISO 8601 durations of the form P3Y, P6M, P2W, P10D (and combinations). */
export function addDuration(day: Day, duration: string): Day | undefined {
  const m = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!m) return undefined;
  const [years, months, weeks, days] = [m[1], m[2], m[3], m[4]].map((v) => (v ? Number(v) : 0)) as [number, number, number, number];
  return addMonths(day, years * 12 + months) + weeks * 7 + days;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 3 for 'Mar', 'march' or 'MARCH.'; undefined for anything that is not a month's name or its first three letters. */
function monthNamed(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((name) => name === w || (w.length === 3 && name.startsWith(w)) || (w === 'sept' && name === 'september'));
  return i === -1 ? undefined : i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * A date as officers write them in Word, in the form plans use: 31/03/2018, 31.3.18 and 31 March 2018 (or
 * 31st Mar 2018) as 2018-03-31; March 2018 as 2018-03; 2018-3-31 as 2018-03-31. Day first, as in the UK;
 * two-digit years are this century's. Undefined for anything else, or for a day that does not exist.
 */
export function isoFromWritten(text: string): string | undefined {
  const t = text.trim();
  const day = (y: number, m: number, d: number) => (isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t);
  if (m) return day(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthNamed(m[2]!);
    return month === undefined ? undefined : day(Number(m[3]), month, Number(m[1]));
  }
  m = /^([A-Za-z]+\.?),?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthNamed(m[1]!);
    return month === undefined ? undefined : `${m[2]}-${pad(month)}`;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m && (m[2]!.length === 1 || m[3]!.length === 1)) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}
