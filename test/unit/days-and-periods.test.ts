import { describe, expect, it } from 'vitest';
import { addDuration, dayOf, humanDay, isoDay, isoFromWritten, parseIsoDay, todayIn } from '../../src/model/dates.js';
import { fiscalYearsIn, isError, parsePeriodValue, parsePlanPeriod, parseQuarter, previousQuarter, quarterContaining, quarterLabel, quarterSpan } from '../../src/model/period.js';
import { resolveTimeframe } from '../../src/model/timeframe.js';

const d = (s: string) => parseIsoDay(s)!;

describe('days', () => {
  it('rejects impossible dates and accepts leap days', () => {
    expect(parseIsoDay('2018-02-30')).toBeUndefined();
    expect(parseIsoDay('2019-02-29')).toBeUndefined();
    expect(isoDay(parseIsoDay('2020-02-29')!)).toBe('2020-02-29');
  });
  it('adds durations by calendar', () => {
    expect(isoDay(addDuration(d('2015-09-01'), 'P3Y')! - 1)).toBe('2018-08-31');
    expect(isoDay(addDuration(d('2016-01-31'), 'P1M')!)).toBe('2016-02-29');
    expect(addDuration(d('2016-01-31'), '3 years')).toBeUndefined();
  });
  it('writes days the way council papers do', () => {
    expect(humanDay(d('2018-03-31'))).toBe('31 Mar 2018');
  });
  it('reads a date written as in Word into the form plans use, day first', () => {
    const cases: [string, string | undefined][] = [
      ['31/03/2018', '2018-03-31'],
      ['1/4/2017', '2017-04-01'],
      ['31.3.18', '2018-03-31'],
      ['31-03-2018', '2018-03-31'],
      ['31 March 2018', '2018-03-31'],
      ['31st Mar 2018', '2018-03-31'],
      ['1 Sept. 2017', '2017-09-01'],
      ['2 SEP, 2017', '2017-09-02'],
      ['March 2018', '2018-03'],
      ['Sep 2016', '2016-09'],
      ['2018-3-31', '2018-03-31'],
      ['2018-03-31', undefined], // already right: nothing to say
      ['30/02/2018', undefined], // no such day
      ['03/31/2018', undefined], // month first is not read as US: there is no month 31
      ['31 Ma 2018', undefined],
      ['Q4', undefined],
      ['2017/18', undefined],
      ['tbc', undefined],
      ['', undefined],
    ];
    for (const [text, iso] of cases) expect(isoFromWritten(text), text).toBe(iso);
  });
});

describe('fiscal periods', () => {
  it('a quarter is a value with a half-open span', () => {
    const q = { year: 2017, q: 3 as const };
    expect(quarterLabel(q)).toBe('2017/18 Q3');
    const s = quarterSpan(q);
    expect(isoDay(s.start)).toBe('2017-10-01');
    expect(isoDay(s.end)).toBe('2018-01-01');
    expect(quarterSpan({ year: 2017, q: 4 }).end).toBe(dayOf(2018, 4, 1));
  });
  it('finds the quarter containing a day, and the one before', () => {
    expect(quarterContaining(d('2018-03-31'))).toEqual({ year: 2017, q: 4 });
    expect(quarterContaining(d('2018-04-01'))).toEqual({ year: 2018, q: 1 });
    expect(previousQuarter({ year: 2018, q: 1 })).toEqual({ year: 2017, q: 4 });
  });
  it('honours a different fiscal-year start', () => {
    expect(quarterContaining(d('2018-03-31'), 1)).toEqual({ year: 2018, q: 1 });
    expect(isoDay(quarterSpan({ year: 2018, q: 1 }, 1).start)).toBe('2018-01-01');
  });
  it('reads quarters as councils write them', () => {
    expect(parseQuarter('2017/18 Q3')).toEqual({ year: 2017, q: 3 });
    expect(parseQuarter('2017/18-Q3')).toEqual({ year: 2017, q: 3 });
    expect(parseQuarter('Q3 2017/18')).toEqual({ year: 2017, q: 3 });
    expect(isError(parseQuarter('2017/19 Q3'))).toBe(true);
    expect(isError(parseQuarter('Q5 2017/18'))).toBe(true);
  });
  it('parses every period precision', () => {
    const m = parsePeriodValue('2016-06');
    expect(!isError(m) && [isoDay(m.start), isoDay(m.end)]).toEqual(['2016-06-01', '2016-07-01']);
    const fy = parsePeriodValue('2018/19');
    expect(!isError(fy) && isoDay(fy.end - 1)).toBe('2019-03-31');
    expect(parsePeriodValue('2018-02-30')).toEqual({ error: '2018-02-30 is not a real date: February 2018 has 28 days' });
  });
  it('parses each text once per fiscal-year start, and the shared result cannot be changed', () => {
    const april = parsePeriodValue('2017/18 Q1');
    expect(parsePeriodValue('2017/18 Q1')).toBe(april);
    expect(Object.isFrozen(april)).toBe(true);
    // a council whose year starts in January: the same text is another span, not the one remembered
    const january = parsePeriodValue('2017/18 Q1', 1);
    expect(!isError(april) && !isError(january) && [isoDay(april.start), isoDay(january.start)]).toEqual(['2017-04-01', '2017-01-01']);
    expect(parsePeriodValue('2017/18 Q1', 4)).toEqual(april);
  });
  it('reads a multi-year plan period and lists its years', () => {
    const p = parsePlanPeriod('2016/17-2019/20');
    expect(!isError(p) && fiscalYearsIn(p)).toEqual(['2016/17', '2017/18', '2018/19', '2019/20']);
  });
});

