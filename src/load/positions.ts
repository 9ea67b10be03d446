/**
 * Offsets in a text to the line and column ranges findings carry, always kept inside the text, and the
 * small text searches the YAML reader shares (line ends, source lines, git conflict markers).
 */
import type { Range } from '../diagnostics.js';

export type PathSegment = string | number;

export const NOWHERE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A BOM is legal but would shift every column on line 1 by one: drop it. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The offset at which each line starts: 0, then one past every line feed. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl;
}

/**
 * The range between two offsets, given the line starts. With the text, positions are kept inside it: never
 * before the start, never past the end, and never past the last visible character of a line (+1) even on a
 * CRLF line.
 */
export function rangeOf(lines: readonly number[], start: number, end: number, text?: string): Range {
  const limit = text === undefined ? Number.MAX_SAFE_INTEGER : text.length;
  const s = clamp(Number.isFinite(start) ? start : 0, 0, limit);
  const e = clamp(Number.isFinite(end) ? end : s, s, limit);
  const a = position(lines, s, text);
  const b = position(lines, e, text);
  if (b.line < a.line || (b.line === a.line && b.col < a.col)) return { line: a.line, column: a.col, endLine: a.line, endColumn: a.col };
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

/** Line and column (both from 1) of an offset, by binary search over the line starts. */
function position(lines: readonly number[], offset: number, text: string | undefined): { line: number; col: number } {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offset < lines[mid]!) high = mid;
    else low = mid + 1;
  }
  if (low === 0) return { line: 1, col: Math.max(1, offset + 1) };
  const line = low;
  const col = offset - lines[low - 1]! + 1;
  if (text === undefined) return { line, col };
  const lineStart = lines[line - 1] ?? 0;
  let lineEnd = line < lines.length ? (lines[line] ?? text.length) - 1 : text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return { line, col: clamp(col, 1, Math.max(1, lineEnd - lineStart + 1)) };
}

/** The text of a source line (from 1), without its line end, for excerpts under syntax errors; '' past the end. */
export function sourceLine(text: string, line: number): string {
  if (!Number.isInteger(line) || line < 1) return '';
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return '';
    start = nl + 1;
  }
  return text.slice(start, lineEndOf(text, start)).replace(/\r$/, '');
}

/** Offsets of git's conflict marker lines (<<<<<<< ours, =======, >>>>>>> theirs), when both ends are there. */
export function conflictMarkers(text: string): number[] {
  const start = /^<{7}(?: |\r?$)/m.exec(text);
  if (!start) return [];
  const re = /^(?:<{7}(?: |\r?$)|={7}\r?$|>{7}(?: |\r?$)|\|{7}(?: |\r?$))/gm;
  re.lastIndex = start.index;
  const found: number[] = [];
  let hasEnd = false;
  for (let m = re.exec(text); m && found.length < 30; m = re.exec(text)) {
    found.push(m.index);
    if (m[0].startsWith('>')) hasEnd = true;
  }
  return hasEnd ? found : [];
}
