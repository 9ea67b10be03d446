/**
 * One measure's performance in a quarter, the one judgement report, overdue, risks and export read: its current
 * figure (never an earlier quarter's), the target that figure is compared with, the rating and why, and the
 * direction of travel against the previous period and the same period last year.
 */
import type { PerformanceSettings } from '../../config.js';
import type { Baseline, Measure, Rag } from '../../model/plan.js';
import { type Quarter, quarterLabel, quarterSpan } from '../../model/period.js';
import { dueInQuarter } from './due.js';
import { type Figure, figures } from './figures.js';
import { type Comparison, currentFigure, lastYearFigure, previousFigure } from './periods.js';
import { rate } from './rag.js';
import type { MeasureStatus } from './status.js';
import { type TargetForQuarter, targetForQuarter } from './target.js';
import { type Travel, travel } from './travel.js';

export interface MeasurePerformance {
  id: string;
  title: string;
  owner: string[];
  unit?: string;
  polarity?: string;
  frequency?: string;
  aggregation?: string;
  dataOnly: boolean;
  baseline?: Baseline;
  /** the target the quarter's figure is compared with */
  target?: TargetForQuarter;
  /** the quarter's own figure; an earlier one is never current */
  actual?: Figure;
  previous?: Comparison;
  lastYear?: Comparison;
  travel: { previous?: Travel; lastYear?: Travel };
  status: MeasureStatus;
  rag?: Rag;
  /** how the status was reached, in words an officer can check */
  reason: string;
  /** the figures up to the quarter's end, for charts */
  series: Figure[];
}

export function measurePerformance(m: Measure, quarter: Quarter, fyStart: number, settings: PerformanceSettings): MeasurePerformance {
  const span = quarterSpan(quarter, fyStart);
  const all = figures(m);
  const series = all.filter((f) => f.end <= span.end);
  const actual = currentFigure(series, span);
  const previous = previousFigure(m, series, span, actual);
  const lastYear = lastYearFigure(all, actual);
  const target = targetForQuarter(m, quarter, span);
  const polarity = m.polarity;
  const row: MeasurePerformance = {
    id: m.id,
    title: m.title ?? '',
    owner: m.owner,
    ...(m.unit ? { unit: m.unit } : {}),
    ...(polarity ? { polarity } : {}),
    ...(m.frequency ? { frequency: m.frequency } : {}),
    ...(m.aggregation ? { aggregation: m.aggregation } : {}),
    dataOnly: m.dataOnly,
    ...(m.baseline ? { baseline: m.baseline } : {}),
    ...(target ? { target } : {}),
    ...(actual ? { actual } : {}),
    ...(previous ? { previous } : {}),
    ...(lastYear ? { lastYear } : {}),
    travel: {
      ...(actual && previous ? { previous: travel(actual.value, previous, polarity) } : {}),
      ...(actual && lastYear ? { lastYear: travel(actual.value, lastYear, polarity) } : {}),
    },
    status: 'no-actual',
    reason: '',
    series,
  };
  const label = quarterLabel(quarter);
  const { status, reason, rag } = judge(m, row, quarter, label, settings);
  row.status = status;
  row.reason = reason;
  if (rag) row.rag = rag;
  return row;
}

function judge(m: Measure, row: MeasurePerformance, quarter: Quarter, label: string, settings: PerformanceSettings): { status: MeasureStatus; reason: string; rag?: Rag } {
  if (m.dataOnly || m.polarity === 'neutral') return { status: 'data-only', reason: 'reported for information: not rated' };
  const { actual, target } = row;
  const latest = row.series[row.series.length - 1];
  const since = latest ? ` (the latest is for ${latest.period})` : '';
  if (!actual && dueInQuarter(m.frequency, quarter.q)) return { status: 'missing', reason: `a ${m.frequency} measure with no figure for ${label}${since}` };
  if (!actual && (m.frequency === 'annual' || m.frequency === 'biannual' || m.frequency === 'termly')) return { status: 'not-due', reason: `${m.frequency === 'annual' ? 'an' : 'a'} ${m.frequency} measure: no figure falls due in ${label}` };
  if (!target) return { status: 'no-target', reason: `no target for ${label} or its year` };
  if (target.target.kind === 'tbc') return { status: 'target-tbc', reason: target.target.why };
  if (!actual) return { status: 'no-actual', reason: `no figure for ${label}${since}${m.frequency ? '' : '; the plan gives no frequency, so none was due'}` };
  const rating = rate({ figure: actual.value, target: target.target, polarity: m.polarity === 'higher' || m.polarity === 'lower' ? m.polarity : undefined, ...(m.tolerance !== undefined ? { tolerance: m.tolerance } : {}), ...(row.lastYear ? { lastYear: row.lastYear.value } : {}), settings });
  if (!rating) return { status: 'not-rated', reason: 'the measure gives no polarity, so neither higher nor lower is better' };
  const basis = target.basis === 'quarter' ? ` (${target.period}'s own target)` : target.basis === 'year pro rata' ? ` (${target.working}, pro rata)` : target.working ? ` (${target.working})` : '';
  return { status: rating.rag, rag: rating.rag, reason: `${actual.value} for ${actual.period}: ${rating.reason}${basis}` };
}