describe('timeframes', () => {
  it('a month is due at its end; a fiscal year at its end; a range at its end', () => {
    const due = (f: Record<string, unknown>) => {
      const t = resolveTimeframe(f);
      return t.due.kind === 'date' ? isoDay(t.due.day) : t.due.kind;
    };
    expect(due({ due: '2016-06' })).toBe('2016-06-30');
    expect(due({ due: '2018/19' })).toBe('2019-03-31');
    expect(due({ start: '2016-04', due: '2016-07' })).toBe('2016-07-31');
    expect(due({ due: 'ongoing' })).toBe('open');
    expect(due({ due: 'tbc' })).toBe('tbc');
    expect(due({ start: '2015-09-01', duration: 'P3Y', due: 'tbc' })).toBe('2018-08-31');
  });
});

describe("today's date in London", () => {
  const viaIntl = (now: Date) => parseIsoDay(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now));

  it('agrees with Intl at the clock changes and late on summer evenings', () => {
    const instants = [
      '2024-03-31T00:59:59Z', '2024-03-31T01:00:00Z', '2024-03-30T23:30:00Z', '2024-03-31T23:30:00Z',
      '2024-10-27T00:59:59Z', '2024-10-27T01:00:00Z', '2024-10-26T23:30:00Z', '2024-10-27T23:30:00Z',
      '2026-06-30T23:00:00Z', '2026-06-30T22:59:59Z', '2026-12-31T23:59:59Z', '2027-01-01T00:00:00Z', '2028-02-28T23:30:00Z',
    ].map((s) => new Date(s));
    for (const now of instants) expect(isoDay(todayIn('Europe/London', now)), now.toISOString()).toBe(isoDay(viaIntl(now)!));
    // 23:30 UTC in summer is already tomorrow in London; in winter it is not
    expect(isoDay(todayIn('Europe/London', new Date('2026-06-30T23:30:00Z')))).toBe('2026-07-01');
    expect(isoDay(todayIn('Europe/London', new Date('2026-12-30T23:30:00Z')))).toBe('2026-12-30');
  });

  it('agrees with Intl on every half hour of two years', () => {
    const start = Date.UTC(2025, 0, 1);
    for (let t = start; t < start + 2 * 366 * 86_400_000; t += 1_800_000) {
      const now = new Date(t);
      if (todayIn('Europe/London', now) !== viaIntl(now)) throw new Error(`differs at ${now.toISOString()}`);
    }
  });

  it('uses Intl for other zones', () => {
    expect(isoDay(todayIn('Pacific/Auckland', new Date('2026-06-30T13:00:00Z')))).toBe('2026-07-01');
  });
});
