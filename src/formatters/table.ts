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

export function renderTable<R>(columns: Column<R>[], rows: R[], c: ChalkInstance, maxWidth = terminalWidth()): string {
  const natural = columns.map((col) => Math.max(col.header.length, ...rows.map((r) => safeLine(cell(col.value(r))).length)) + 2);
  const budget = Math.max(40, maxWidth - columns.length - 1);
  // shrink the widest columns until the table fits the terminal
  const widths = natural.map((w, i) => Math.min(w, (columns[i]!.width ?? 200) + 2));
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= 12) break;
    widths[i]! -= 1;
  }
  const table = new Table({
    head: columns.map((col) => c.bold(col.header)),
    colWidths: widths,
    colAligns: columns.map((col) => col.align ?? 'left'),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: false },
  });
  for (const r of rows) table.push(columns.map((col) => {
    const text = safeLine(cell(col.value(r)));
    return col.style ? col.style(text, r, c) : text;
  }));
  return table.toString();
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
