/** A filled return read back: its key (plan, item, quarter, fingerprint for each row) and each row's input cells with their addresses. */
import type ExcelJS from 'exceljs';
import { readWorkbook } from '../export/workbook-file.js';
import { valueText } from '../import/read-sheets.js';
import { columnLetter } from '../import/source-table.js';
import type { ItemKind } from './assemble-due-items.js';
import { type InputKind, KEY_COLUMNS, KEY_SHEET, RETURN_SHEETS } from './return-layout.js';

export interface ReturnInput {
  field: string;
  kind: InputKind;
  /** the cell, as Excel names it: D7 */
  address: string;
  value: ExcelJS.CellValue;
}

export interface ReturnRow {
  sheet: string;
  row: number;
  planId: string;
  planFile: string;
  kind: ItemKind;
  itemId: string;
  fingerprint: string;
  period?: string;
  inputs: ReturnInput[];
}

export interface ReadReturn {
  /** the workbook as named on the command line */
  file: string;
  quarter: string;
  owner: string;
  rows: ReturnRow[];
}

/** Thrown when a workbook is not a return plan returns made; the message names the workbook. */
export class NotAReturnError extends Error {}

export async function readReturnWorkbook(path: string, file: string): Promise<ReadReturn> {
  const workbook = await readWorkbook(path, file);
  const key = workbook.getWorksheet(KEY_SHEET);
  if (!key) throw new NotAReturnError(`${file} is not a return made by plan returns (it has no key sheet)`);
  const header = (key.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => valueText(v));
  if (KEY_COLUMNS.some((c, i) => header[i] !== c)) throw new NotAReturnError(`${file}: its key sheet is not one plan returns wrote`);
  const rows: ReturnRow[] = [];
  let quarter = '';
  let owner = '';
  key.eachRow((row, n) => {
    if (n === 1) return;
    const v = (i: number) => valueText(row.getCell(i + 1).value);
    const sheetName = v(0);
    const layout = RETURN_SHEETS.find((s) => s.name === sheetName);
    const sheet = workbook.getWorksheet(sheetName);
    if (!layout || !sheet) throw new NotAReturnError(`${file}: the key names a sheet ${JSON.stringify(sheetName)} that is not there`);
    const rowNumber = Number(v(1));
    quarter = v(6);
    owner = v(9);
    const inputs: ReturnInput[] = [];
    layout.columns.forEach((c, i) => {
      if (!c.input || !c.field) return;
      const address = `${columnLetter(i)}${rowNumber}`;
      inputs.push({ field: c.field, kind: c.input, address, value: sheet.getCell(address).value });
    });
    rows.push({ sheet: sheetName, row: rowNumber, planId: v(2), planFile: v(3), kind: v(4) as ItemKind, itemId: v(5), fingerprint: v(7), ...(v(8) ? { period: v(8) } : {}), inputs });
  });
  return { file, quarter, owner, rows };
}
