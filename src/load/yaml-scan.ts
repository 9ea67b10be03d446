/**
 * The quickest reader: a hand-written scanner for the plain block YAML that plans are written in, which
 * builds the data straight from the text, with no events, tokens or nodes in between. Asked to, it also
 * records where each key and value is (a Shadow of each collection), in the full reader's own terms, so
 * that locateScanned() places a finding exactly where eemeli/yaml would.
 *
 * It reads mappings and sequences in block style (compact "- key: value" items included), one-line flow
 * collections of scalars, plain scalars (over several lines too), one-line quoted scalars, and literal and
 * folded block scalars with "-" or no chomping indicator. Anything else it declines (returns undefined),
 * and the next reader takes the file: anchors, aliases, tags, directives, explicit keys, multi-line quoted
 * or flow scalars, block scalars kept (+) or with an indentation indicator, tabs, control characters,
 * whitespace-only lines inside block scalars, duplicate keys, a second document, and anything it cannot
 * be sure of. test/yaml-fast.test.ts holds it to that: whenever it accepts a text, the full reader
 * (eemeli/yaml) finds no problem in it, builds the same data, key for key, and places every path the same.
 */
import type { Range } from '../diagnostics.js';
import { type LoadedYaml, type PathSegment, firstKey, lineEndOf, rangeOf } from './loaded.js';
import { resolvePlain } from './yaml-fast.js';

/** Thrown (and caught below) to decline a text: the next reader takes it. */
const DECLINE = new Error('declined');

// Any character that might be one of those below; only when there is one is the exact (slower) test run.
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;
// The characters that js-yaml refuses (it would decline them too): control characters and lone surrogates.
// NEL and the Unicode line and paragraph separators are declined too: line breaks in some YAML, not others.
const NON_PRINTABLE = /[\x85\u2028\u2029]|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;

// Characters that may end a plain scalar, or make it one the scanner leaves alone: line breaks, ":" and "#"
// (in block context), and the flow indicators besides (in flow context).
const BLOCK_STOP = new Uint8Array(128);
const FLOW_STOP = new Uint8Array(128);
for (const c of '\n\r:#') BLOCK_STOP[c.charCodeAt(0)] = FLOW_STOP[c.charCodeAt(0)] = 1;
for (const c of ',[]{}') FLOW_STOP[c.charCodeAt(0)] = 1;

/** The first offset from j holding a character of the table (or N). */
function scanTo(j: number, stop: Uint8Array): number {
  for (; j < N; j++) {
    const c = T.charCodeAt(j);
    if (c < 128 && stop[c] === 1) return j;
  }
  return N;
}

let T = '';
let N = 0;
/** Whether the text has a CR (then blockStop scans character by character, as scanTo does). */
let HAS_CR = false;
// The next ":", "#" and LF at or after stopsFrom (N when there is none): the scanner moves forward, so each
// is found again only once passed, by indexOf, not character by character.
let stopsFrom = 0;
let colonAt = -1;
let hashAt = -1;
let lfAt = -1;

function nextOf(ch: string, from: number): number {
  const k = T.indexOf(ch, from);
  return k === -1 ? N : k;
}

/** scanTo(j, BLOCK_STOP), by the next ":", "#" and line break. */
function blockStop(j: number): number {
  if (HAS_CR) return scanTo(j, BLOCK_STOP);
  if (j < stopsFrom) colonAt = hashAt = lfAt = -1; // (a step back: found again from here)
  stopsFrom = j;
  if (colonAt < j) colonAt = nextOf(':', j);
  if (hashAt < j) hashAt = nextOf('#', j);
  if (lfAt < j) lfAt = nextOf('\n', j);
  return Math.min(colonAt, hashAt, lfAt);
}

/** Start of the line the scanner is at (always a line start between nodes). */
let pos = 0;
let depth = 0;
let maxDepth = 0;

/**
 * Where a collection's parts are, in the full reader's terms (its nodes' ranges), recorded only when
 * positions are asked for (scanYaml with record).
 */
