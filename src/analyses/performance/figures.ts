/** A measure's figure for one period: the value as written, or for a rate its numerator over its denominator. */
import type { Actual, Measure } from '../../model/plan.js';

/** The figure an actual stands for; null when neither a value nor a numerator and denominator are given. */
export function figureOf(a: Actual, unit: string | undefined): number | null {
  if (a.value !== null) return a.value;
  if (a.numerator !== undefined && a.denominator !== undefined && a.denominator !== 0) {
    const ratio = a.numerator / a.denominator;
    return Math.round((unit === 'percent' ? ratio * 100 : ratio) * 100) / 100;
  }
  return null;
}

/** An actual with its figure worked out. */
export interface Figure {
  period: string;
  value: number;
  start: number;
  /** exclusive */
  end: number;
  numerator?: number;
  denominator?: number;
}

/** The measure's actuals that have a figure, in period order. */
export function figures(m: Measure): Figure[] {
  return m.actuals.flatMap((a) => {
    const figure = figureOf(a, m.unit);
    if (figure === null) return [];
    return [{ period: a.period, value: figure, start: a.start, end: a.end, ...(a.numerator !== undefined ? { numerator: a.numerator } : {}), ...(a.denominator !== undefined ? { denominator: a.denominator } : {}) }];
  });
}
