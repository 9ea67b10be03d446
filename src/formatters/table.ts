/**
 * Tables in three forms from one description: terminal (cli-table3), CSV and Markdown. Plan text is made
 * safe for each: control characters for terminals, formula injection for spreadsheets, pipes for Markdown.
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { safeLine, utf8Locale } from '../util/text.js';

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

/** Borders a terminal without UTF-8 (LANG=C) can show. */
const ASCII_BORDERS = { top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+', bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+', left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|' };

/**
 * A table for the terminal: a border around every cell, a line between rows, one space either side of the
 * text, the text wrapped at word boundaries and cut with '…' when a word is wider than its column. Under a
 * locale that is not UTF-8 (LANG=C) the borders are ASCII and the cut is '...'.
 */
export function drawTable(head: string[], rows: (string | Table.CellOptions)[][], widths: number[], aligns: Column<unknown>['align'][]): string {
  const ascii = utf8Locale() ? {} : { chars: ASCII_BORDERS, truncate: '...' };
  const table = new Table({ head, colWidths: widths, colAligns: aligns.map((a) => a ?? 'left'), wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [], compact: false }, ...ascii });
  table.push(...rows);
  return table.toString();
}

/** Printable ASCII: as many columns wide as it is long. */
const PLAIN = /^[\x20-\x7e]*$/;

export function renderTable<R>(columns: Column<R>[], rows: R[], c: ChalkInstance, maxWidth = terminalWidth()): string {
  const texts = rows.map((r) => columns.map((col) => safeLine(cell(col.value(r)))));
  const natural = columns.map((col, i) => {
    let widest = col.header.length;
    for (const t of texts) widest = Math.max(widest, t[i]!.length);
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
  // Text that fits its column is given as it is, unwrapped: cli-table3 would measure it word by word to find that.
  const cells = texts.map((t, n) =>
    columns.map((col, i) => {
      const text = t[i]!;
      const content = col.style ? col.style(text, rows[n]!, c) : text;
      return text.length <= widths[i]! - 2 && PLAIN.test(text) ? { content, wordWrap: false } : content;
    }),
  );
  return drawTable(columns.map((col) => c.bold(col.header)), cells, widths, columns.map((col) => col.align));
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
  const line = (cells: (string | number | undefined)[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return `${options.bom ? '\ufeff' : ''}${line(columns.map((c) => c.header))}${rows.map((r) => line(columns.map((c) => c.value(r)))).join('')}`;
}

export function mdCell(v: string | number | undefined): string {
  return safeLine(cell(v)).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

export function toMarkdown<R>(columns: Column<R>[], rows: R[]): string {
  const align = (a?: string) => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---');
  return [`| ${columns.map((c) => mdCell(c.header)).join(' | ')} |`, `| ${columns.map((c) => align(c.align)).join(' | ')} |`, ...rows.map((r) => `| ${columns.map((c) => mdCell(c.value(r))).join(' | ')} |`)].join('\n') + '\n';
}
