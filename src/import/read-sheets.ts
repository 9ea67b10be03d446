/** A workbook's sheets as source tables: each cell's text as Excel shows it (dates as ISO days, rich text joined). */
import type ExcelJS from 'exceljs';
import { type SourceTable, cellText, columnLetter } from './source-table.js';

/** A cell's value as text: a date as its ISO day, rich text and hyperlinks as their text, a formula as its result. */
export function valueText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return cellText(v.richText.map((r) => r.text).join(''));
    if ('text' in v) return cellText(v.text);
    if ('result' in v) return valueText((v.result ?? null) as ExcelJS.CellValue);
    if ('error' in v) return '';
  }
  return cellText(v);
}

export function sheetTable(sheet: ExcelJS.Worksheet): SourceTable {
  const rows: SourceTable['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = valueText(cell.value)));
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { label: sheet.name, rows, columnName: columnLetter };
}
