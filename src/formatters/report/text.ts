/** The report in the terminal: tables sized to the terminal (formatters/table.ts), readable without colour. */
import { safeLine } from '../../util/text.js';
import { renderHeatmap } from '../risks/heatmap.js';
import { renderTable } from '../table.js';
import { columnsFor } from './columns.js';
import { type Block, reportBlocks } from './document.js';
import type { ReportFormatter } from './index.js';

const text: ReportFormatter = (r, { color: c }) => {
  const out: string[] = [];
  const render = (b: Block): void => {
    switch (b.kind) {
      case 'heading':
        if (out.length) out.push('');
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
        b.blocks.forEach(render);
        break;
    }
  };
  reportBlocks(r).forEach(render);
  out.push('');
  return out.join('\n');
};
export default text;
