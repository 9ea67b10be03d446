/**
 * An older version of a plan read with the help of the newer one: the quarterly report reads each plan as
 * it stood at the end of the last quarter, and most of a plan's top-level entries (its header fields, its
 * actions, measures, risks...) are then, byte for byte, what they are now. Only the entries whose text
 * differs are read, and of a list only the items whose text differs; the others are this version's values,
 * the very same objects (so comparing the two versions finds them identical at once).
 *
 * This gives the same data as reading the whole older text, or nothing (undefined), and the caller reads
 * the whole text as usual. It gives nothing unless every line at the left margin of both texts is a plain
 * key ("actions:"), a comment, a blank line or a "- " item of the entry above, each key once; the newer
 * data's keys are those entries, in order; and neither text has an anchor, alias or tag (one entry could
 * then depend on another). The changed entries, read together as one text, must read without an error.
 * test/yaml-reuse.test.ts holds it to reading the whole text, over edits of every bundled plan.
 */

import { isUtf8 } from 'node:buffer';
import { bomBytes } from './loaded.js';

/** One top-level entry: its key, and where its text is (from its key to the next key, or the end). */
interface Entry {
  key: string;
  start: number;
  end: number;
}

// A key at the left margin, as plans write them: plain, starting with a letter, resolving to itself.
const KEY = /[A-Za-z_][A-Za-z0-9_-]*:(?: |\r?\n|$)/y;
const ODD_BREAK = /\r(?!\n)|[\u2028\u2029]/;
/** How many of the newer list's items with the same first line an older item is compared with. */
const SAME_FIRST_LINE = 16;

/** Whether a text has what may be an anchor, alias or tag: "&", "*" or "!" where a node may start, before a name. */
function hasNodeProperty(text: string): boolean {
  for (const mark of ['&', '*', '!']) {
    for (let k = text.indexOf(mark); k !== -1; k = text.indexOf(mark, k + 1)) {
      const before = k === 0 ? ' ' : text[k - 1]!;
      const after = text[k + 1];
      if (' \t\r\n[{,:-'.includes(before) && after !== undefined && !' \t\r\n,[]{}'.includes(after)) return true;
    }
  }
  return false;
}

/**
 * Whether a text has a lone CR or a Unicode line separator. Three searches for one character each, and the
 * regular expression only where there is a CR: 2.4 ms over the 1,000 plans of the benchmark, against
 * 14.5 ms for the expression alone (it was a tenth of the time the history took to read last quarter's
 * versions).
 */
export function hasOddBreak(text: string): boolean {
  return (text.indexOf('\r') !== -1 && ODD_BREAK.test(text)) || text.indexOf('\u2028') !== -1 || text.indexOf('\u2029') !== -1;
}

/**
 * hasOddBreak for a text's bytes as Latin-1 (see readBytesWithNewer): the separators are there as their
 * three bytes of UTF-8.
 */
function hasOddBreakInBytes(bytes: string): boolean {
  return (bytes.indexOf('\r') !== -1 && ODD_BREAK.test(bytes)) || bytes.indexOf('\u00e2\u0080\u00a8') !== -1 || bytes.indexOf('\u00e2\u0080\u00a9') !== -1;
}

