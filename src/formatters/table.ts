/**
 * Tables in four forms from one description: terminal (drawn as cli-table3 draws), CSV, Markdown and
 * JSON-ready rows. Plan text is made safe for each: control characters for terminals, formula injection
 * for spreadsheets, pipes for Markdown.
 */
import tableText from 'cli-table3/src/utils.js';
import type { ChalkInstance } from 'chalk';
import { safeLine } from '../util/text.js';
import { isNarrow } from '../util/text-width.js';

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
 * cli-table3's word wrap (utils.wordWrap, wrapping at word boundaries) for text whose width is its length
 * (isNarrow), without measuring every word's width: the same lines.
 */
function wrapNarrow(width: number, text: string): string[] {
  // Most cells fit: nothing can break, and the words and spaces join up again as the text was (a text of
  // spaces only, which has no word, is no line at all).
  if (text.length <= width) return text.trim() === '' ? [] : [text];
  const lines: string[] = [];
  const split = text.split(/(\s+)/g);
  let line: string[] = [];
  let length = 0;
  let space: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i]!;
    const longer = length + word.length + (length > 0 && space ? space.length : 0);
    if (longer > width) {
      if (length !== 0) lines.push(line.join(''));
      line = [word];
      length = word.length;
    } else {
      line.push(space || '', word);
      length = longer;
    }
    space = split[i + 1];
  }
  if (length) lines.push(line.join(''));
  return lines;
}

/** One line of a cell, cut and padded as cli-table3 does (utils.truncate and utils.pad), for narrow text. */
function fitNarrow(text: string, width: number, align: string): string {
  const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  const padding = width - cut.length;
  if (align === 'right') return ' '.repeat(padding) + cut;
  if (align === 'center') return ' '.repeat(padding - Math.ceil(padding / 2)) + cut + ' '.repeat(Math.ceil(padding / 2));
  return cut + ' '.repeat(padding);
}

/**
 * A table for the terminal, as cli-table3 draws one with these options: a border around every cell, a
 * line between rows, one space either side of the text, the text wrapped at word boundaries and cut with
 * '…' when a word is wider than its column. cli-table3 itself builds an object with two dozen options per
 * cell and lays the cells out in time growing with the square of the rows (its issue #68): an overdue list
 * of 1,000 plans (5,000 rows) took 4 s, of 10,000 plans minutes. This draws the same lines in one pass,
 * with cli-table3's own functions for each cell's text (wrapping, colour across wrapped lines, cutting,
 * padding), so the text is its text; test/table.test.ts holds the two to the same output.
 */
export function drawTable(head: string[], rows: string[][], widths: number[], aligns: string[]): string {
  const line = (left: string, fill: string, middle: string, right: string) => left + widths.map((w) => fill.repeat(w)).join(middle) + right;
  // (the line between rows is made once, not for every row: a report of 1,000 plans draws some 30,000)
  const between = line('├', '─', '┼', '┤');
  const out: string[] = [];
  for (let y = 0; y <= rows.length; y++) {
    const cells = y === 0 ? head : rows[y - 1]!;
    out.push(y === 0 ? line('┌', '─', '┬', '┐') : between);
    // Most cells are narrow text (isNarrow), wrapped, cut and padded here; the rest by cli-table3's functions.
    const narrow = cells.map(isNarrow);
    const texts = cells.map((content, x) => (narrow[x] ? wrapNarrow(widths[x]! - 2, content) : tableText.colorizeLines(tableText.wordWrap(widths[x]! - 2, content, true))));
    const height = Math.max(1, ...texts.map((t) => t.length));
    for (let n = 0; n < height; n++) {
      let drawn = '';
      for (let x = 0; x < widths.length; x++) {
        const text = texts[x]![n];
        const inner = widths[x]! - 2;
        if (text === undefined) drawn += `│${' '.repeat(widths[x]!)}`;
        else drawn += `│ ${narrow[x] ? fitNarrow(text, inner, aligns[x]!) : tableText.pad(tableText.truncate(text, inner, '…'), inner, ' ', aligns[x]!)} `;
      }
      out.push(`${drawn}│`);
    }
  }
  out.push(line('└', '─', '┴', '┘'));
  return out.join('\n');
}

export function renderTable<R>(columns: Column<R>[], rows: R[], c: ChalkInstance, maxWidth = terminalWidth()): string {
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
  const cells = rows.map((r) =>
    columns.map((col) => {
      const text = safeLine(cell(col.value(r)));
      return col.style ? col.style(text, r, c) : text;
    }),
  );
  return drawTable(columns.map((col) => c.bold(col.header)), cells, widths, columns.map((col) => col.align ?? 'left'));
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
  return csvHeader(columns, options) + csvRows(columns, rows);
}

/** A CSV table's first line, the columns' headers (after a BOM if asked for); each line ends CRLF. */
export function csvHeader<R>(columns: Column<R>[], options: { bom?: boolean } = {}): string {
  return `${options.bom ? '\ufeff' : ''}${columns.map((c) => csvCell(c.header)).join(',')}\r\n`;
}

/** Rows as CSV lines, each ending CRLF: with csvHeader, a table made in pieces. */
export function csvRows<R>(columns: Column<R>[], rows: R[]): string {
  return rows.map((r) => `${columns.map((c) => csvCell(c.value(r))).join(',')}\r\n`).join('');
}

export function mdCell(v: string | number | undefined): string {
  return safeLine(cell(v)).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

export function toMarkdown<R>(columns: Column<R>[], rows: R[]): string {
  const align = (a?: string) => (a === 'right' ? '---:' : a === 'center' ? ':---:' : '---');
  return [`| ${columns.map((c) => mdCell(c.header)).join(' | ')} |`, `| ${columns.map((c) => align(c.align)).join(' | ')} |`, ...rows.map((r) => `| ${columns.map((c) => mdCell(c.value(r))).join(' | ')} |`)].join('\n') + '\n';
}