export interface Shadow {
  map: boolean;
  start: number;
  /** flow collections: the offset after the closing bracket; block ones: -1 (they are placed by their first line) */
  end: number;
  /** maps: each key as read (1, not "1"), to find a path segment as the full reader does */
  keys: unknown[];
  /** maps: key start, key end, value start, value end for each entry; sequences: value start and end */
  at: number[];
  /** each entry's value when it is a collection (undefined for a scalar) */
  kids: (Shadow | undefined)[];
}

let REC = false;
/** The offset just after the scalar or flow collection the last call read (they return only the value). */
let after = 0;
/** The range of the scalar just read. */
let vs = -1;
let ve = -1;
/** The collection just read (when recording), or undefined for a scalar. */
let vShadow: Shadow | undefined;

function scalarAt(start: number, end: number): void {
  vs = start;
  ve = end;
  vShadow = undefined;
}

function shadow(map: boolean, start: number): Shadow | undefined {
  return REC ? { map, start, end: -1, keys: [], at: [], kids: [] } : undefined;
}

function record(sh: Shadow | undefined): void {
  if (sh) {
    sh.at.push(vs, ve);
    sh.kids.push(vShadow);
  }
}

function finish(sh: Shadow | undefined): void {
  vs = ve = -1;
  vShadow = sh;
}

/** Whether offset i ends a line (a CR is always followed by LF: lone CRs are declined up front). */
function isEol(i: number): boolean {
  if (i >= N) return true;
  const c = T.charCodeAt(i);
  return c === LF || c === CR;
}

function isSpaceOrEol(i: number): boolean {
  return i >= N || T.charCodeAt(i) === SPACE || isEol(i);
}

/** Offset of the end of the line holding i (before its CR LF or LF). */
function contentEnd(i: number): number {
  const nl = T.indexOf('\n', i);
  const e = nl === -1 ? N : nl;
  return e > i && T.charCodeAt(e - 1) === CR ? e - 1 : e;
}

/** Start of the line after the one holding i (N at the end). */
function nextLine(i: number): number {
  const nl = T.indexOf('\n', i);
  return nl === -1 ? N : nl + 1;
}

/**
 * From pos (a line start), skips blank and comment lines. Returns the indentation of the next line with
 * content, with pos at its start, or -1 at the end of the text. start: the first content of the text, which
 * may be one "---" line (with nothing after it but a comment).
 */
function nextContent(start = false): number {
  while (pos < N) {
    let i = pos;
    while (i < N && T.charCodeAt(i) === SPACE) i++;
    if (isEol(i) || T.charCodeAt(i) === HASH) {
      pos = nextLine(i);
      continue;
    }
    const indent = i - pos;
    // A document marker ("---" or "...") at the start of a line: another document, or its end.
    if (indent === 0 && (T.startsWith('---', i) || T.startsWith('...', i)) && isSpaceOrEol(i + 3)) {
      if (!start || T.charCodeAt(i) !== DASH) throw DECLINE;
      endOfLine(i + 3);
      start = false;
      continue;
    }
    return indent;
  }
  return -1;
}

/** After a node on this line, only spaces and a comment may follow; pos moves to the next line. */
function endOfLine(i: number): void {
  const start = i;
  while (i < N && T.charCodeAt(i) === SPACE) i++;
  if (!isEol(i)) {
    // A comment must be separated from what comes before it by a space.
    if (T.charCodeAt(i) !== HASH || i === start) throw DECLINE;
  }
  pos = nextLine(i);
}

function enter(): void {
  if (++depth > maxDepth) throw DECLINE;
}

// Characters that cannot begin a plain scalar here (or that we leave to the other readers).
function cannotStartPlain(c: number, next: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x23: // #
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
    case 0x3f: // ?
    case 0x3a: // :
      return true;
    case DASH:
      return next === SPACE || next === LF || next === CR || Number.isNaN(next) || next === DASH;
    default:
      return false;
  }
}

/** A key's string, as the full reader gives it (a plain key is resolved first: "1.0" is "1"). */
function keyString(value: unknown): string {
  return value === null ? '' : String(value);
}

