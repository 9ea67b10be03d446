/** The report in the terminal: tables sized to the terminal (formatters/table.ts), readable without colour. */
import { safeLine } from '../../util/text.js';
import { renderHeatmap } from '../risks/heatmap.js';
import { renderTable } from '../table.js';
import { columnsFor } from './columns.js';
import { type Block, reportBlocks } from './document.js';
import type { ReportFormatOptions, ReportFormatter } from './index.js';

/** Each block's lines as a piece of text, in turn, so that a report of many plans is never held whole. */
function* text(r: Parameters<ReportFormatter>[0], { color: c }: ReportFormatOptions): Generator<string> {
  let started = false;
  const lines = (b: Block, out: string[]): void => {
    switch (b.kind) {
      case 'heading':
        if (started || out.length) out.push('');
        out.push(b.level === 1 ? c.bold(safeLine(b.text.toUpperCase())) : b.level === 2 ? c.bold.underline(safeLine(b.text)) : c.bold(safeLine(b.text)));
        break;
      case 'para':
        out.push(b.note ? c.dim(safeLine(b.text)) : safeLine(b.text));
        break;
      case 'list':
        out.push(...b.items.map((i) => `- ${safeLine(i)}`));
        break;
      case 'table':
        out.push(renderTable(columnsFor(b.columns, 'text'), [...b.rows], c));
        break;
      case 'charts':
        break;
      case 'risk-maps':
        for (const h of b.risks.heatmaps) out.push('', renderHeatmap(h.matrix, b.risks.register.filter((k) => k.matrixId === h.matrix.id), { by: 'current', ids: true, c }).trimEnd());
        break;
      case 'footer':
        for (const inner of b.blocks) lines(inner, out);
        break;
    }
  };
  for (const block of reportBlocks(r)) {
    const out: string[] = [];
    lines(block, out);
    if (out.length === 0) continue;
    started = true;
    yield `${out.join('\n')}\n`;
  }
}
export default text satisfies ReportFormatter;
