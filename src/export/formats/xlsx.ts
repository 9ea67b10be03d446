/** xlsx export: one workbook, a sheet per tidy table, cells typed by their column, the header row frozen. */
import type ExcelJS from 'exceljs';
import { UsageError } from '../../commands/common.js';
import { loadLibrary } from '../../util/load-library.js';
import { writeWorkbook } from '../workbook-file.js';
import type { Cell, ExportFormat, TidyColumn, TidyTable } from '../table-types.js';

/** A cell as the workbook holds it: a date column's ISO day as a date. */
function excelValue(cell: Cell, column: TidyColumn): ExcelJS.CellValue {
  if (cell === null) return null;
  if (column.type === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
  return cell;
}

export function addTableSheet(workbook: ExcelJS.Workbook, table: TidyTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.name, key: c.name, width: Math.min(60, Math.max(12, c.name.length + 2)), ...(c.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of table.rows) sheet.addRow(r.map((cell, i) => excelValue(cell, table.columns[i]!)));
}

export const xlsxFormat: ExportFormat = {
  name: 'xlsx',
  description: 'one Excel workbook, a sheet per table',
  needsOut: true,
  async write(tables, target) {
    if (target.out === undefined) throw new UsageError('--format xlsx writes a workbook, so it needs --out FILE.xlsx', 'for example --out plans.xlsx');
    const { Workbook } = await loadLibrary<typeof import('exceljs')>('exceljs');
    const workbook = new Workbook();
    workbook.creator = 'plan';
    for (const t of tables) addTableSheet(workbook, t);
    await writeWorkbook(workbook, target.out);
  },
};
