/**
 * An owner's return as an Excel workbook: a sheet each for actions, milestones, measures and risks, one row
 * per item with what was last reported; the cells to fill in unlocked, shaded and validated (a status from the
 * list, a percent from 0 to 100, a day in the quarter, numbers, scores on the plan's matrix), everything else
 * protected; and a very hidden key sheet that maps each row back to its plan, item, quarter and fingerprint.
 */
import type ExcelJS from 'exceljs';
import { STATUSES } from '../edit/plan-values.js';
import { writeWorkbook } from '../export/workbook-file.js';
import { loadLibrary } from '../util/load-library.js';
import type { DueItem } from './assemble-due-items.js';
import { type InputKind, KEY_COLUMNS, KEY_SHEET, RETURN_SHEETS } from './return-layout.js';

export interface ReturnWorkbook {
  owner: string;
  quarter: string;
  /** the quarter's first and last days (ISO) */
  from: string;
  to: string;
  /** the day put in the As at cells: the quarter's end, or today when that is earlier */
  asAt: string;
  items: readonly DueItem[];
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const SHOWN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };

function validation(kind: InputKind, r: ReturnWorkbook, item: DueItem): ExcelJS.DataValidation | undefined {
  const error = (text: string) => ({ showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Not accepted', error: text });
  switch (kind) {
    case 'status':
      return { type: 'list', allowBlank: true, formulae: [`"${STATUSES.join(',')}"`], ...error(`Choose a status: ${STATUSES.join(', ')}`) };
    case 'percent':
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], ...error('A percent from 0 to 100') };
    case 'date':
      return { type: 'date', operator: 'between', allowBlank: true, formulae: [day(r.from), day(r.to)], ...error(`A day from ${r.from} to ${r.to}`) };
    case 'number':
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-1e12, 1e12], ...error('A number') };
    case 'likelihood':
    case 'impact': {
      const top = item.scale?.[kind] ?? 5;
      return { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, top], ...error(`A whole number from 1 to ${top}`) };
    }
    default:
      return undefined;
  }
}

export async function writeReturnWorkbook(r: ReturnWorkbook, path: string): Promise<void> {
  const { Workbook } = await loadLibrary<typeof import('exceljs')>('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'plan';
  workbook.title = `Return for ${r.owner}, ${r.quarter}`;
  const key = workbook.addWorksheet(KEY_SHEET, { state: 'veryHidden' });
  key.addRow([...KEY_COLUMNS]);
  for (const layout of RETURN_SHEETS) {
    const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: layout.firstRow - 1, xSplit: 1 }] });
    sheet.columns = layout.columns.map((c) => ({ width: c.width }));
    sheet.getCell('A1').value = `${layout.name} for ${r.owner}, ${r.quarter}: fill in the shaded cells; the grey ones are what was last reported.`;
    sheet.getCell('A1').font = { bold: true };
    const header = sheet.getRow(layout.firstRow - 1);
    layout.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      cell.fill = c.input ? INPUT_FILL : SHOWN_FILL;
    });
    const items = r.items.filter((i) => i.kind === layout.kind);
    items.forEach((item, n) => {
      const rowNumber = layout.firstRow + n;
      const row = sheet.getRow(rowNumber);
      layout.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (c.input) {
          cell.protection = { locked: false };
          cell.fill = INPUT_FILL;
          const v = validation(c.input, r, item);
          if (v) cell.dataValidation = v;
          if (c.input === 'date') {
            cell.value = day(r.asAt);
            cell.numFmt = 'yyyy-mm-dd';
          }
        } else {
          cell.value = c.show?.(item) ?? null;
          cell.alignment = { wrapText: true, vertical: 'top' };
        }
      });
      key.addRow([layout.name, rowNumber, item.planId, item.planFile, item.kind, item.itemId, r.quarter, item.fingerprint, item.period ?? null, r.owner]);
    });
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  await key.protect('', {});
  await writeWorkbook(workbook, path);
}
