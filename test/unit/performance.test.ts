/** One measure's performance in a quarter (src/analyses/performance), from measures as plans write them. */
import { describe, expect, it } from 'vitest';
import { measurePerformance } from '../../src/analyses/performance/measure.js';
import { type PerformanceSettings, defaultConfig } from '../../src/config.js';
import { buildPlan } from '../../src/model/plan.js';
import { ROOT } from '../helpers.js';

const config = defaultConfig(ROOT);
const Q2 = { year: 2026, q: 2 as const };
const judge = (m: Record<string, unknown>, settings: Partial<PerformanceSettings> = {}, quarter: { year: number; q: 1 | 2 | 3 | 4 } = Q2) =>
  measurePerformance(buildPlan({ id: 'p', measures: [{ id: 'M', title: 'm', frequency: 'quarterly', ...m }] }, { file: 'p.yaml', config }).measures[0]!, quarter, 4, { ...config.performance, ...settings });

describe('measure performance', () => {
  it("rates a quarter's figure against the quarter's own target: 122 kg against 118 is red, not green against the year's 480", () => {
    const m = judge({ polarity: 'lower', targets: { '2026/27': 480, '2026/27 Q2': 118 }, actuals: [{ period: '2026/27 Q2', value: 122 }] });
    expect([m.status, m.target?.period, m.target?.basis]).toEqual(['red', '2026/27 Q2', 'quarter']);
    expect(m.reason).toBe("122 for 2026/27 Q2: 4 above the target of 118 (2026/27 Q2's own target)");
  });
  it('compares a cumulative measure mid-year with the year target pro rata', () => {
    const m = judge({ polarity: 'higher', aggregation: 'cumulative', targets: { '2026/27': 400 }, actuals: [{ period: '2026/27 Q2', value: 190 }] });
    expect([m.status, m.target?.target]).toEqual(['red', { kind: 'value', value: 200 }]);
    expect(judge({ polarity: 'higher', aggregation: 'snapshot', targets: { '2026/27': 400 }, actuals: [{ period: '2026/27 Q2', value: 190 }] }).target?.target).toEqual({ kind: 'value', value: 400 });
  });
  it('never rates an earlier quarter as current: the current figure is missing and the earlier one is previous', () => {
    const m = judge({ polarity: 'higher', targets: { '2026/27': 92 }, actuals: [{ period: '2026/27 Q1', value: 89 }] });
    expect([m.status, m.actual, m.previous?.value, m.rag]).toEqual(['missing', undefined, 89, undefined]);
  });
  it('an annual measure is not yet due before Q4, and due (missing) in Q4', () => {
    const m = { polarity: 'higher', frequency: 'annual', targets: { '2026/27': 65 }, actuals: [{ period: '2025/26', value: 62 }] };
    expect(judge(m).status).toBe('not-due');
    expect(judge(m, {}, { year: 2026, q: 4 }).status).toBe('missing');
    expect(judge({ ...m, actuals: [{ period: '2025/26', value: 62 }, { period: '2026/27', value: 66 }] }, {}, { year: 2026, q: 4 })).toMatchObject({ status: 'green', previous: { value: 62 }, lastYear: { value: 62 } });
  });
  it('works out a rate from its numerator and denominator', () => {
    const m = judge({ unit: 'percent', polarity: 'higher', aggregation: 'rate', targets: { '2026/27': 60 }, actuals: [{ period: '2026/27 Q2', value: null, numerator: 45, denominator: 80 }] });
    expect([m.actual?.value, m.status]).toEqual([56.25, 'red']);
  });
  it('never rates a data-only or neutral measure', () => {
    expect(judge({ dataOnly: true, polarity: 'higher', targets: { '2026/27': 1 }, actuals: [{ period: '2026/27 Q2', value: 0 }] }).status).toBe('data-only');
    expect(judge({ polarity: 'neutral', actuals: [{ period: '2026/27 Q2', value: 0 }] }).status).toBe('data-only');
  });
  it('rates a range, a change on the baseline and closing a gap as councils do', () => {
    const q2 = (value: number) => [{ period: '2026/27 Q2', value }];
    expect(judge({ targets: { '2026/27': { min: 80, max: 85 } }, actuals: q2(86) }).status).toBe('red');
    expect(judge({ targets: { '2026/27': { min: 80, max: 85 } }, actuals: q2(85) }).status).toBe('green');
    const relative = { polarity: 'higher', baseline: { value: 50 }, targets: { '2026/27': { percentChange: 5.6 } } };
    expect(judge({ ...relative, actuals: q2(52.8) })).toMatchObject({ status: 'green', target: { target: { kind: 'value', value: 52.8 } } });
    expect(judge({ ...relative, baseline: { value: 'tbc' }, actuals: q2(52.8) }).status).toBe('target-tbc');
    const gap = { polarity: 'higher', baseline: { value: 76.9 }, targets: { '2026/27': { closeGap: { comparator: 'national', value: 82.5 } } } };
    expect(judge({ ...gap, actuals: q2(79) }).status).toBe('amber');
    expect(judge({ ...gap, actuals: q2(76) }).status).toBe('red');
    expect(judge({ ...gap, actuals: q2(83) }).status).toBe('green');
  });
  it("takes the council's default tolerance, a measure's own over it, and the better-than-last-year rule when set", () => {
    const m = { polarity: 'higher', targets: { '2026/27': 80 }, actuals: [{ period: '2025/26 Q2', value: 60 }, { period: '2026/27 Q2', value: 77 }] };
    expect(judge(m).status).toBe('red');
    expect(judge(m, { tolerancePercent: 5 }).status).toBe('amber');
    expect(judge({ ...m, tolerance: 1 }, { tolerancePercent: 5 }).status).toBe('red');
    expect(judge({ ...m, tolerance: 1 }, { amberWhenBetterThanLastYear: true }).status).toBe('amber');
  });
  it('gives the direction of travel against the previous period and the same period last year', () => {
    const m = judge({ polarity: 'lower', actuals: [{ period: '2025/26 Q2', value: 10 }, { period: '2026/27 Q1', value: 7 }, { period: '2026/27 Q2', value: 8 }] });
    expect(m.travel).toEqual({ previous: { word: 'worsened', arrow: '↑', since: '2026/27 Q1' }, lastYear: { word: 'improved', arrow: '↓', since: '2025/26 Q2' } });
  });
  it('falls back to the baseline for Previous', () => {
    expect(judge({ baseline: { period: '2025/26', value: 40 }, actuals: [{ period: '2026/27 Q2', value: 42 }] }).previous).toEqual({ period: '2025/26', value: 40, baseline: true });
  });
});
