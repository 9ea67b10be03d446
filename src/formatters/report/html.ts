/**
 * The report as one self-contained HTML file for committee papers: inline CSS and SVG, no external assets,
 * works offline, prints on A4 page by page (rows and headings kept with their tables), reads at 390 px
 * without sideways scrolling (tables stack into labelled rows). Every piece of plan text is escaped, and a
 * Content-Security-Policy allows nothing but the report's own stylesheet (by hash), so text such as <script>
 * in a plan stays inert. Status is told in words and a shape as well as colour.
 */
import { createHash } from 'node:crypto';
import type { HeatCell } from '../../analyses/risks.js';
import type { Band, Matrix } from '../../model/matrix.js';
import { isError, parseQuarter } from '../../model/period.js';
import { measureCharts } from './charts.js';
import { type ReportColumn, columnsFor } from './columns.js';
import { type Block, reportBlocks } from './document.js';
import type { ReportFormatter } from './index.js';

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
:root { --ink: #1b1b1b; --muted: #4a4a4a; --rule: #c8c8c8; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 "Segoe UI", Arial, Helvetica, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 84rem; padding: 0 1rem; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; } h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
.meta, .note, footer { color: var(--muted); }
.note { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: 9.5pt; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border: 1px solid var(--rule); padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; } td.num { text-align: right; white-space: nowrap; } td.id { white-space: nowrap; overflow-wrap: normal; }
.rag { font-weight: 600; padding: 0 .3rem; border-radius: 3px; }
.rag-green, .state-on-track, .state-complete, .state-in-progress { background: #d8efd8; } .rag-amber, .state-at-risk, .check { background: #fbe6b8; }
.rag-red, .state-off-track, .check-overdue { background: #f6cccb; } .rag-none, .check-none, .state-no-status, .state-not-started, .state-on-hold, .state-cancelled { background: #e3e8f0; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0 0 1rem; max-width: 100%; } figcaption { font-size: 9pt; color: var(--muted); max-width: 360px; }
svg { max-width: 100%; height: auto; }
.heatmap text { font: 10px Arial, Helvetica, sans-serif; fill: #1b1b1b; }
footer { border-top: 1px solid var(--rule); margin-top: 2rem; font-size: 9.5pt; }
footer h2 { font-size: 1.05rem; border: 0; }
@media (max-width: 700px) {
  body { margin: 1rem auto; }
  table, thead, tbody, tr, th, td, caption { display: block; }
  thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  tr { border: 1px solid var(--rule); margin-bottom: .5rem; }
  td { border: 0; border-bottom: 1px solid #e6e6e6; }
  td::before { content: attr(data-label) ": "; font-weight: 600; }
  td.num { text-align: left; }
}
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  section { break-before: page; } section.first { break-before: avoid; }
  h2, h3, h4, caption { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  .rag, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function bandFill(b: Band | undefined): string {
  return BAND_FILL[b?.colour ?? ''] ?? '#ffffff';
}

export function heatmapSvg(matrix: Matrix, cells: HeatCell[][], key = matrix.id): string {
  const cw = 92;
  const ch = 46;
  const left = 120;
  const top = 10;
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const width = left + cols * cw + 10;
  const height = top + rows * ch + 50;
  const parts: string[] = [];
  parts.push(`<svg class="heatmap" role="img" aria-labelledby="hm-${esc(key)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  parts.push(`<title id="hm-${esc(key)}">Risk heat map on the ${esc(matrix.title ?? matrix.id)} matrix: likelihood up, impact across</title>`);
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

function table(caption: string, headers: string[], rows: string[][], numeric: number[], idColumns: number[]): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : idColumns.includes(i) ? ' class="id"' : '');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)} data-label="${esc(headers[i])}">${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** A report table from its columns: each cell escaped, then marked up where its column says; right-aligned columns are numeric, ids and due dates never wrap. */
function columnsTable<R>(caption: string, columns: readonly ReportColumn<R>[], rows: readonly R[]): string {
  const shown = columns.filter((c) => (c.formats ?? ['html']).includes('html'));
  const cols = columnsFor(columns, 'html');
  const cells = rows.map((row) =>
    cols.map((col) => {
      const text = esc(col.value(row));
      return col.html ? col.html(text, row) : text;
    }),
  );
  return table(caption, cols.map((col) => col.header), cells, cols.flatMap((col, i) => (col.align === 'right' ? [i] : [])), shown.flatMap((c, i) => (c.id === 'id' || c.id === 'due' ? [i] : [])));
}

/** The fiscal year's first month, from the quarter and its first day (2017/18 Q3 starting in October: April). */
function fyStartOf(quarter: string, start: string): number {
  const q = parseQuarter(quarter);
  const month = Number(start.slice(5, 7));
  return isError(q) ? 4 : ((month - 1 - 3 * (q.q - 1) + 24) % 12) + 1;
}

/** The report as one HTML page. */
const html: ReportFormatter = async (r) => {
  const hash = createHash('sha256').update(CSS).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const quarter = parseQuarter(r.quarter);
  const fyStart = fyStartOf(r.quarter, r.start);
  const out: string[] = [];
  let open = false;
  let sections = 0;
  let charts = 0;
  let maps = 0;
  const render = async (b: Block): Promise<void> => {
    switch (b.kind) {
      case 'heading':
        if (b.level === 2 && b.id !== 'about') {
          if (open) out.push('</section>');
          out.push(`<section${sections++ === 0 ? ' class="first"' : ''} aria-labelledby="${esc(b.id ?? `s${sections}`)}">`);
          open = true;
        }
        out.push(`<h${b.level}${b.id || b.level === 2 ? ` id="${esc(b.id ?? `s${sections}`)}"` : ''}>${esc(b.text)}</h${b.level}>`);
        break;
      case 'para':
        out.push(`<p${b.note ? ' class="note"' : ''}>${esc(b.text)}</p>`);
        break;
      case 'list':
        out.push(`<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`);
        break;
      case 'table':
        out.push(columnsTable(b.caption, b.columns, b.rows));
        break;
      case 'charts': {
        if (isError(quarter)) break;
        const drawn = await measureCharts(b.measures, quarter, fyStart, esc, `chart-${++charts}`);
        if (drawn.length) out.push(`<div class="charts">${drawn.map((c) => `<figure>${c.svg}<figcaption>${esc(c.caption)}</figcaption></figure>`).join('')}</div>`);
        break;
      }
      case 'risk-maps':
        for (const h of b.risks.heatmaps) out.push(`<figure>${heatmapSvg(h.matrix, h.cells, `${h.matrix.id}-${++maps}`)}<figcaption>${esc(`Current risk scores on the ${h.matrix.title ?? h.matrix.id} matrix: ${h.cells.flat().filter((c) => c.ids.length).map((c) => `${c.ids.join(', ')} at likelihood ${c.likelihood} x impact ${c.impact}`).join('; ') || 'none scored'}`)}</figcaption></figure>`);
        break;
      case 'footer':
        if (open) out.push('</section>');
        open = false;
        out.push('</main>\n<footer>');
        for (const x of b.blocks) await render(x);
        out.push('</footer>');
        break;
    }
  };
  const blocks = reportBlocks(r);
  out.push('<main>');
  for (const b of blocks) await render(b);
  if (open) out.push('</section></main>');
  return `<!DOCTYPE html>
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
${out.join('\n')}
</body>
</html>
`;
};
export default html;
