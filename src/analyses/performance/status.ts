/** A measure's standing in a quarter: one status a row shows and the counts add up, in words. */
export type MeasureStatus = 'green' | 'amber' | 'red' | 'missing' | 'not-due' | 'no-actual' | 'no-target' | 'target-tbc' | 'not-rated' | 'data-only';

export const MEASURE_STATUSES: readonly MeasureStatus[] = ['green', 'amber', 'red', 'missing', 'not-due', 'no-actual', 'no-target', 'target-tbc', 'not-rated', 'data-only'];

export const MEASURE_STATUS_LABEL: Record<MeasureStatus, string> = {
  green: 'Green (on target)',
  amber: 'Amber (near target)',
  red: 'Red (off target)',
  missing: 'Actual missing',
  'not-due': 'Not yet due',
  'no-actual': 'No actual',
  'no-target': 'No target',
  'target-tbc': 'Target tbc',
  'not-rated': 'Not rated (no polarity)',
  'data-only': 'Data only',
};

export function emptyMeasureCounts(): Record<MeasureStatus, number> {
  return Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>;
}
