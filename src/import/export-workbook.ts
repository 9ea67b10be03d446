/**
 * plan export's own workbook read back: a sheet per tidy table, recognised by its sheets and their header
 * rows, each cell read by its column's type (a date as its ISO day), then rebuilt as plans (from-tables.ts).
 */
import type ExcelJS from 'exceljs';
import { type RowRecord, TABLE_COLUMNS, TABLE_NAMES } from '../export/columns.js';
import type { TidyColumn } from '../export/table-types.js';
import { valueText } from './read-sheets.js';
import type { TableRows } from './from-tables.js';

/** A sheet's header row as column names. */
function headerNames(sheet: ExcelJS.Worksheet): string[] {
  const names: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => (names[col - 1] = valueText(cell.value)));
  return names;
}

/** True when the workbook is one plan export wrote: a plans sheet and an actions sheet with their columns. */
export function isExportWorkbook(workbook: ExcelJS.Workbook): boolean {
  return ['plans', 'actions'].every((name) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) return false;
    const have = headerNames(sheet);
    return TABLE_COLUMNS[name as 'plans'].every((c) => have.includes(c.name));
  });
}

function typed(v: ExcelJS.CellValue, column: TidyColumn): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  if (column.type === 'date') return v instanceof Date ? v.toISOString().slice(0, 10) : valueText(v) || null;
  if (column.type === 'integer' || column.type === 'number') return typeof v === 'number' ? v : valueText(v) === '' ? null : Number(valueText(v));
  if (column.type === 'boolean') return typeof v === 'boolean' ? v : valueText(v).toLowerCase() === 'true';
  const text = valueText(v);
  return text === '' ? null : typeof v === 'string' ? v : text;
}

/** The workbook's tables as rows keyed by column name (columns it lacks are empty). */
export function exportWorkbookTables(workbook: ExcelJS.Workbook): TableRows {
  const out: Record<string, RowRecord[]> = {};
  for (const name of TABLE_NAMES) {
    const sheet = workbook.getWorksheet(name);
    const rows: RowRecord[] = [];
    if (sheet) {
      const names = headerNames(sheet);
      const columns = TABLE_COLUMNS[name];
      sheet.eachRow({ includeEmpty: false }, (row, number) => {
        if (number === 1) return;
        const record: RowRecord = {};
        for (const c of columns) {
          const at = names.indexOf(c.name);
          record[c.name] = at < 0 ? null : typed(row.getCell(at + 1).value, c);
        }
        rows.push(record);
      });
    }
    out[name] = rows;
  }
  return out;
}
