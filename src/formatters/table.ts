/**
 * Tables in four forms from one description: terminal (cli-table3), CSV, Markdown and JSON-ready rows.
 * Plan text is made safe for each: control characters for terminals, formula injection for spreadsheets,
 * pipes for Markdown.
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { safeLine } from '../util/text.js';

export interface Column<R> {
  header: string;
  value: (row: R) => string | number | undefined;
  align?: 'left' | 'right' | 'center';
  /** colour for terminal output only */
  style?: (text: string, row: R, c: ChalkInstance) => string;
  /** maximum width in the terminal; longer text wraps */
  width?: number;
}

function cell(v: string | number | undefined): string {
  return v === undefined ? '' : String(v);
}

/**
 * cli-table3 lays a table out in time that grows with the square of its rows (its issue #68: an overdue
 * list of 1,000 plans, 5,000 rows, spent most of its time there), so a long table is drawn this many rows
 * at a time, with the same column widths, and the runs joined: the same table, drawn in linear time.
 */
const ROWS_AT_ONCE = 100;

export function renderTable<R>(columns: Column<R>[], rows: R[], c: ChalkInstance, maxWidth = terminalWidth(), rowsAtOnce = ROWS_AT_ONCE): string {
  const natural = columns.map((col) => {
    let widest = col.header.length;
    for (const r of rows) widest = Math.max(widest, safeLine(cell(col.value(r))).length);
    return widest + 2;
  });
  const budget = Math.max(40, maxWidth - columns.length - 1);
  // shrink the widest columns until the table fits the terminal
  const widths = natural.map((w, i) => Math.min(w, (columns[i]!.width ?? 200) + 2));
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= 12) break;
    widths[i]! -= 1;
  }
  const draw = (part: R[], head: boolean) => {
    const table = new Table({
      head: head ? columns.map((col) => c.bold(col.header)) : [],
      colWidths: widths,
      colAligns: columns.map((col) => col.align ?? 'left'),
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: [], border: [], compact: false },
    });
    for (const r of part) table.push(columns.map((col) => {
      const text = safeLine(cell(col.value(r)));
      return col.style ? col.style(text, r, c) : text;
    }));
    return table.toString();
  };
  if (rows.length <= rowsAtOnce) return draw(rows, true);
  const runs: string[] = [];
  for (let i = 0; i < rows.length; i += rowsAtOnce) {
    let drawn = draw(rows.slice(i, i + rowsAtOnce), i === 0);
    // Each run but the last loses its bottom border, and each but the first has its top border drawn as
    // the line between two rows.
    if (i + rowsAtOnce < rows.length) drawn = drawn.slice(0, drawn.lastIndexOf('\n'));
    if (i > 0) {
      const top = drawn.indexOf('\n');
      drawn = drawn.slice(0, top).replace('┌', '├').replace(/┬/g, '┼').replace('┐', '┤') + drawn.slice(top);
    }
    runs.push(drawn);
  }
  return runs.join('\n');
}

export function terminalWidth(): number {
  return process.stdout.columns && process.stdout.columns > 40 ? process.stdout.columns : 120;
}

/** A CSV cell: quoted where needed, and never read by a spreadsheet as a formula. */
export function csvCell(v: string | number | undefined): string {
  let s = cell(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<R>(columns: Column<R>[], rows: R[], options: { bom?: boolean } = {}): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(','), ...rows.map((r) => columns.map((c) => csvCell(c.value(r))).join(','))];
  return `${options.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}

export function mdCell(v: string | number | undefined): string {
  return safeLine(cell(v)).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

export function toMarkdown<R>(columns: Column<R>[], rows: R[]): string {
  const align = (a?: string) => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---');
  return [`| ${columns.map((c) => mdCell(c.header)).join(' | ')} |`, `| ${columns.map((c) => align(c.align)).join(' | ')} |`, ...rows.map((r) => `| ${columns.map((c) => mdCell(c.value(r))).join(' | ')} |`)].join('\n') + '\n';
}
