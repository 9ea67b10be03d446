/**
 * Red, amber or green from a figure, its target, the measure's polarity and the tolerance: on target is green;
 * missing it by no more than the tolerance is amber; beyond it red, unless the council's rule makes a figure
 * better than the same period last year amber. A range is on target anywhere inside it; closing a gap is green
 * once the comparator is reached and amber while the gap is narrower than at the baseline.
 */
import type { PerformanceSettings } from '../../config.js';
import type { Rag } from '../../model/plan.js';
import type { ResolvedTarget } from './target.js';

export interface Rating {
  rag: Rag;
  /** why, in words an officer can check by hand */
  reason: string;
}

export interface RatingInput {
  figure: number;
  target: Exclude<ResolvedTarget, { kind: 'tbc' }>;
  polarity: 'higher' | 'lower' | undefined;
  /** the measure's own tolerance, in its unit */
  tolerance?: number;
  /** the figure for the same period last year */
  lastYear?: number;
  settings: PerformanceSettings;
}

function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function toleranceFor(input: RatingInput, reference: number): number {
  return input.tolerance ?? (input.settings.tolerancePercent * Math.abs(reference)) / 100;
}

function offTarget(input: RatingInput, shortfall: number, side: 'below' | 'above', against: string, tolerance: number): Rating {
  if (shortfall <= tolerance && tolerance > 0) return { rag: 'amber', reason: `${n(shortfall)} ${side} ${against}, within the tolerance of ${n(tolerance)}` };
  const { lastYear, figure, polarity } = input;
  const better = lastYear !== undefined && (polarity === 'lower' ? figure < lastYear : figure > lastYear);
  if (input.settings.amberWhenBetterThanLastYear && better) return { rag: 'amber', reason: `${n(shortfall)} ${side} ${against}, but better than the same period last year (${n(lastYear!)})` };
  return { rag: 'red', reason: `${n(shortfall)} ${side} ${against}${tolerance > 0 ? `, beyond the tolerance of ${n(tolerance)}` : ''}` };
}

/** The rating, or undefined when the measure has no polarity to say which way is better (a range needs none). */
export function rate(input: RatingInput): Rating | undefined {
  const { figure, target, polarity } = input;
  if (target.kind === 'range') {
    if (figure >= target.min && figure <= target.max) return { rag: 'green', reason: `${n(figure)} is within ${n(target.min)} to ${n(target.max)}` };
    const shortfall = figure < target.min ? target.min - figure : figure - target.max;
    return offTarget(input, shortfall, figure < target.min ? 'below' : 'above', `the range ${n(target.min)} to ${n(target.max)}`, toleranceFor(input, figure < target.min ? target.min : target.max));
  }
  if (polarity !== 'higher' && polarity !== 'lower') return undefined;
  const shortfall = polarity === 'higher' ? target.value - figure : figure - target.value;
  if (target.kind === 'close-gap') {
    if (shortfall <= 0) return { rag: 'green', reason: `${n(figure)} has reached ${target.comparator} (${n(target.value)})` };
    if (target.baselineGap !== undefined && shortfall < target.baselineGap) return { rag: 'amber', reason: `the gap with ${target.comparator} (${n(target.value)}) is ${n(shortfall)}, narrower than ${n(target.baselineGap)} at the baseline` };
    return { rag: 'red', reason: `the gap with ${target.comparator} (${n(target.value)}) is ${n(shortfall)}${target.baselineGap !== undefined ? `, no narrower than ${n(target.baselineGap)} at the baseline` : ''}` };
  }
  if (shortfall <= 0) return { rag: 'green', reason: `${n(figure)} meets the target of ${n(target.value)}` };
  return offTarget(input, shortfall, polarity === 'higher' ? 'below' : 'above', `the target of ${n(target.value)}`, toleranceFor(input, target.value));
}
