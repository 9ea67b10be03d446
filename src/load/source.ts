/**
 * Bytes to text, refusing what is not a plan before any parser sees it: oversized files (from a stat, before
 * reading them), devices and pipes, binary data, UTF-16, and text that is not UTF-8 (typically
 * Windows-1252 pasted from Word), each with the position and a fix.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { type Diagnostic, FILE_START, type Range } from '../diagnostics.js';
import { withoutBom } from './positions.js';

export const DEFAULT_MAX_FILE_BYTES = 5_000_000;

export interface DecodedSource {
  text: string;
  diagnostics: Diagnostic[];
}

function failure(file: string, range: Range, ruleId: string, message: string, hint?: string): DecodedSource {
  return { text: '', diagnostics: [{ file, ...range, severity: 'error', ruleId, message, ...(hint ? { hint } : {}) }] };
}

function tooLarge(file: string, size: number, maxBytes: number): DecodedSource {
  return failure(file, FILE_START, 'file/too-large', `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for a plan`, 'split the plan into smaller files, or raise limits.maxFileBytes in plan.config.yaml');
}

function unreadable(file: string, why: string, hint?: string): DecodedSource {
  return failure(file, FILE_START, 'file/unreadable', `cannot read the file: ${why}`, hint);
}

function describeErrno(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? 'error';
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOENT' ? 'no such file' : code === 'ELOOP' ? 'too many symbolic links (a link loop)' : code;
}

/**
 * Reads and decodes a plan file in bounded memory: the size comes from a stat before anything is read, only
 * regular files are opened (a pipe or device could block or never end), and never more than
 * maxBytes + 1 bytes are read, even from a file that grows meanwhile.
 */
export function readSource(path: string, file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodedSource {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    return unreadable(file, describeErrno(err));
  }
  if (st.isDirectory()) return unreadable(file, 'it is a folder');
  if (!st.isFile()) return unreadable(file, 'it is not a regular file (a device, pipe or socket)', 'name the plan files themselves');
  if (st.size > maxBytes) return tooLarge(file, st.size, maxBytes);
  let fd: number | undefined;
  try {
    // Non-blocking, so that a file swapped for a pipe since the stat cannot hang the open; the fstat of
    // what was opened finds such a swap out.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const now = fstatSync(fd);
    if (now.isDirectory()) return unreadable(file, 'it is a folder');
    if (!now.isFile()) return unreadable(file, 'it is not a regular file (a device, pipe or socket)');
    if (now.size > maxBytes) return tooLarge(file, now.size, maxBytes);
    // Read to the end, in case the file grew since the fstat, but never past maxBytes + 1 bytes.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes, now.size) + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) return tooLarge(file, total, maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, total * 2));
        buffer.copy(grown);
        buffer = grown;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > maxBytes) return tooLarge(file, total, maxBytes);
    return decodeSource(file, buffer.subarray(0, total), maxBytes);
  } catch (err) {
    return unreadable(file, describeErrno(err));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Line and column (in UTF-16 code units, as every other position) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): Range {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Count characters, not bytes, before the offset on its line; bytes that are not UTF-8 count as one each.
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

export function decodeSource(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodedSource {
  if (bytes.length > maxBytes) return tooLarge(file, bytes.length, maxBytes);
  // UTF-16 (Notepad's "Unicode") is full of NUL bytes: say what it is rather than calling it binary.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes);
  if (utf16) {
    return failure(file, FILE_START, 'file/encoding', 'file is UTF-16 text, not UTF-8', 'save the file as UTF-8 (in Notepad: Save As > Encoding > UTF-8; in most editors: File > Save with Encoding > UTF-8)');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return failure(file, positionOfByte(bytes, nul), 'file/binary', 'file contains a NUL byte: this is binary data, not a YAML plan', 'check the file is the plan you meant; re-save it as plain UTF-8 text');
  }
  // The decoder checks the bytes natively; only text that is not UTF-8 is scanned again, to say where.
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  const bad = text === undefined ? firstInvalidUtf8(bytes) : -1;
  if (text !== undefined) return { text: withoutBom(text), diagnostics: [] };
  if (bad === -1) return { text: withoutBom(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)), diagnostics: [] };
  const byte = bytes[bad] ?? 0;
  const cp1252 = byte >= 0x80 ? ` (in Windows-1252, as Word saves it, this byte is ${describeCp1252(byte)})` : '';
  const count = countInvalidUtf8(bytes, bad);
  const more = count > 1 ? `; ${count - 1} more such byte${count === 2 ? '' : 's'} after it` : '';
  return failure(
    file,
    positionOfByte(bytes, bad),
    'file/encoding',
    `file is not valid UTF-8: byte 0x${byte.toString(16).padStart(2, '0')} cannot start a character here${cp1252}${more}`,
    'save the file as UTF-8 (in most editors: File > Save with Encoding > UTF-8)',
  );
}

/** NUL in most odd or most even positions of the first kilobyte, and nowhere else: UTF-16 without a BOM. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > half * 0.6 && even === 0) || (even > half * 0.6 && odd === 0);
}

/** The length of the valid UTF-8 sequence at i (RFC 3629: no overlongs, surrogates or values past U+10FFFF), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const c1 = bytes[i + 1];
  const cont = (c: number | undefined) => c !== undefined && (c & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(c1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (c1 === undefined) return 0;
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return c1 >= lo && c1 <= hi && cont(bytes[i + 2]) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (c1 === undefined) return 0;
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return c1 >= lo && c1 <= hi && cont(bytes[i + 2]) && cont(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}

/** The offset of the first byte that does not start a valid UTF-8 sequence, or -1 when all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

function countInvalidUtf8(bytes: Uint8Array, from: number): number {
  let count = 0;
  let i = from;
  while (i !== -1 && i < bytes.length) {
    count++;
    i = firstInvalidUtf8(bytes, i + 1);
  }
  return count;
}

const CP1252: Record<number, string> = {
  0x80: 'a euro sign €',
  0x85: 'an ellipsis …',
  0x91: 'a left single quote ‘',
  0x92: 'a right single quote ’',
  0x93: 'a left double quote “',
  0x94: 'a right double quote ”',
  0x95: 'a bullet •',
  0x96: 'an en dash –',
  0x97: 'an em dash —',
  0xa0: 'a non-breaking space',
  0xa3: 'a pound sign £',
};

function describeCp1252(byte: number): string {
  const known = CP1252[byte];
  if (known) return known;
  if (byte >= 0xa1) return `'${String.fromCharCode(byte)}'`;
  return 'a typographic character';
}

export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1_000) return `${(n / 1_000).toFixed(1)} kB`;
  return `${n} bytes`;
}
