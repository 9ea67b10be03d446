/**
 * The target a quarter's figure is compared with: the quarter's own (profiled) target where the plan gives one;
 * else the year's, which for a cumulative measure is pro rata to the quarter (480 a year is 240 by Q2) and for
 * any other measure applies as it is. A target relative to the baseline, or closing a gap, is worked out here.
 */
import type { Measure, Target } from '../../model/plan.js';
import { type Quarter, type Span, fiscalYearLabel } from '../../model/period.js';

export type ResolvedTarget =
  | { kind: 'value'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'close-gap'; comparator: string; value: number; baselineGap?: number }
  | { kind: 'tbc'; why: string };

export interface TargetForQuarter {
  /** the targets key it comes from: 2026/27 Q2, or 2026/27 */
  period: string;
  /** the quarter's own target, the year's, or the year's pro rata to the quarter */
  basis: 'quarter' | 'year' | 'year pro rata';
  target: ResolvedTarget;
  /** how it was worked out, where it was not simply written */
  working?: string;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function resolve(m: Measure, t: Target): { target: ResolvedTarget; working?: string } {
  const v = t.value;
  if (typeof v === 'number') return { target: { kind: 'value', value: v } };
  if (v === 'tbc') return { target: { kind: 'tbc', why: 'target tbc' } };
  if (v.kind === 'range') return { target: v };
  const base = m.baseline?.value;
  if (v.kind === 'change-on-baseline') {
    if (typeof base !== 'number') return { target: { kind: 'tbc', why: `target is ${v.percent}% on a baseline still to be set` } };
    const value = round(base * (1 + v.percent / 100));
    return { target: { kind: 'value', value }, working: `baseline ${base} ${v.percent >= 0 ? '+' : '-'} ${Math.abs(v.percent)}%` };
  }
  return { target: { kind: 'close-gap', comparator: v.comparator, value: v.value, ...(typeof base === 'number' ? { baselineGap: round(Math.abs(v.value - base)) } : {}) } };
}

/** The target for the quarter, or undefined when the plan gives none for it or its year. */
export function targetForQuarter(m: Measure, quarter: Quarter, span: Span): TargetForQuarter | undefined {
  const own = m.targets.find((t) => t.start === span.start && t.end === span.end);
  if (own) return { period: own.period, basis: 'quarter', ...resolve(m, own) };
  const yearLabel = fiscalYearLabel(quarter.year);
  const year = m.targets.find((t) => t.period === yearLabel);
  if (!year) return undefined;
  const resolved = resolve(m, year);
  if (m.aggregation === 'cumulative' && quarter.q < 4 && resolved.target.kind === 'value') {
    const whole = resolved.target.value;
    return { period: year.period, basis: 'year pro rata', target: { kind: 'value', value: round((whole * quarter.q) / 4) }, working: `${whole} for the year × ${quarter.q}/4` };
  }
  return { period: year.period, basis: 'year', ...resolved };
}