/** The top-level entries of a text, or undefined when any line at the left margin is not one of them. */
function entries(text: string, oddBreak: (text: string) => boolean): Entry[] | undefined {
  // (a lone CR or a Unicode line separator may or may not end a line: such texts, rare in plans, are left
  // to the whole read rather than reasoned about)
  if (oddBreak(text)) return undefined;
  const out: Entry[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const nl = text.indexOf('\n', i);
    const next = nl === -1 ? text.length : nl + 1;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x23) {
      // indented, blank or a comment: part of the entry above (before the first, only blank or a comment)
      if (out.length === 0 && c === 0x20 && !/^ *(?:#.*)?\r?$/.test(text.slice(i, nl === -1 ? text.length : nl))) return undefined;
    } else if (c === 0x2d && (i + 1 === text.length || ' \r\n'.includes(text[i + 1]!))) {
      if (out.length === 0) return undefined; // an item of the entry above ("key:" then "- a" at the margin)
    } else {
      KEY.lastIndex = i;
      if (!KEY.test(text)) return undefined;
      if (out.length > 0) out[out.length - 1]!.end = i;
      out.push({ key: text.slice(i, text.indexOf(':', i)), start: i, end: text.length });
    }
    i = next;
  }
  return out;
}

/**
 * A top-level entry whose value is a block sequence ("actions:" alone on its line, then "  - " items): the
 * text before its first item (the key's line, blank lines and comments) and each item's text (from its
 * "- " line to the next, its deeper lines, blank lines and comments with it), or undefined when its lines
 * are anything else.
 */
function itemsOf(text: string, e: Entry): { head: string; items: string[] } | undefined {
  const keyEnd = text.indexOf('\n', e.start);
  // (the key itself is one entries() found: nothing may follow its colon on the line)
  const afterColon = e.start + e.key.length + 1;
  if (keyEnd === -1 || keyEnd >= e.end || (keyEnd !== afterColon && !(keyEnd === afterColon + 1 && text.charCodeAt(afterColon) === 0x0d))) return undefined;
  let indent = -1;
  let headEnd = -1;
  const starts: number[] = [];
  for (let i = keyEnd + 1; i < e.end; ) {
    const nl = text.indexOf('\n', i);
    const next = nl === -1 || nl >= e.end ? e.end : nl + 1;
    let j = i;
    while (j < next && text.charCodeAt(j) === 0x20) j++;
    const c = j < next ? text.charCodeAt(j) : 0x0a;
    if (c !== 0x0a && c !== 0x0d && c !== 0x23) {
      // not blank, not a comment (those go with what is above them)
      const d = j + 1 < next ? text.charCodeAt(j + 1) : 0x0a;
      const item = c === 0x2d && (d === 0x20 || d === 0x0a || d === 0x0d);
      if (indent === -1) {
        // the first item sets the items' indentation
        if (!item) return undefined;
        indent = j - i;
        headEnd = i;
        starts.push(i);
      } else if (item && j - i === indent) starts.push(i);
      else if (j - i <= indent) return undefined;
    }
    i = next;
  }
  if (indent === -1) return undefined;
  return { head: text.slice(e.start, headEnd), items: starts.map((s, k) => text.slice(s, starts[k + 1] ?? e.end)) };
}

/**
 * Which of the newer list's items has this text (-1 for none): the one in the same place, most often, else
 * one found by its first line (among the first few with that line: a list of thousands of items that all
 * begin alike is read rather than searched, item by item, through all of them).
 */
function sameItem(texts: readonly string[], text: string, at: number, byFirstLine: () => Map<string, number[]>): number {
  if (texts[at] === text) return at;
  const nl = text.indexOf('\n');
  for (const k of byFirstLine().get(nl === -1 ? text : text.slice(0, nl)) ?? []) if (texts[k] === text) return k;
  return -1;
}

/** How an older entry is made: taken whole from the newer data, read whole, or item by item. */
type Plan = { key: string; reuse: true } | { key: string; reuse: false; items?: (number | { item: unknown })[]; fresh: number };

/**
 * The data of older, read with the help of newer (whose data is newData), or undefined when it cannot be
 * (see above); read reads a text as the caller would, giving undefined on any error. Of a changed entry
 * whose value is a list, only the changed items are read, where its items' texts and the newer list's
 * items correspond one to one.
 */
export function readWithNewer(older: string, newer: string, newData: unknown, read: (text: string) => unknown): Record<string, unknown> | undefined {
  return reuse(older, newer, newData, read, hasOddBreak);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * readWithNewer of an older version's bytes, as UTF-8, with the newer version's bytes as Latin-1 (readSource
 * keeps them so for the report): the same data, or undefined, where the older version is decoded only in the
 * entries and items that changed. Decoding the whole of each of last quarter's versions took about 50 ms of
 * the report of the benchmark's 1,000 plans in git, and most of what it decoded is then found unchanged and
 * never read.
 *
 * Both versions are compared as their bytes, each byte a character (Latin-1): every character the reader
 * looks for (line breaks, spaces, "#", "-", ":", "&", "*", "!" and a key's letters) is one byte of UTF-8,
 * and no byte of a longer character is one of them, so the two texts split alike, and parts that are the
 * same as bytes are the same as text. The parts that changed are decoded before they are read. A byte order
 * mark at the start of the older version is left out, as the newer text's was when it was read.
 */
export function readBytesWithNewer(older: Uint8Array, newerLatin1: string, newData: unknown, read: (text: string) => unknown): Record<string, unknown> | undefined {
  // Bytes the whole read refuses (not UTF-8, a NUL) are refused wherever they are, read or not: a comment
  // need not be read to make the file unreadable (both are native: a few microseconds for a plan just read).
  if (!isUtf8(older) || older.indexOf(0) !== -1) return undefined;
  const bom = bomBytes(older);
  const was = Buffer.from(older.buffer, older.byteOffset + bom, older.length - bom).toString('latin1');
  return reuse(was, newerLatin1, newData, (bytes) => {
    let text: string;
    try {
      text = utf8.decode(Buffer.from(bytes, 'latin1'));
    } catch {
      return undefined; // (not UTF-8: the whole read says where)
    }
    return read(text);
  }, hasOddBreakInBytes);
}

function reuse(older: string, newer: string, newData: unknown, read: (text: string) => unknown, oddBreak: (text: string) => boolean): Record<string, unknown> | undefined {
  if (newData === null || typeof newData !== 'object' || Array.isArray(newData) || Object.getPrototypeOf(newData) !== Object.prototype) return undefined;
  if (hasNodeProperty(older) || hasNodeProperty(newer)) return undefined;
  const was = entries(older, oddBreak);
  const now = entries(newer, oddBreak);
  if (!was || !now) return undefined;
  const data = newData as Record<string, unknown>;
  const keys = Object.keys(data);
  if (keys.length !== now.length || now.some((e, i) => e.key !== keys[i])) return undefined;
  const nowEntry = new Map(now.map((e) => [e.key, e]));
  const seen = new Set<string>();
  const plans: Plan[] = [];
  let changed = '';
  const readKeys: string[] = [];
  for (const e of was) {
    // a key twice, or one every object has (__proto__, toString...): left to the whole read
    if (seen.has(e.key) || e.key in Object.prototype) return undefined;
    seen.add(e.key);
    const text = older.slice(e.start, e.end);
    const n = nowEntry.get(e.key);
    if (n && newer.slice(n.start, n.end) === text) {
      plans.push({ key: e.key, reuse: true });
      continue;
    }
    // A list: its unchanged items are the newer list's (only if the newer list's items are its item texts).
    const list = data[e.key];
    const was1 = n && Array.isArray(list) ? itemsOf(older, e) : undefined;
    const now1 = was1 && n ? itemsOf(newer, n) : undefined;
    if (was1 && now1 && now1.items.length === (list as unknown[]).length) {
      let firstLines: Map<string, number[]> | undefined;
      const byFirstLine = () => {
        if (!firstLines) {
          firstLines = new Map();
          now1.items.forEach((t, k) => {
            const nl = t.indexOf('\n');
            const line = nl === -1 ? t : t.slice(0, nl);
            const same = firstLines!.get(line);
            if (!same) firstLines!.set(line, [k]);
            else if (same.length < SAME_FIRST_LINE) same.push(k);
          });
        }
        return firstLines;
      };
      let fresh = 0;
      let part = '';
      const items = was1.items.map((t, at) => {
        const k = sameItem(now1.items, t, at, byFirstLine);
        if (k !== -1) return { item: (list as unknown[])[k] };
        part += t;
        return fresh++;
      });
      plans.push({ key: e.key, reuse: false, items, fresh });
      if (fresh > 0) {
        changed += was1.head + part;
        readKeys.push(e.key);
      }
      continue;
    }
    // (only the last entry of a text can end without a line break, and it stays last)
    changed += text;
    readKeys.push(e.key);
    plans.push({ key: e.key, reuse: false, fresh: -1 });
  }
  let read1: unknown = {};
  if (changed !== '') {
    read1 = read(changed);
    if (read1 === null || typeof read1 !== 'object' || Array.isArray(read1)) return undefined;
    const got = Object.keys(read1);
    if (got.length !== readKeys.length || got.some((k, i) => k !== readKeys[i])) return undefined;
  }
  const fresh = read1 as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const p of plans) {
    if (p.reuse) out[p.key] = data[p.key];
    else if (!p.items) out[p.key] = fresh[p.key];
    else {
      const got = p.fresh > 0 ? fresh[p.key] : [];
      if (!Array.isArray(got) || got.length !== p.fresh) return undefined;
      out[p.key] = p.items.map((x) => (typeof x === 'number' ? got[x] : x.item));
    }
  }
  return out;
}
