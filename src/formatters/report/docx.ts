/**
 * The report as a Word document for committee papers, written with the docx package: real headings (the
 * navigation pane lists them), real tables with a repeated header row, rows that do not split across pages,
 * and the provenance in the closing section, not the title.
 */
import type * as Docx from 'docx';
import { loadLibrary } from '../../util/load-library.js';
import { columnsFor } from './columns.js';
import { type Block, reportBlocks } from './document.js';
import type { ReportFormatter } from './index.js';

type Child = Docx.Paragraph | Docx.Table;

const docx: ReportFormatter = async (r) => {
  const d = await loadLibrary<typeof Docx>('docx');
  const HEADINGS = [d.HeadingLevel.TITLE, d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3];
  const children: Child[] = [];
  const cell = (text: string, header = false) =>
    new d.TableCell({ children: [new d.Paragraph({ children: [new d.TextRun({ text, bold: header, size: 18 })] })], ...(header ? { shading: { type: d.ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } } : {}) });
  const render = (b: Block): void => {
    switch (b.kind) {
      case 'heading':
        children.push(new d.Paragraph({ text: b.text, heading: HEADINGS[b.level - 1], keepNext: true }));
        break;
      case 'para':
        children.push(new d.Paragraph({ children: [new d.TextRun({ text: b.text, italics: b.note === true })] }));
        break;
      case 'list':
        for (const item of b.items) children.push(new d.Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table': {
        const cols = columnsFor(b.columns, 'docx');
        children.push(new d.Paragraph({ children: [new d.TextRun({ text: b.caption, bold: true })], keepNext: true }));
        const head = new d.TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c) => cell(c.header, true)) });
        const rows = b.rows.map((row) => new d.TableRow({ cantSplit: true, children: cols.map((c) => cell(String(c.value(row) ?? ''))) }));
        children.push(new d.Table({ rows: [head, ...rows], width: { size: 100, type: d.WidthType.PERCENTAGE } }));
        break;
      }
      case 'charts':
      case 'risk-maps':
        break;
      case 'footer':
        b.blocks.forEach(render);
        break;
    }
  };
  reportBlocks(r).forEach(render);
  const doc = new d.Document({
    creator: 'plan',
    title: `Quarterly performance report: ${r.quarter}`,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{ properties: { page: { size: { orientation: d.PageOrientation.LANDSCAPE } } }, children }],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
};
export default docx;
