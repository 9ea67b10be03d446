/**
 * The risk matrix drawn in the terminal: likelihood down the side (highest at the top), impact along the
 * bottom, each cell with its count (and ids), coloured by band, and a band code in every cell so it reads
 * right without colour.
 */
import type { ChalkInstance } from 'chalk';
import { type Assessment, type ScoredRisk, heatmap } from '../../analyses/risks.js';
import type { Band, Matrix } from '../../model/matrix.js';
import { safeLine, truncate } from '../../util/text.js';

export function bandCode(band: Band | undefined): string {
  if (!band) return '--';
  const words = band.label.split(/\s+/).filter(Boolean);
  return (words.length > 1 ? words.map((w) => w[0]).join('') : band.label.slice(0, 2)).toUpperCase();
}

export function paintBand(c: ChalkInstance, band: Band | undefined, text: string): string {
  switch (band?.colour) {
    case 'green':
      return c.bgGreen.black(text);
    case 'yellow':
    case 'amber':
      return c.bgYellow.black(text);
    case 'orange':
      return c.bgRedBright.black(text);
    case 'red':
      return c.bgRed.white(text);
    case 'purple':
      return c.bgMagenta.white(text);
    default:
      return text;
  }
}

export function renderHeatmap(matrix: Matrix, risks: readonly ScoredRisk[], options: { by: Assessment; ids: boolean; c: ChalkInstance }): string {
  const { c } = options;
  const grid = heatmap(matrix, risks, options.by);
  const cellText = (ids: string[], band: Band | undefined) => {
    const count = ids.length ? String(ids.length) : '·';
    const label = options.ids && ids.length ? ` ${truncate(ids.join(','), 18)}` : '';
    return `${bandCode(band)} ${count}${label}`;
  };
  const width = Math.max(8, ...grid.flat().map((cell) => cellText(cell.ids, cell.band).length + 2), ...matrix.impact.map((e) => Math.min(14, e.label.length) + 2));
  const labelWidth = Math.max(...matrix.likelihood.map((e) => `${e.score} ${e.label}`.length));
  const lines: string[] = [];
  const title = `${matrix.title ?? matrix.id} (${matrix.likelihood.length}x${matrix.impact.length}), ${options.by} scores`;
  lines.push(c.bold(safeLine(title)));
  lines.push(`${' '.repeat(labelWidth)} ┌${Array(matrix.impact.length).fill('─'.repeat(width)).join('┬')}┐`);
  grid.forEach((row, ri) => {
    const l = matrix.likelihood[row[0]!.likelihood - 1]!;
    const cells = row.map((cell) => paintBand(c, cell.band, ` ${cellText(cell.ids, cell.band)}`.padEnd(width)));
    lines.push(`${`${l.score} ${safeLine(l.label)}`.padStart(labelWidth)} │${cells.join('│')}│`);
    if (ri < grid.length - 1) lines.push(`${' '.repeat(labelWidth)} ├${Array(matrix.impact.length).fill('─'.repeat(width)).join('┼')}┤`);
  });
  lines.push(`${' '.repeat(labelWidth)} └${Array(matrix.impact.length).fill('─'.repeat(width)).join('┴')}┘`);
  lines.push(`${' '.repeat(labelWidth)}  ${matrix.impact.map((e) => truncate(`${e.score} ${safeLine(e.label)}`, width - 1).padEnd(width + 1)).join('')}`);
  lines.push(`${'likelihood'.padStart(labelWidth)} ↑   impact →`);
  const legend = matrix.bands.map((b) => `${paintBand(c, b, ` ${bandCode(b)} `)} ${b.label}${b.min !== undefined && !matrix.cells ? ` (${b.min}-${b.max ?? ''})` : ''}`);
  lines.push(`Bands: ${legend.join('   ')}`);
  const unscored = risks.filter((r) => !r[options.by]).length;
  if (unscored) lines.push(c.dim(`${unscored} risk${unscored === 1 ? '' : 's'} not shown: no ${options.by} scores`));
  return `${lines.join('\n')}\n`;
}
