/**
 * Which of a measure's figures the report reads for a quarter: the current one falls in the quarter (a figure
 * from an earlier quarter is never current: it is the previous one, and the current one is missing); the
 * previous one is the latest before it, or the baseline; last year's is for the same period a year earlier.
 */
import { addMonths } from '../../model/dates.js';
import type { Measure } from '../../model/plan.js';
import type { Span } from '../../model/period.js';
import type { Figure } from './figures.js';

export interface Comparison {
  period: string;
  value: number;
  /** the figure is the measure's baseline, not an actual */
  baseline?: true;
}

/** The latest figure ending within the quarter (after its start, by its end). */
export function currentFigure(list: readonly Figure[], quarter: Span): Figure | undefined {
  let found: Figure | undefined;
  for (const f of list) if (f.end > quarter.start && f.end <= quarter.end) found = f;
  return found;
}

/** The latest figure before the current one (of the same length, when there is a current one), else the baseline. */
export function previousFigure(m: Measure, list: readonly Figure[], quarter: Span, current: Figure | undefined): Comparison | undefined {
  const length = current ? current.end - current.start : undefined;
  const sameLength = (f: Figure) => length === undefined || Math.abs(f.end - f.start - length) <= 3;
  let found: Figure | undefined;
  for (const f of list) if (f !== current && f.end <= (current ? current.start : quarter.end) && sameLength(f)) found = f;
  if (found) return { period: found.period, value: found.value };
  if (m.baseline && typeof m.baseline.value === 'number') return { period: m.baseline.period ?? 'baseline', value: m.baseline.value, baseline: true };
  return undefined;
}

/** The figure for the same period a year before the current one. */
export function lastYearFigure(list: readonly Figure[], current: Figure | undefined): Comparison | undefined {
  if (!current) return undefined;
  const start = addMonths(current.start, -12);
  const end = addMonths(current.end, -12);
  const found = list.find((f) => f.start === start && f.end === end);
  return found ? { period: found.period, value: found.value } : undefined;
}