/**
 * Plain keys read before, by where they hash: plans repeat a few dozen keys thousands of times, and a key
 * found here is compared in place, not cut from the text, resolved and looked up in V8's string table again.
 * Only keys that read as themselves are kept (not 1, null or true), each as a string of its own: a slice
 * of a long key would keep its whole file alive.
 */
const KEYS: string[] = new Array<string>(512).fill('');

function plainKey(s: number, e: number): unknown {
  const len = e - s;
  if (len > 64) return resolvePlain(T.slice(s, e));
  const h = (len * 31 + T.charCodeAt(s) * 7 + T.charCodeAt(e - 1)) & 511;
  const known = KEYS[h]!;
  if (known.length === len && T.startsWith(known, s)) return known;
  const text = T.slice(s, e);
  const key = resolvePlain(text);
  if (key === text) KEYS[h] = len < 13 ? text : Object.keys({ [text]: 0 })[0]!;
  return key;
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  // (Most keys are new, and neither the object's nor its prototype's: one look tells, and only a key found
  // there needs the second.)
  if (!(key in obj)) obj[key] = value;
  else if (Object.hasOwn(obj, key)) throw DECLINE; // duplicate, or two spellings of one key ("1" and 1)
  // As eemeli/yaml's toJS: a key already "in" the object (__proto__, toString, ...) becomes an own property.
  else Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

// ------------------------------------------------------------------------------------------- scalars

/** A one-line single-quoted scalar starting at the quote at i (sets after). */
function singleQuoted(i: number): string {
  let out = '';
  let from = i + 1;
  const end = contentEnd(from); // once: a line of a million '' must not be searched to its end each time
  for (;;) {
    const q = T.indexOf("'", from);
    if (q === -1 || q >= end) throw DECLINE; // over more than one line
    out += T.slice(from, q);
    if (T.charCodeAt(q + 1) === SQUOTE) {
      out += "'";
      from = q + 2;
      continue;
    }
    after = q + 1;
    return out;
  }
}

const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\' };

/** A one-line double-quoted scalar starting at the quote at i (sets after). */
function doubleQuoted(i: number): string {
  const end = contentEnd(i);
  let out = '';
  let from = i + 1;
  for (let j = from; j < end; j++) {
    const c = T.charCodeAt(j);
    if (c === DQUOTE) {
      after = j + 1;
      return out + T.slice(from, j);
    }
    if (c !== BACKSLASH) continue;
    out += T.slice(from, j);
    const e = T[j + 1];
    if (e === undefined || j + 1 >= end) throw DECLINE;
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      j += 1;
    } else {
      const digits = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      const hex = T.slice(j + 2, j + 2 + digits);
      if (digits === 0 || hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw DECLINE;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw DECLINE;
      out += String.fromCodePoint(code);
      j += 1 + digits;
    }
    from = j + 1;
  }
  throw DECLINE; // no closing quote on this line
}

/** Whether a continuation line of a plain scalar (from its first character to e) is plainly just text. */
function plainContinuation(i: number, e: number): boolean {
  const c = T.charCodeAt(i);
  if (cannotStartPlain(c, T.charCodeAt(i + 1)) || c === DASH || c === 0x2e /* . */) return false;
  for (let j = i; j < e; j++) {
    const d = T.charCodeAt(j);
    if (d === COLON && (j + 1 === e || T.charCodeAt(j + 1) === SPACE)) return false;
    if (d === HASH && T.charCodeAt(j - 1) === SPACE) return false;
  }
  return true;
}

/**
 * A plain scalar that is a value (its first line already scanned up to end, without trailing spaces),
 * continued on the lines below that are indented past parent. Leaves pos at the line after it.
 */
function plainValue(start: number, end: number, parent: number): unknown {
  let text = T.slice(start, end);
  let last = end;
  pos = nextLine(end);
  let blank = 0;
  let folded = false;
  for (let line = pos; line < N; ) {
    let i = line;
    while (i < N && T.charCodeAt(i) === SPACE) i++;
    if (isEol(i)) {
      blank++;
      line = nextLine(i);
      continue;
    }
    if (i - line <= parent || T.charCodeAt(i) === HASH) break;
    let e = contentEnd(i);
    while (e > i && T.charCodeAt(e - 1) === SPACE) e--;
    if (!plainContinuation(i, e)) throw DECLINE;
    text += blank === 0 ? ` ${T.slice(i, e)}` : `${'\n'.repeat(blank)}${T.slice(i, e)}`;
    folded = true;
    blank = 0;
    last = e;
    line = nextLine(i);
    pos = line;
  }
  scalarAt(start, last);
  return folded ? text : resolvePlain(text);
}

/** A literal (|) or folded (>) block scalar whose indicator is at i, for a node indented past parent. */
function blockScalar(i: number, parent: number): string {
  const folded = T.charCodeAt(i) === 0x3e;
  let j = i + 1;
  const chomp = T.charCodeAt(j);
  const strip = chomp === DASH;
  if (chomp === 0x2b /* + */) throw DECLINE;
  if (strip) j++;
  endOfLine(j); // header: only a comment may follow (an indentation indicator is declined here)
  // The content's indentation is that of its first line, which must come straight after the header.
  const first = pos;
  let k = first;
  while (k < N && T.charCodeAt(k) === SPACE) k++;
  const indent = k - first;
  if (isEol(k) || indent <= parent) throw DECLINE; // empty, or leading blank lines: rare, left to the others
  const lines: string[] = [];
  let trailingBlank = 0;
  let line = first;
  let sawNewline = true;
  let contentNext = first;
  while (line < N) {
    let s = line;
    while (s < N && T.charCodeAt(s) === SPACE && s - line < indent) s++;
    if (isEol(s)) {
      if (s !== line) throw DECLINE; // a line of spaces only: the readers may count it differently
      lines.push('');
      trailingBlank++;
      line = nextLine(s);
      continue;
    }
    if (s - line < indent) break; // less indented: the scalar has ended
    if (folded && T.charCodeAt(s) === SPACE) throw DECLINE; // more-indented lines in a folded scalar
    const e = contentEnd(s);
    if (T.charCodeAt(e - 1) === SPACE && (folded || T.slice(s, e).trim() === '')) throw DECLINE; // spaces the readers may treat differently
    lines.push(T.slice(s, e));
    trailingBlank = 0;
    sawNewline = e < N;
    line = nextLine(s);
    contentNext = line;
  }
  if (!sawNewline) throw DECLINE; // the text ends on the scalar's last line, with no line break
  scalarAt(i, contentNext); // from the indicator to the line after the last one with content
  pos = line;
  lines.length -= trailingBlank;
  let out: string;
  if (!folded) out = lines.join('\n');
  else {
    out = lines[0]!;
    let blanks = 0;
    for (let n = 1; n < lines.length; n++) {
      const l = lines[n]!;
      if (l === '') blanks++;
      else {
        out += blanks === 0 ? ` ${l}` : '\n'.repeat(blanks) + l;
        blanks = 0;
      }
    }
  }
  return strip ? out : `${out}\n`;
}

// ------------------------------------------------------------------------------------------- flow

/** A plain scalar inside a one-line flow collection, from i (sets after: its end, without spaces). */
function flowPlain(i: number, key: boolean): unknown {
  if (cannotStartPlain(T.charCodeAt(i), T.charCodeAt(i + 1))) throw DECLINE;
  let j = i;
  for (;; j++) {
    j = scanTo(j, FLOW_STOP);
    if (isEol(j)) throw DECLINE;
    const c = T.charCodeAt(j);
    if (c === COMMA || c === 0x5d || c === 0x7d) break;
    // A mapping's key ends at ": "; any other colon, and brackets, are left to the other readers.
    if (c === COLON && key && T.charCodeAt(j + 1) === SPACE) break;
    if (c === COLON || c === 0x5b || c === 0x7b) throw DECLINE;
    if (c === HASH && T.charCodeAt(j - 1) === SPACE) throw DECLINE;
  }
  let e = j;
  while (T.charCodeAt(e - 1) === SPACE) e--;
  after = e;
  return resolvePlain(T.slice(i, e));
}

function flowScalar(i: number, key: boolean): unknown {
  const c = T.charCodeAt(i);
  if (c === SQUOTE) return singleQuoted(i);
  if (c === DQUOTE) return doubleQuoted(i);
  return flowPlain(i, key);
}

function skipSpaces(i: number): number {
  while (T.charCodeAt(i) === SPACE) i++;
  return i;
}

/** A one-line flow sequence or mapping of scalars, its bracket at i (sets after). */
function flowCollection(i: number): unknown {
  enter();
  const isMap = T.charCodeAt(i) === 0x7b;
  const close = isMap ? 0x7d : 0x5d;
  const sh = shadow(isMap, i);
  const seq: unknown[] | undefined = isMap ? undefined : [];
  const map: Record<string, unknown> | undefined = isMap ? {} : undefined;
  let j = skipSpaces(i + 1);
  if (T.charCodeAt(j) === close) {
    depth--;
    if (sh) sh.end = j + 1;
    finish(sh);
    after = j + 1;
    return isMap ? map : seq;
  }
  for (;;) {
    const value = flowScalar(j, isMap);
    if (sh) {
      if (isMap) sh.keys.push(value);
      sh.at.push(j, after);
      if (!isMap) sh.kids.push(undefined);
    }
    j = skipSpaces(after);
    if (isMap) {
      // key: value, with a space after the colon and a value there
      if (T.charCodeAt(j) !== COLON || T.charCodeAt(j + 1) !== SPACE || (typeof value === 'object' && value !== null)) throw DECLINE;
      const v = skipSpaces(j + 1);
      const c = T.charCodeAt(v);
      if (c === COMMA || c === close) throw DECLINE;
      const item = flowScalar(v, false);
      setKey(map!, keyString(value), item);
      if (sh) {
        sh.at.push(v, after);
        sh.kids.push(undefined);
      }
      j = skipSpaces(after);
    } else seq!.push(value);
    const c = T.charCodeAt(j);
    if (c === close) break;
    if (c !== COMMA) throw DECLINE;
    j = skipSpaces(j + 1);
    if (T.charCodeAt(j) === close || T.charCodeAt(j) === COMMA) throw DECLINE; // a trailing or empty entry
  }
  depth--;
  if (sh) sh.end = j + 1;
  finish(sh);
  after = j + 1;
  return isMap ? map : seq;
}

// ------------------------------------------------------------------------------------------- block

/**
 * The node whose first character is at i (column col), inside a collection indented at parent.
 * block: whether a block collection may start here (at a line start, or after "- "). Leaves pos at the
 * start of the line after the node.
 */
function node(i: number, col: number, parent: number, block: boolean): unknown {
  const c = T.charCodeAt(i);
  if (c === DASH && isSpaceOrEol(i + 1)) {
    if (!block) throw DECLINE;
    return sequence(i, col);
  }
  if (c === 0x5b || c === 0x7b) {
    const value = flowCollection(i);
    const sh = vShadow;
    endOfLine(after);
    finish(sh);
    return value;
  }
  if (c === 0x7c || c === 0x3e) return blockScalar(i, parent);
  if (c === SQUOTE || c === DQUOTE) {
    const value = c === SQUOTE ? singleQuoted(i) : doubleQuoted(i);
    const end = after;
    const j = skipSpaces(end);
    if (T.charCodeAt(j) === COLON && isSpaceOrEol(j + 1)) {
      if (!block) throw DECLINE;
      return mapping(col, value, i, end, j + 1);
    }
    endOfLine(end);
    scalarAt(i, end);
    return value;
  }
  if (cannotStartPlain(c, T.charCodeAt(i + 1))) throw DECLINE;
  // A plain scalar: up to ": " (then it was a key), " #" (a comment) or the end of the line.
  let j = i;
  for (;; j++) {
    j = blockStop(j);
    if (isEol(j)) break;
    const d = T.charCodeAt(j);
    if (d === COLON && isSpaceOrEol(j + 1)) {
      if (!block || j - i > 1000) throw DECLINE;
      let e = j;
      while (T.charCodeAt(e - 1) === SPACE) e--;
      return mapping(col, plainKey(i, e), i, e, j + 1);
    }
    if (d === HASH && T.charCodeAt(j - 1) === SPACE) {
      let e = j;
      while (T.charCodeAt(e - 1) === SPACE) e--;
      pos = nextLine(j);
      scalarAt(i, e);
      return resolvePlain(T.slice(i, e)); // a comment ends it: no continuation lines
    }
  }
  let e = j;
  while (T.charCodeAt(e - 1) === SPACE) e--;
  return plainValue(i, e, parent);
}

/** The value after a key's colon (at i), in a mapping indented at m. */
function mappingValue(i: number, m: number): unknown {
  const j = skipSpaces(i);
  if (!isEol(j) && T.charCodeAt(j) !== HASH) return node(j, -1, m, false); // no block collection here: no column needed
  endOfLine(i);
  const indent = nextContent();
  if (indent > m) return node(pos + indent, indent, m, true);
  if (indent === m && T.charCodeAt(pos + m) === DASH && isSpaceOrEol(pos + m + 1)) return sequence(pos + m, m);
  scalarAt(j, j); // an empty value: the full reader places it after the colon and its spaces
  return null;
}

/** A block mapping at column m whose first key (already read, from ks to ke) ends with the colon before i. */
function mapping(m: number, first: unknown, ks: number, ke: number, i: number): Record<string, unknown> {
  enter();
  const sh = shadow(true, ks);
  const obj: Record<string, unknown> = {};
  let key = first;
  let valueAt = i;
  for (;;) {
    setKey(obj, keyString(key), mappingValue(valueAt, m));
    if (sh) {
      sh.keys.push(key);
      sh.at.push(ks, ke);
      record(sh);
    }
    const indent = nextContent();
    if (indent < m) break;
    if (indent > m) throw DECLINE;
    // The next key, at the start of a line indented at m.
    const s = pos + m;
    const c = T.charCodeAt(s);
    let end: number;
    ks = s;
    if (c === SQUOTE || c === DQUOTE) {
      key = c === SQUOTE ? singleQuoted(s) : doubleQuoted(s);
      end = after;
      ke = end;
    } else {
      if (cannotStartPlain(c, T.charCodeAt(s + 1))) throw DECLINE;
      let j = s;
      for (;; j++) {
        j = blockStop(j);
        if (isEol(j) || (T.charCodeAt(j) === COLON && isSpaceOrEol(j + 1))) break;
        if (T.charCodeAt(j) === HASH && T.charCodeAt(j - 1) === SPACE) throw DECLINE;
      }
      if (isEol(j) || j - s > 1000) throw DECLINE;
      end = j;
      while (T.charCodeAt(end - 1) === SPACE) end--;
      key = plainKey(s, end);
      ke = end;
      end = j;
    }
    const colon = skipSpaces(end);
    if (T.charCodeAt(colon) !== COLON || !isSpaceOrEol(colon + 1)) throw DECLINE;
    valueAt = colon + 1;
  }
  depth--;
  finish(sh);
  return obj;
}

/** A block sequence at column n whose first "-" is at i. */
function sequence(i: number, n: number): unknown[] {
  enter();
  const sh = shadow(false, i);
  const arr: unknown[] = [];
  let dash = i;
  for (;;) {
    const j = skipSpaces(dash + 1);
    if (isEol(j) || T.charCodeAt(j) === HASH) {
      endOfLine(dash + 1);
      const indent = nextContent();
      if (indent > n) arr.push(node(pos + indent, indent, n, true));
      else {
        arr.push(null);
        scalarAt(j, j); // an empty item: placed after the dash and its spaces
      }
    } else arr.push(node(j, n + (j - dash), n, true));
    record(sh);
    const indent = nextContent();
    if (indent < n || (indent === n && !(T.charCodeAt(pos + n) === DASH && isSpaceOrEol(pos + n + 1)))) break;
    if (indent > n) throw DECLINE;
    dash = pos + n;
  }
  depth--;
  finish(sh);
  return arr;
}

export interface Scanned {
  data: unknown;
  /** where everything is, when asked for */
  shadow?: Shadow;
}

/**
 * The data of a text (and, with record, where each part of it is), or undefined when another reader must
 * take it (see the header).
 */
export function scanYaml(text: string, limit: number, record = false, plain = false): Scanned | undefined {
  REC = record;
  try {
    const data = scan(text, limit, plain);
    if (data === undefined) return undefined;
    return record && vShadow ? { data, shadow: vShadow } : { data };
  } finally {
    REC = false;
    vShadow = undefined;
  }
}

/**
 * plain: the text is known to have no tab, CR, BOM or character SUSPECT finds (plain.ts tested its bytes),
 * so those searches of the whole text are skipped.
 */
function scan(text: string, limit: number, plain: boolean): unknown {
  if (text.length === 0 || text.includes('<<<<<<<')) return undefined;
  if (!plain && (text.includes('\t') || text.includes('\uFEFF') || (SUSPECT.test(text) && NON_PRINTABLE.test(text)))) return undefined;
  const cr = !plain && text.includes('\r');
  if (cr && /\r(?!\n)/.test(text)) return undefined;
  T = text;
  N = text.length;
  HAS_CR = cr;
  stopsFrom = 0;
  colonAt = hashAt = lfAt = -1;
  pos = 0;
  depth = 0;
  maxDepth = limit;
  try {
    // An optional "---" first, then one block collection at the left margin, and nothing after it.
    let indent = nextContent(true);
    if (indent !== 0) return undefined;
    const c = T.charCodeAt(pos);
    const root = c === DASH && isSpaceOrEol(pos + 1) ? sequence(pos, 0) : node(pos, 0, -1, true);
    if (typeof root !== 'object' || root === null) return undefined;
    indent = nextContent();
    return indent === -1 ? root : undefined;
  } catch (err) {
    if (err === DECLINE) return undefined;
    throw err;
  } finally {
    T = '';
  }
}

/**
 * The range of the node at a path, as the full reader's locate() gives it (see locateComposed): the key
 * itself (at 'key') or the value, falling back to the nearest ancestor that exists.
 */
export function locateScanned(loaded: LoadedYaml, root: Shadow, path: readonly PathSegment[], at: 'key' | 'value'): Range {
  let node: Shadow | undefined = root;
  let start = -1;
  let end = -1;
  let keyStart = -1;
  let keyEnd = -1;
  let hasKey = false;
  for (const seg of path) {
    if (node === undefined) break; // a scalar: the path ends here
    let i: number;
    if (node.map) {
      const keys = node.keys;
      i = firstKey(node, keys.length, (j) => keys[j], seg);
      if (i === -1) break;
      hasKey = true;
      keyStart = node.at[4 * i]!;
      keyEnd = node.at[4 * i + 1]!;
      start = node.at[4 * i + 2]!;
      end = node.at[4 * i + 3]!;
    } else {
      if (typeof seg !== 'number' || !(seg >= 0 && seg < node.kids.length) || !Number.isInteger(seg)) break;
      i = seg;
      hasKey = false;
      start = node.at[2 * i]!;
      end = node.at[2 * i + 1]!;
    }
    node = node.kids[i];
  }
  if (at === 'key' && hasKey) return rangeOf(loaded.lines, keyStart, keyEnd, loaded.text);
  if (node === undefined) return rangeOf(loaded.lines, start, end, loaded.text);
  // A flow collection is on one line; a block one may span many: it is placed by its first line.
  return rangeOf(loaded.lines, node.start, node.end === -1 ? lineEndOf(loaded.text, node.start) : node.end, loaded.text);
}
