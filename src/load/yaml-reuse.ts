/**
 * An older version of a plan read with the help of the newer one: the quarterly report reads each plan as
 * it stood at the end of the last quarter, and most of a plan's top-level entries (its header fields, its
 * actions, measures, risks...) are then, byte for byte, what they are now. Only the entries whose text
 * differs are read; the others are this version's values, the very same objects (so comparing the two
 * versions finds them identical at once).
 *
 * This gives the same data as reading the whole older text, or nothing (undefined), and the caller reads
 * the whole text as usual. It gives nothing unless every line at the left margin of both texts is a plain
 * key ("actions:"), a comment, a blank line or a "- " item of the entry above, each key once; the newer
 * data's keys are those entries, in order; and neither text has an anchor, alias or tag (one entry could
 * then depend on another). The changed entries, read together as one text, must read without an error.
 * test/yaml-reuse.test.ts holds it to reading the whole text, over edits of every bundled plan.
 */

/** One top-level entry: its key, and where its text is (from its key to the next key, or the end). */
interface Entry {
  key: string;
  start: number;
  end: number;
}

// A key at the left margin, as plans write them: plain, starting with a letter, resolving to itself.
const KEY = /[A-Za-z_][A-Za-z0-9_-]*:(?: |\r?\n|$)/y;
const ODD_BREAK = /\r(?!\n)|[\u2028\u2029]/;

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

/** The top-level entries of a text, or undefined when any line at the left margin is not one of them. */
function entries(text: string): Entry[] | undefined {
  // (a lone CR or a Unicode line separator may or may not end a line: such texts, rare in plans, are left
  // to the whole read rather than reasoned about)
  if (ODD_BREAK.test(text)) return undefined;
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
 * The data of older, read with the help of newer (whose data is newData), or undefined when it cannot be
 * (see above); read reads a text as the caller would, giving undefined on any error.
 */
export function readWithNewer(older: string, newer: string, newData: unknown, read: (text: string) => unknown): Record<string, unknown> | undefined {
  if (newData === null || typeof newData !== 'object' || Array.isArray(newData) || Object.getPrototypeOf(newData) !== Object.prototype) return undefined;
  if (hasNodeProperty(older) || hasNodeProperty(newer)) return undefined;
  const was = entries(older);
  const now = entries(newer);
  if (!was || !now) return undefined;
  const data = newData as Record<string, unknown>;
  const keys = Object.keys(data);
  if (keys.length !== now.length || now.some((e, i) => e.key !== keys[i])) return undefined;
  const nowText = new Map(now.map((e) => [e.key, newer.slice(e.start, e.end)]));
  const reused = new Set<string>();
  let changed = '';
  const changedKeys: string[] = [];
  for (const e of was) {
    // a key twice, or one every object has (__proto__, toString...): left to the whole read
    if (reused.has(e.key) || changedKeys.includes(e.key) || e.key in Object.prototype) return undefined;
    const text = older.slice(e.start, e.end);
    if (nowText.get(e.key) === text) reused.add(e.key);
    else {
      // (only the last entry of a text can end without a line break, and it stays last)
      changed += text;
      changedKeys.push(e.key);
    }
  }
  let read1: unknown = {};
  if (changed !== '') {
    read1 = read(changed);
    if (read1 === null || typeof read1 !== 'object' || Array.isArray(read1)) return undefined;
    const got = Object.keys(read1);
    if (got.length !== changedKeys.length || got.some((k, i) => k !== changedKeys[i])) return undefined;
  }
  const fresh = read1 as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const e of was) out[e.key] = reused.has(e.key) ? data[e.key] : fresh[e.key];
  return out;
}
