/** A table read from a workbook sheet, a CSV file or a Word document: its cells as text, with where each row was. */

export interface SourceRow {
  /** the row's number as the source counts it (1-based: a sheet's row number, a table's row) */
  row: number;
  cells: string[];
}

export interface SourceTable {
  /** how a person finds it: the sheet's name, the CSV file's, or "table 2" of a Word document */
  label: string;
  rows: SourceRow[];
  /** column letters (A, B...) for a sheet or CSV, column numbers for a Word table */
  columnName(index: number): string;
}

/** A1-style column letters: 0 is A, 26 is AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Text as a cell holds it: trimmed, with non-breaking spaces and Windows line ends made plain. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').trim();
}
