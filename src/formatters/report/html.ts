/**
 * The report as one self-contained HTML file for committee papers: inline CSS and SVG, no external assets,
 * works offline, prints on A4. Every piece of plan text is escaped, and a Content-Security-Policy allows
 * nothing but the report's own stylesheet (by hash), so text such as <script> in a plan stays inert.
 */
import { createHash } from 'node:crypto';
import type { ActionCounts } from '../../analyses/action-status.js';
import type { MeasureRow, PlanSection } from '../../analyses/quarterly.js';
import type { HeatCell } from '../../analyses/risks.js';
import type { Band, Matrix } from '../../model/matrix.js';
import { ACTION_COLUMNS, MEASURE_COLUMNS, RISK_COLUMNS, type ReportColumn, TOP_RISK_COLUMNS, columnsFor } from './columns.js';
import type { ReportFormatter } from './index.js';
import { type CountItem, checkCounts, fmtValue, headline, measureCounts, readFrom, stateCounts } from './shared.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function esc(v: unknown): string {
  return String(v ?? '')
    .replace(CONTROL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const BAND_FILL: Record<string, string> = { green: '#8fd18f', yellow: '#f3e27a', amber: '#f7c65c', orange: '#f39a4f', red: '#e0625b', purple: '#b38ad6', grey: '#cccccc' };

const CSS = `
:root { --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 "Segoe UI", Arial, Helvetica, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: 9.5pt; }
th, td { border: 1px solid var(--rule); padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; } td.num { text-align: right; white-space: nowrap; }
.rag { font-weight: 600; padding: 0 .3rem; border-radius: 3px; white-space: nowrap; }
.rag-green { background: #d8efd8; } .rag-amber { background: #fbe6b8; } .rag-red { background: #f6cccb; } .rag-none { background: #eee; }
.state-off-track, .check-overdue { background: #f6cccb; } .state-at-risk, .check { background: #fbe6b8; } .state-complete { background: #d8efd8; }
.counts { display: flex; flex-wrap: wrap; gap: .4rem; margin: .3rem 0 .6rem; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--rule); padding: .15rem .5rem; border-radius: 3px; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; } figcaption { font-size: 9pt; color: var(--muted); max-width: 320px; }
.heatmap text, .chart text { font: 10px Arial, Helvetica, sans-serif; fill: #1b1b1b; }
.note { color: var(--muted); font-style: italic; }
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-before: page; } h2.first { break-before: avoid; }
  table, figure, tr { break-inside: avoid; }
  .rag, .state-off-track, .check-overdue, .state-at-risk, .check, .state-complete, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function bandFill(b: Band | undefined): string {
  return BAND_FILL[b?.colour ?? ''] ?? '#ffffff';
}

export function heatmapSvg(matrix: Matrix, cells: HeatCell[][]): string {
  const cw = 92;
  const ch = 46;
  const left = 120;
  const top = 10;
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const width = left + cols * cw + 10;
  const height = top + rows * ch + 50;
  const parts: string[] = [];
  parts.push(`<svg class="heatmap" role="img" aria-labelledby="hm-${esc(matrix.id)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  parts.push(`<title id="hm-${esc(matrix.id)}">Risk heat map on the ${esc(matrix.title ?? matrix.id)} matrix: likelihood up, impact across</title>`);
  cells.forEach((row, ri) => {
    const l = matrix.likelihood[row[0]!.likelihood - 1];
    parts.push(`<text x="${left - 6}" y="${top + ri * ch + ch / 2 + 4}" text-anchor="end">${esc(`${l?.score} ${l?.label ?? ''}`)}</text>`);
    row.forEach((cell, ci) => {
      const x = left + ci * cw;
      const y = top + ri * ch;
      const label = cell.ids.length ? `${cell.ids.length}: ${cell.ids.join(', ')}` : '';
      parts.push(`<g><title>${esc(`likelihood ${cell.likelihood} x impact ${cell.impact} = ${cell.likelihood * cell.impact}, ${cell.band?.label ?? 'no band'}${label ? `; ${label}` : ''}`)}</title>`);
      parts.push(`<rect x="${x}" y="${y}" width="${cw}" height="${ch}" fill="${bandFill(cell.band)}" stroke="#ffffff" stroke-width="2"/>`);
      parts.push(`<text x="${x + 5}" y="${y + 13}">${esc(cell.band?.label ?? '')}</text>`);
      if (cell.ids.length) {
        parts.push(`<text x="${x + cw / 2}" y="${y + 29}" text-anchor="middle" font-weight="bold">${cell.ids.length}</text>`);
        parts.push(`<text x="${x + cw / 2}" y="${y + 41}" text-anchor="middle">${esc(cell.ids.join(', ').slice(0, 18))}</text>`);
      }
      parts.push('</g>');
    });
  });
  matrix.impact.forEach((e, ci) => parts.push(`<text x="${left + ci * cw + cw / 2}" y="${top + rows * ch + 14}" text-anchor="middle">${esc(`${e.score} ${e.label}`)}</text>`));
  parts.push(`<text x="${left + (cols * cw) / 2}" y="${top + rows * ch + 32}" text-anchor="middle" font-weight="bold">Impact</text>`);
  parts.push(`<text x="10" y="${top + 12}" font-weight="bold">Likelihood</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/** Actuals over the periods held, with the year's target as a dashed line. */
export function chartSvg(m: MeasureRow): string {
  const points = m.series;
  if (points.length === 0) return '';
  const w = 320;
  const h = 160;
  const pad = { l: 40, r: 10, t: 12, b: 34 };
  const target = m.target && (m.target.target.kind === 'value' || m.target.target.kind === 'close-gap') ? m.target.target.value : undefined;
  const values = [...points.map((p) => p.value), ...(target !== undefined ? [target] : [])];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (m.unit === 'percent') {
    lo = Math.max(0, Math.floor(lo / 10) * 10 - 10);
    hi = Math.min(100, Math.ceil(hi / 10) * 10 + 10);
  }
  if (hi === lo) {
    hi += 1;
    lo -= 1;
  }
  const x = (i: number) => pad.l + (points.length === 1 ? (w - pad.l - pad.r) / 2 : (i * (w - pad.l - pad.r)) / (points.length - 1));
  const y = (v: number) => pad.t + ((hi - v) * (h - pad.t - pad.b)) / (hi - lo);
  const id = `ch-${m.id.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const parts = [`<svg class="chart" role="img" aria-labelledby="${esc(id)}" xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`];
  parts.push(`<title id="${esc(id)}">${esc(`${m.id}: actuals${target !== undefined ? ` against a target of ${fmtValue(target, m.unit)}` : ''}`)}</title>`);
  parts.push(`<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${h - pad.b}" stroke="#888"/><line x1="${pad.l}" y1="${h - pad.b}" x2="${w - pad.r}" y2="${h - pad.b}" stroke="#888"/>`);
  parts.push(`<text x="${pad.l - 4}" y="${pad.t + 4}" text-anchor="end">${esc(fmtValue(hi, m.unit))}</text><text x="${pad.l - 4}" y="${h - pad.b}" text-anchor="end">${esc(fmtValue(lo, m.unit))}</text>`);
  if (target !== undefined) parts.push(`<line x1="${pad.l}" y1="${y(target)}" x2="${w - pad.r}" y2="${y(target)}" stroke="#1b1b1b" stroke-dasharray="5 4"/><text x="${w - pad.r}" y="${y(target) - 3}" text-anchor="end">target ${esc(fmtValue(target, m.unit))}</text>`);
  parts.push(`<polyline fill="none" stroke="#1f5fa8" stroke-width="2" points="${points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}"/>`);
  points.forEach((p, i) => {
    parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3.5" fill="#1f5fa8"><title>${esc(`${p.period}: ${fmtValue(p.value, m.unit)}`)}</title></circle>`);
    parts.push(`<text x="${x(i).toFixed(1)}" y="${h - pad.b + 14}" text-anchor="middle">${esc(p.period)}</text>`);
    parts.push(`<text x="${x(i).toFixed(1)}" y="${(y(p.value) - 7).toFixed(1)}" text-anchor="middle">${esc(fmtValue(p.value, m.unit))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

function table(headers: string[], rows: string[][], numeric: number[] = []): string {
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** A report table from its columns: each cell escaped, then marked up where its column says; right-aligned columns are numeric. */
function columnsTable<R>(columns: readonly ReportColumn<R>[], rows: readonly R[]): string {
  const cols = columnsFor(columns, 'html');
  const cells = rows.map((row) =>
    cols.map((col) => {
      const text = esc(col.value(row));
      return col.html ? col.html(text, row) : text;
    }),
  );
  return table(cols.map((col) => col.header), cells, cols.flatMap((col, i) => (col.align === 'right' ? [i] : [])));
}

/** Counts as a list; each item's class names its status, so a reader (or a test) can match it to the rows. */
function countList(items: readonly CountItem[], kind: string): string {
  return `<ul class="counts">${items.map((i) => `<li class="${kind}-${esc(i.key)}" data-count="${i.count}">${esc(i.label)}: <strong>${i.count}</strong></li>`).join('')}</ul>`;
}

function actionCounts(c: ActionCounts): string[] {
  const checks = checkCounts(c);
  return [countList(stateCounts(c), 'state'), ...(checks.length ? ['<p>Checks beside the reported status:</p>', countList(checks, 'check')] : [])];
}

function planSection(p: PlanSection, first: boolean): string {
  const out: string[] = [];
  out.push(`<section><h2${first ? ' class="first"' : ''} id="${esc(p.id)}">${esc(headline(p))}</h2>`);
  out.push(`<p class="meta">${esc(p.title ?? p.id)} · period ${esc(p.period)} · <code>${esc(p.file)}</code></p>`);
  out.push('<h3>Actions and milestones</h3>', ...actionCounts(p.actions.counts));
  if (p.actions.rows.length) out.push(columnsTable(ACTION_COLUMNS, p.actions.rows));
  out.push('<h3>Performance measures</h3>');
  if (p.measures.rows.length) {
    out.push(countList(measureCounts(p.measures.counts), 'measure'));
    out.push(columnsTable(MEASURE_COLUMNS, p.measures.rows));
    const charts = p.measures.rows.filter((m) => m.series.length > 0);
    if (charts.length) out.push(`<div class="charts">${charts.map((m) => `<figure>${chartSvg(m)}<figcaption>${esc(`${m.id} ${m.title}`)}</figcaption></figure>`).join('')}</div>`);
  } else out.push('<p class="note">No measures recorded.</p>');
  out.push('<h3>Risks</h3>');
  if (p.risks.register.length) {
    out.push(columnsTable(RISK_COLUMNS, p.risks.register));
    for (const h of p.risks.heatmaps) out.push(`<figure>${heatmapSvg(h.matrix, h.cells)}<figcaption>${esc(`Current risk scores on the ${h.matrix.title ?? h.matrix.id} matrix`)}</figcaption></figure>`);
  } else out.push('<p class="note">No risks recorded.</p>');
  out.push('<h3>Changes since last quarter</h3>');
  if (p.changes.available) out.push(p.changes.changes.length ? `<ul>${p.changes.changes.map((c) => `<li>${esc(c.summary)}</li>`).join('')}</ul>` : `<p>No changes since ${esc(p.changes.since)}.</p>`);
  else out.push(`<p class="note">${esc(p.changes.reason)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

/** The report as one HTML page. */
const html: ReportFormatter = (r) => {
  const hash = createHash('sha256').update(CSS).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const head: string[] = [];
  head.push(`<header><h1>Quarterly performance report: ${esc(r.quarter)}</h1><p class="meta">Quarter ${esc(r.start)} to ${esc(r.end)} · as of ${esc(r.asOf)} · ${r.plans.length} plan${r.plans.length === 1 ? '' : 's'} · ${esc(readFrom(r.source))}</p>`);
  if (r.outside.length) head.push(`<p class="note">Not covered (period does not include this quarter): ${esc(r.outside.map((o) => `${o.id} (${o.period})`).join(', '))}</p>`);
  if (r.plans.length > 1) head.push(`<nav><ul>${r.plans.map((p) => `<li><a href="#${esc(p.id)}">${esc(headline(p))}</a></li>`).join('')}</ul></nav>`);
  head.push('</header>');
  const out: string[] = [];
  out.push(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plan">
<title>${esc(`Quarterly performance report ${r.quarter}`)}</title>
<style>${CSS}</style>
</head>
<body>
${head.join('\n')}`);
  for (let i = 0; i < r.plans.length; i++) out.push(`\n${planSection(r.plans[i]!, i === 0)}`);
  if (r.plans.length > 1) {
    const body: string[] = [];
    body.push('<section><h2>All plans</h2><h3>Actions and milestones</h3>', ...actionCounts(r.rollup.actions));
    body.push('<h3>Measures</h3>', countList(measureCounts(r.rollup.measures), 'measure'));
    body.push('<h3>Top risks</h3>');
    body.push(r.rollup.risks.top.length ? columnsTable(TOP_RISK_COLUMNS, r.rollup.risks.top) : '<p class="note">No scored risks.</p>');
    body.push('</section>');
    out.push(`\n${body.join('\n')}`);
  }
  out.push(`
</body>
</html>
`);
  return out.join('');
};
export default html;
