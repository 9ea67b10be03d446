/**
 * When a measure's figure is due: a quarterly or monthly measure every quarter, a biannual one at Q2 and Q4,
 * an annual one at Q4 (before then it is "not yet due"), a termly one at the ends of the school terms
 * (Q1, Q3 and Q4). An ad-hoc measure, or one whose frequency the plan does not give, is never due.
 */
import type { Precision } from '../../model/period.js';

export type Frequency = 'monthly' | 'quarterly' | 'termly' | 'biannual' | 'annual' | 'ad-hoc';

const DUE_IN: Record<Frequency, readonly number[]> = { monthly: [1, 2, 3, 4], quarterly: [1, 2, 3, 4], termly: [1, 3, 4], biannual: [2, 4], annual: [4], 'ad-hoc': [] };

export function isFrequency(v: string | undefined): v is Frequency {
  return v !== undefined && v in DUE_IN;
}

/** Whether a figure is due in quarter q (1 to 4) of the year. */
export function dueInQuarter(frequency: string | undefined, q: number): boolean {
  return isFrequency(frequency) && DUE_IN[frequency].includes(q);
}

/** The period lengths a measure of this frequency reports: an annual measure's actuals are for years (or a snapshot's date), a quarterly one's for quarters. */
export function precisionsFor(frequency: Frequency): readonly Precision[] {
  switch (frequency) {
    case 'monthly':
      return ['month', 'day'];
    case 'quarterly':
      return ['quarter', 'month', 'day'];
    case 'annual':
      // (a month or day is an annual snapshot's date: the September census, the 31 March position)
      return ['fiscal-year', 'month', 'day'];
    default:
      return ['fiscal-year', 'quarter', 'month', 'day'];
  }
}
