/** The report as Markdown, ready to paste into a committee paper. */
import { mdCell, toMarkdown } from '../table.js';
import { columnsFor } from './columns.js';
import { type Block, reportBlocks } from './document.js';
import type { ReportFormatter } from './index.js';

const markdown: ReportFormatter = (r) => {
  const out: string[] = [];
  const render = (b: Block): void => {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${mdCell(b.text)}`, '');
        break;
      case 'para':
        out.push(b.note ? `_${mdCell(b.text)}_` : mdCell(b.text), '');
        break;
      case 'list':
        out.push(...b.items.map((i) => `- ${mdCell(i)}`), '');
        break;
      case 'table':
        out.push(toMarkdown(columnsFor(b.columns, 'markdown'), [...b.rows]));
        break;
      case 'charts':
      case 'risk-maps':
        break;
      case 'footer':
        out.push('---', '');
        b.blocks.forEach(render);
        break;
    }
  };
  reportBlocks(r).forEach(render);
  while (out.at(-1) === '') out.pop();
  out.push('');
  return out.join('\n');
};
export default markdown;
