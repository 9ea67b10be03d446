/**
 * Bytes to text, refusing what is not a plan before any parser sees it: oversized files, binary data,
 * and text that is not UTF-8 (typically Windows-1252 pasted from Word), each with the position and a fix.
 */
import type { Diagnostic, Range } from '../diagnostics.js';

export const DEFAULT_MAX_FILE_BYTES = 5_000_000;

export interface DecodedSource {
  text: string;
  diagnostics: Diagnostic[];
}

function positionOfByte(bytes: Uint8Array, offset: number): Range {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // count characters, not bytes, before the offset on its line (valid UTF-8 up to here)
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

export function decodeSource(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodedSource {
  const fail = (range: Range, ruleId: string, message: string, hint?: string): DecodedSource => ({
    text: '',
    diagnostics: [{ file, ...range, severity: 'error', ruleId, message, ...(hint ? { hint } : {}) }],
  });
  if (bytes.length > maxBytes) {
    return fail(
      { line: 1, column: 1, endLine: 1, endColumn: 1 },
      'file/too-large',
      `file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for a plan`,
      'split the plan into smaller files, or raise limits.maxFileBytes in plan.config.yaml',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(positionOfByte(bytes, nul), 'file/binary', 'file contains a NUL byte: this is binary data, not a YAML plan', 'check the file is the plan you meant; re-save it as plain UTF-8 text');
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // A BOM is legal but would shift every column on line 1 by one: drop it.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, diagnostics: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const byte = bytes[bad] ?? 0;
    const cp1252 = byte >= 0x80 && byte <= 0x9f ? ` (in Windows-1252, as Word saves it, this byte is ${describeCp1252(byte)})` : '';
    return fail(
      positionOfByte(bytes, bad),
      'file/encoding',
      `file is not valid UTF-8: byte 0x${byte.toString(16).padStart(2, '0')} cannot start a character here${cp1252}`,
      'save the file as UTF-8 (in most editors: File > Save with Encoding > UTF-8)',
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

const CP1252: Record<number, string> = { 0x91: 'a left single quote ‘', 0x92: 'a right single quote ’', 0x93: 'a left double quote “', 0x94: 'a right double quote ”', 0x96: 'an en dash –', 0x97: 'an em dash —', 0x85: 'an ellipsis …', 0x80: 'a euro sign €', 0x95: 'a bullet •' };

function describeCp1252(byte: number): string {
  return CP1252[byte] ?? 'a typographic character';
}

export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1_000) return `${(n / 1_000).toFixed(1)} kB`;
  return `${n} bytes`;
}
