/**
 * What loading a YAML file gives, whichever parser read it, and the position arithmetic both share.
 * Positions are offsets into the text until a finding needs a line and column; only then are they turned
 * into a Range, against line starts counted from the text itself, and always kept inside it.
 */
import type { Event } from 'js-yaml';
import type { Document } from 'yaml';
import type { Diagnostic, Range } from '../diagnostics.js';
import type { Shadow } from './yaml-scan.js';

export type PathSegment = string | number;

export interface LoadedYaml {
  file: string;
  /** the text parsed (without a leading byte order mark) */
  text: string;
  data: unknown;
  /** offset at which each line starts (the first is 0) */
  lines: number[];
  diagnostics: Diagnostic[];
  /** the depth limit the text was read with */
  maxDepth: number;
  /** set when eemeli/yaml composed the text: undefined also when it could not be parsed at all */
  doc?: Document.Parsed;
  /** set when the fast reader (js-yaml's event stream) read the text, which it does only for clean files */
  events?: Event[];
  /** set when the scanner (yaml-scan.ts) read the text: positions are then worked out when first asked for */
  scanned?: boolean;
  /** a scanned text's positions: recorded while reading (lint), or by scanning again when first asked for */
  shadow?: Shadow | null;
  /** the same text composed by eemeli/yaml, made on demand for a position the events cannot give exactly */
  composed?: LoadedYaml;
}

export interface LoadOptions {
  maxDepth?: number;
  /** record where everything is while reading, when findings are likely to need it (lint) */
  positions?: boolean;
  /** the text is known to be plain (plain.ts: decodeSource found it so), and the scanner need not test it */
  plain?: boolean;
}

export const NOWHERE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** How many bytes a byte order mark takes at the start of UTF-8 bytes (3, or 0 where there is none). */
export function bomBytes(bytes: Uint8Array): number {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** A BOM is legal but would shift every column on line 1 by one: drop it. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Keys to entries, built once per large mapping (as the full reader's pairFor does): a file with 100,000
// unknown keys must not cost 100,000 scans for each one reported.
const keyIndexes = new WeakMap<object, Map<unknown, number>>();

/**
 * Which of a mapping's count keys (keyAt(0) to keyAt(count - 1)) is the first to equal key, or -1. A large
 * mapping is searched through an index, made once and kept for map.
 */
export function firstKey(map: object, count: number, keyAt: (i: number) => unknown, key: unknown): number {
  if (count <= 32) {
    for (let i = 0; i < count; i++) if (keyAt(i) === key) return i;
    return -1;
  }
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (let i = 0; i < count; i++) {
      const k = keyAt(i);
      if (!index.has(k)) index.set(k, i);
    }
    keyIndexes.set(map, index);
  }
  return index.get(key) ?? -1;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The range between two offsets. With the text, positions are kept inside it: never before the start,
 * never past the end, and never past the last visible character of a line (+1) even on a CRLF line.
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

/** Line (1-based) and column (1-based) of an offset, by binary search over the line starts. */
function linePos(lines: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offset < lines[mid]!) high = mid;
    else low = mid + 1;
  }
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lines[low - 1]! + 1 };
}

function position(lines: readonly number[], offset: number, text: string | undefined): { line: number; col: number } {
  const p = linePos(lines, offset);
  if (p.line < 1) return { line: 1, col: Math.max(1, offset + 1) };
  if (text === undefined) return p;
  const lineStart = lines[p.line - 1] ?? 0;
  let lineEnd = p.line < lines.length ? (lines[p.line] ?? text.length) - 1 : text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  const maxCol = Math.max(1, lineEnd - lineStart + 1);
  return { line: p.line, col: clamp(p.col, 1, maxCol) };
}

export function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl;
}

// The line starts of the last text asked about: formatters ask for many lines of the same file in turn.
let lineCache: { text: string; starts: number[] } | undefined;

/** The text of the source line, for excerpts under syntax errors. */
export function sourceLine(text: string, line: number): string {
  if (lineCache?.text !== text) lineCache = { text, starts: lineStartsOf(text) };
  const starts = lineCache.starts;
  if (!Number.isInteger(line) || line < 1 || line > starts.length) return '';
  const start = starts[line - 1]!;
  const next = starts[line];
  const end = next === undefined ? text.length : next - 1;
  return text.slice(start, end).replace(/\r$/, '');
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
