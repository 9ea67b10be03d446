/**
 * The HTML report's charts: each measure's figures up to the quarter, with its target, as a Vega-Lite spec
 * compiled and drawn by Vega to static SVG when the report is built (no script reaches the page). Each chart
 * is an image named by its title and told in full by its caption (the text equivalent); the x axis names the
 * quarter each figure falls in, and the y axis is widened to a round number past every value and the target.
 */
import type { MeasureRow } from '../../analyses/quarterly.js';
import { type Quarter, quarterContaining, quarterLabel } from '../../model/period.js';
import { loadLibrary } from '../../util/load-library.js';
import { ukDate } from '../uk-date.js';
import { fmtValue } from './shared.js';

type VegaLite = typeof import('vega-lite');
type Vega = typeof import('vega');

export interface Chart {
  svg: string;
  /** the chart's numbers in words: its text equivalent */
  caption: string;
}

/** A figure's x-axis label: its quarter (2026/27 Q2), after the period as written when that is a month, day or year. */
function xLabel(period: string, end: number, fyStart: number): string {
  const q = quarterLabel(quarterContaining(end - 1, fyStart));
  return period === q ? q : `${ukDate(period)}${LINE}${q}`;
}

/** Where an axis label breaks onto its second line. */
const LINE = ' · ';

function targetOf(m: MeasureRow): number | undefined {
  const t = m.target?.target;
  return t && (t.kind === 'value' || t.kind === 'close-gap') ? t.value : undefined;
}

function spec(m: MeasureRow, fyStart: number, label: string): unknown {
  const values = m.series.map((f) => ({ quarter: xLabel(f.period, f.end, fyStart), value: f.value }));
  const target = targetOf(m);
  const unit = m.unit === 'percent' ? '%' : m.unit === 'currency' ? '£' : m.unit ?? 'value';
  const all = [...values.map((v) => v.value), ...(target !== undefined ? [target] : [])];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = Math.max((hi - lo) * 0.15, Math.abs(hi) * 0.05, 1);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: label,
    width: 300,
    height: 150,
    config: { aria: false, font: 'Arial, Helvetica, sans-serif', axis: { labelFontSize: 10, titleFontSize: 11, labelColor: '#1b1b1b', titleColor: '#1b1b1b' } },
    data: { values },
    layer: [
      {
        mark: { type: 'line', color: '#1f5fa8', point: { filled: true, size: 50, shape: 'circle', color: '#1f5fa8' } },
        encoding: {
          x: { field: 'quarter', type: 'ordinal', sort: null, title: 'Quarter', axis: { labelAngle: 0, labelLimit: 0, labelExpr: `split(datum.label, '${LINE}')` } },
          y: { field: 'value', type: 'quantitative', title: unit, scale: { zero: false, nice: true, domain: [lo - pad, hi + pad] } },
        },
      },
      ...(target !== undefined ? [{ mark: { type: 'rule', strokeDash: [5, 4], color: '#1b1b1b' }, encoding: { y: { datum: target } } }] : []),
    ],
  };
}

/** The SVG Vega draws, made an image for assistive technology: a role and name on the whole, none on its parts. */
function asImage(svg: string, id: string, label: string, esc: (s: string) => string): string {
  const inner = svg.replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '');
  return inner.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => `<svg${attrs} role="img" aria-labelledby="${id}" focusable="false"><title id="${id}">${esc(label)}</title>`);
}

/** Every measure's chart that has figures, in order; the library is loaded once for them all. */
export async function measureCharts(measures: readonly MeasureRow[], quarter: Quarter, fyStart: number, esc: (s: string) => string, idPrefix: string): Promise<Chart[]> {
  const drawn = measures.filter((m) => m.series.length > 0);
  if (drawn.length === 0) return [];
  const vl = await loadLibrary<VegaLite>('vega-lite');
  const vega = await loadLibrary<Vega>('vega');
  const out: Chart[] = [];
  for (const [i, m] of drawn.entries()) {
    const target = targetOf(m);
    const figures = m.series.map((f) => `${xLabel(f.period, f.end, fyStart).replace(/ · (.*)$/, ' ($1)')}: ${fmtValue(f.value, m.unit)}`).join('; ');
    const caption = `${m.id} ${m.title.replace(/\.+$/, '')}. Figures: ${figures}.${target !== undefined ? ` Target for ${quarterLabel(quarter)}: ${fmtValue(target, m.unit)} (dashed line).` : ''}`;
    const label = `Chart of ${m.id}, ${m.title}, by quarter${target !== undefined ? `, against a target of ${fmtValue(target, m.unit)}` : ''}`;
    const view = new vega.View(vega.parse(vl.compile(spec(m, fyStart, label) as never).spec), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    out.push({ svg: asImage(svg, `${idPrefix}-${i}`, label, esc), caption });
  }
  return out;
}
