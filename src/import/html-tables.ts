/**
 * The tables in the HTML mammoth makes of a Word document, read simply: each row's cells as text (a paragraph
 * or list item a line), a merged cell (colspan) keeping its place with empty cells after it. A table inside a
 * cell is read as part of that cell's text.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

const tidy = (cell: string) =>
  cell
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

export function htmlTables(html: string): string[][][] {
  const tables: string[][][] = [];
  let depth = 0;
  let table: string[][] | undefined;
  let row: string[] | undefined;
  let cell: string | undefined;
  let span = 1;
  const token = /<(\/?)([a-z0-9]+)\b([^>]*)>|([^<]+)/gi;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const [, close, rawTag, attrs, text] = m;
    if (text !== undefined) {
      if (cell !== undefined) cell += decode(text);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'table') {
      depth += close ? -1 : 1;
      if (!close && depth === 1) table = [];
      if (close && depth === 0 && table) {
        tables.push(table);
        table = undefined;
      }
      continue;
    }
    if (depth !== 1) {
      if (cell !== undefined && ['p', 'li', 'br', 'tr'].includes(tag)) cell += '\n';
      continue;
    }
    if (tag === 'tr') {
      if (!close) row = [];
      else if (row && table) {
        table.push(row);
        row = undefined;
      }
    } else if (tag === 'td' || tag === 'th') {
      if (!close) {
        cell = '';
        span = Number(/colspan="?(\d+)/i.exec(attrs ?? '')?.[1] ?? 1) || 1;
      } else if (row && cell !== undefined) {
        row.push(tidy(cell), ...Array.from({ length: span - 1 }, () => ''));
        cell = undefined;
      }
    } else if (cell !== undefined && ['p', 'li', 'br'].includes(tag)) cell += '\n';
  }
  return tables;
}
