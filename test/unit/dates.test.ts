/** Calendar days, today's date in London, and dates as officers write them: none of it may depend on the machine's time zone. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addDuration, addMonths, dayOf, daysInMonth, humanDay, isoDay, isoFromWritten, monthLabel, monthsBetween, parseIsoDay, todayIn, ymd } from '../../src/model/dates.js';

const london = (instant: string) => isoDay(todayIn('Europe/London', new Date(instant)));

describe("today's date in London at the clock changes", () => {
  it('GMT to BST on 29 March 2026 (01:00 UTC)', () => {
    expect(london('2026-03-28T23:59:59Z')).toBe('2026-03-28');
    expect(london('2026-03-29T00:00:00Z')).toBe('2026-03-29');
    expect(london('2026-03-29T00:59:00Z')).toBe('2026-03-29');
    expect(london('2026-03-29T01:00:00Z')).toBe('2026-03-29');
    // from now on 23:00 UTC is midnight in London
    expect(london('2026-03-29T22:59:59Z')).toBe('2026-03-29');
    expect(london('2026-03-29T23:00:00Z')).toBe('2026-03-30');
  });
  it('BST to GMT on 25 October 2026 (01:00 UTC)', () => {
    expect(london('2026-10-24T22:59:59Z')).toBe('2026-10-24');
    expect(london('2026-10-24T23:30:00Z')).toBe('2026-10-25');
    expect(london('2026-10-25T00:59:59Z')).toBe('2026-10-25');
    expect(london('2026-10-25T01:00:00Z')).toBe('2026-10-25');
    // back on GMT: 23:30 UTC is still the same day
    expect(london('2026-10-25T23:30:00Z')).toBe('2026-10-25');
    expect(london('2026-10-26T00:00:00Z')).toBe('2026-10-26');
  });
  it('other zones, and what it cannot tell', () => {
    expect(isoDay(todayIn('Pacific/Kiritimati', new Date('2026-06-30T10:00:00Z')))).toBe('2026-07-01');
    expect(isoDay(todayIn('America/Los_Angeles', new Date('2026-07-01T06:59:00Z')))).toBe('2026-06-30');
    expect(() => todayIn('Europe/Nowhere', new Date('2026-07-01T00:00:00Z'))).toThrow(/unknown time zone Europe\/Nowhere/);
    expect(() => todayIn('Europe/London', new Date(Number.NaN))).toThrow(/invalid time value/);
  });
});

describe('calendar arithmetic', () => {
  it('counts days in months, leap years included', () => {
    expect([daysInMonth(2018, 2), daysInMonth(2020, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2018, 4), daysInMonth(2018, 12)]).toEqual([28, 29, 28, 29, 30, 31]);
  });
  it('adds months clamping to the month end, forwards and back', () => {
    expect(isoDay(addMonths(dayOf(2018, 1, 31), 1))).toBe('2018-02-28');
    expect(isoDay(addMonths(dayOf(2018, 3, 31), -1))).toBe('2018-02-28');
    expect(isoDay(addMonths(dayOf(2017, 11, 15), 14))).toBe('2019-01-15');
    expect(isoDay(addMonths(dayOf(2018, 3, 31), -13))).toBe('2017-02-28');
  });
  it('adds ISO durations: years and months first, then weeks and days', () => {
    expect(isoDay(addDuration(dayOf(2016, 1, 31), 'P1M2D')!)).toBe('2016-03-02');
    expect(isoDay(addDuration(dayOf(2018, 3, 29), 'P2W')!)).toBe('2018-04-12');
    expect(isoDay(addDuration(dayOf(2016, 2, 29), 'P1Y')!)).toBe('2017-02-28');
    expect(addDuration(dayOf(2016, 2, 29), 'P')).toBeUndefined();
  });
  it('counts calendar months between days', () => {
    expect(monthsBetween(dayOf(2018, 3, 31), dayOf(2018, 4, 1))).toBe(1);
    expect(monthsBetween(dayOf(2018, 4, 1), dayOf(2018, 4, 30))).toBe(0);
    expect(monthsBetween(dayOf(2017, 4, 1), dayOf(2018, 3, 31))).toBe(11);
  });
  it('goes between days and their dates', () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(dayOf(1969, 12, 31)).toBe(-1);
    expect(ymd(dayOf(2018, 3, 31))).toEqual({ y: 2018, m: 3, d: 31 });
    expect(parseIsoDay('2018-03-31')).toBe(dayOf(2018, 3, 31));
    expect(parseIsoDay('2018-3-31')).toBeUndefined();
    expect(parseIsoDay('2018-13-01')).toBeUndefined();
    expect(humanDay(dayOf(2017, 9, 1))).toBe('1 Sep 2017');
    expect(monthLabel(2018, 2)).toBe('February 2018');
  });
});

describe('dates as officers write them', () => {
  it('reads the UK forms, day first, and two-digit years as this century', () => {
    const cases: [string, string | undefined][] = [
      ['31/03/18', '2018-03-31'],
      ['29/02/20', '2020-02-29'],
      ['1.4.99', '2099-04-01'],
      ['31/03-2018', '2018-03-31'],
      ['  31/03/2018 ', '2018-03-31'],
      ['1st April 2017', '2017-04-01'],
      ['22nd Sep 2016', '2016-09-22'],
      ['3rd Dec. 2016', '2016-12-03'],
      ['30 june 2017', '2017-06-30'],
      ['September 2016', '2016-09'],
      ['Sept 2016', '2016-09'],
      ['March, 2018', '2018-03'],
      ['2018-02-3', '2018-02-03'],
      ['29 Feb 2019', undefined], // no such day
      ['31/04/2018', undefined],
      ['2018-2-30', undefined],
      ['31/3/5', undefined], // a year is written with two digits or four
      ['31/03/123', undefined],
      ['31 Mar 18', undefined], // with a month's name, the year is written in full
      ['Marc 2018', undefined],
      ['2018/3/31', undefined],
      ['31 March', undefined],
    ];
    for (const [text, iso] of cases) expect(isoFromWritten(text), text).toBe(iso);
  });
});

describe("the machine's time zone", () => {
  // Kiritimati skipped 31 December 1994 and Apia 30 December 2011, so local-time arithmetic goes wrong there.
  const probe = `
    import { addDuration, addMonths, dayOf, daysInMonth, humanDay, isoDay, isoFromWritten, parseIsoDay, todayIn } from ${JSON.stringify(fileURLToPath(new URL('../../src/model/dates.ts', import.meta.url)))};
    import { parsePeriodValue, quarterContaining, quarterSpan } from ${JSON.stringify(fileURLToPath(new URL('../../src/model/period.ts', import.meta.url)))};
    const span = (t) => { const v = parsePeriodValue(t); return 'error' in v ? v.error : [isoDay(v.start), isoDay(v.end)]; };
    console.log(JSON.stringify([
      isoDay(dayOf(1994, 12, 31)), isoDay(dayOf(2011, 12, 30)), parseIsoDay('1994-12-31') - parseIsoDay('1994-12-30'),
      isoDay(addMonths(dayOf(1994, 11, 30), 1)), isoDay(addMonths(dayOf(2011, 11, 30), 1)), isoDay(addDuration(dayOf(1994, 12, 30), 'P1D')),
      daysInMonth(2011, 12), humanDay(dayOf(2011, 12, 30)), isoFromWritten('30/12/2011'), isoFromWritten('31 Dec 1994'),
      span('2011-12'), span('1994-12-31'), span('2017/18 Q3'), quarterContaining(dayOf(2018, 3, 31)), quarterSpan({ year: 2011, q: 3 }).end,
      isoDay(todayIn('Europe/London', new Date('2026-03-29T00:59:00Z'))), isoDay(todayIn('Europe/London', new Date('2026-10-24T23:30:00Z'))),
    ]));
  `;
  const expected = [
    '1994-12-31', '2011-12-30', 1,
    '1994-12-30', '2011-12-30', '1994-12-31',
    31, '30 Dec 2011', '2011-12-30', '1994-12-31',
    ['2011-12-01', '2012-01-01'], ['1994-12-31', '1995-01-01'], ['2017-10-01', '2018-01-01'], { year: 2017, q: 4 }, dayOf(2012, 1, 1),
    '2026-03-29', '2026-10-25',
  ];
  for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Apia']) {
    it(`gives the same days with TZ=${zone}`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(expected);
    });
  }
});
