/**
 * readWithNewer reads last quarter's version of a plan with the help of this quarter's: entries, and items of
 * lists, whose text is unchanged are taken from this quarter's data. It must give exactly what reading the
 * whole older text gives (data and key order), or nothing, over every kind of edit.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasOddBreak, readBytesWithNewer, readWithNewer } from '../src/load/yaml-reuse.js';
import { loadYaml } from '../src/load/yaml.js';
import { LINEAR, ROOT, growth, random } from './helpers.js';

const texts = readdirSync(join(ROOT, 'plans'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, 'plans', d.name)).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(ROOT, 'plans', d.name, f), 'utf8')));

/** What the report does without the newer version: the whole text read, undefined on an error. */
function whole(text: string): unknown {
  const r = loadYaml('old.yaml', text, { maxDepth: 64 });
  return r.diagnostics.some((d) => d.severity === 'error') ? undefined : r.data;
}

/** A text's UTF-8 bytes as Latin-1, as readSource gives a plan's to the report. */
function latin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

function withNewer(older: string, newer: string): Record<string, unknown> | undefined {
  return readWithNewer(older, newer, whole(newer), whole);
}

/** The text's lines, grouped by top-level entry (each from its line at the margin). */
function blocks(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    if (/^[A-Za-z_]/.test(line) || out.length === 0) out.push([line]);
    else out[out.length - 1]!.push(line);
  }
  return out;
}

const EDITS: ((b: string[][], next: () => number) => void)[] = [
  // a line inside an entry changed (a value, or a key, or its indentation)
  (b, next) => {
    const e = b[Math.floor(next() * b.length)]!;
    const i = Math.floor(next() * e.length);
    const r = next();
    e[i] = r < 0.5 ? `${e[i]} (revised)` : r < 0.75 ? e[i]!.replace(/(\w+):/, '$1x:') : ` ${e[i]}`;
  },
  // an entry removed, or repeated, or two swapped
  (b, next) => {
    const i = Math.floor(next() * b.length);
    const r = next();
    if (r < 0.4 && b.length > 1) b.splice(i, 1);
    else if (r < 0.6) b.push([...b[i]!]);
    else {
      const j = Math.floor(next() * b.length);
      [b[i], b[j]] = [b[j]!, b[i]!];
    }
  },
  // an entry added, a comment at the margin, a line break at the end taken away
  (b, next) => {
    const r = next();
    if (r < 0.4) b.splice(Math.floor(next() * b.length), 0, ['addedKey: added value']);
    else if (r < 0.7) b[Math.floor(next() * b.length)]!.push('# a comment at the margin');
    else {
      const last = b[b.length - 1]!;
      while (last.length > 1 && last[last.length - 1] === '') last.pop();
    }
  },
  // in a list: an item removed, repeated, swapped or added; a quote opened that a later line closes
  (b, next) => {
    const lists = b.filter((e) => e.length > 2 && /^\w+:$/.test(e[0]!) && /^ *- /.test(e[1]!));
    if (lists.length === 0) return;
    const e = lists[Math.floor(next() * lists.length)]!;
    const indent = /^( *)- /.exec(e[1]!)![1]!;
    const starts = e.map((l, i) => (l.startsWith(`${indent}- `) ? i : -1)).filter((i) => i > 0);
    const items = starts.map((s, k) => e.slice(s, starts[k + 1] ?? e.length));
    const i = Math.floor(next() * items.length);
    const j = Math.floor(next() * items.length);
    const r = next();
    if (r < 0.25) items.splice(i, 1);
    else if (r < 0.45) items.push([...items[i]!]);
    else if (r < 0.65) [items[i], items[j]] = [items[j]!, items[i]!];
    else if (r < 0.8) items.splice(i, 0, [`${indent}- id: NEW`, `${indent}  title: A new one`]);
    else {
      items[i] = items[i]!.map((l, k) => (k === 0 ? l.replace(/: (\S)/, ': "$1') : l));
      items[j] = items[j]!.map((l, k) => (k === 0 ? `${l}"` : l));
    }
    e.splice(starts[0]!, e.length - starts[0]!, ...items.flat());
  },
  // things the reuse must leave to the whole read: anchors and aliases, tags, odd keys, document markers
  (b, next) => {
    const cases = [['anchored: &a 1', 'aliased: *a'], ['tagged: !!str 7'], ['"quoted": 1'], ['---'], ['__proto__: 1'], ['True: 1'], ['- item at the margin'], ['\tkey: tab']];
    b.splice(Math.floor(next() * b.length), 0, cases[Math.floor(next() * cases.length)]!);
  },
];

/** Rounds of random edits to every bundled file: each file's text, and an older version made of it by one to three edits. */
function* editedVersions(rounds: number, next: () => number, edits: typeof EDITS): Generator<{ newer: string; older: string }> {
  for (let round = 0; round < rounds; round++) {
    for (const newer of texts) {
      const b = blocks(newer);
      for (let n = 1 + Math.floor(next() * 3); n > 0; n--) edits[Math.floor(next() * edits.length)]!(b, next);
      yield { newer, older: b.map((lines) => lines.join('\n')).join('\n') };
    }
  }
}

describe('readWithNewer', () => {
  it('reads an older version exactly as the whole text reads, over random edits to every bundled file', () => {
    const next = random(23);
    let reused = 0;
    let declined = 0;
    let itemwise = 0;
    for (const { newer, older } of editedVersions(40, next, EDITS)) {
      const expected = whole(older);
      const newData = whole(newer) as Record<string, unknown>;
      const got = readWithNewer(older, newer, newData, whole);
      if (got === undefined) declined++;
      else {
        reused++;
        // a list made partly of the newer list's items
        if (Object.keys(got).some((k) => Array.isArray(got[k]) && got[k] !== newData[k] && (got[k] as unknown[]).some((x) => typeof x === 'object' && (newData[k] as unknown[] | undefined)?.includes?.(x)))) itemwise++;
        expect(JSON.stringify(got), older.slice(0, 200)).toBe(JSON.stringify(expected));
        expect(got).toEqual(expected);
      }
    }
    // most edits leave something to reuse; the declined ones are the cases above
    expect(reused).toBeGreaterThan(300);
    expect(declined).toBeGreaterThan(50);
    expect(itemwise).toBeGreaterThan(100);
  });

  it('reads an older version from its bytes exactly as the whole text reads, decoding only what changed', () => {
    // The same edits, and some that only bytes can have: a byte order mark, a byte that is not UTF-8, a
    // line separator (three bytes of UTF-8), characters of two, three and four bytes.
    const next = random(29);
    const BYTE_EDITS: ((b: string[][], next: () => number) => void)[] = [
      ...EDITS,
      (b, next) => {
        const e = b[Math.floor(next() * b.length)]!;
        const i = Math.floor(next() * e.length);
        e[i] = `${e[i]} ${['é', '–', '😀', '\u2028', '\u2029', '\uFFFD'][Math.floor(next() * 6)]}`;
      },
    ];
    let reused = 0;
    let withMark = 0;
    for (const { newer, older } of editedVersions(30, next, BYTE_EDITS)) {
      let bytes = Buffer.from(older, 'utf8');
      const r = next();
      if (r < 0.1) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]); // a byte order mark, left out as when decoded
      const broken = r > 0.93; // a byte that is never UTF-8, anywhere: read or not, the version is unreadable
      if (broken) bytes[Math.floor(next() * bytes.length)] = 0xff;
      const newData = whole(newer) as Record<string, unknown>;
      const got = readBytesWithNewer(bytes, latin1(newer), newData, whole);
      if (got !== undefined) {
        // (bytes that are not UTF-8 make the whole version unreadable, read or not: never data)
        expect(broken && !isUtf8(bytes), older.slice(0, 200)).toBe(false);
        reused++;
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // (a byte order mark left out)
        expect(JSON.stringify(got), older.slice(0, 200)).toBe(JSON.stringify(whole(text)));
        expect(got).toEqual(whole(text));
        if (bytes[0] === 0xef && bytes[1] === 0xbb) withMark++;
      }
    }
    // (each case counted once: it was counted twice, given the newer version as text and as bytes)
    expect(reused).toBeGreaterThan(200);
    expect(withMark).toBeGreaterThan(10);
  });

  it('leaves to the whole read an older version whose changed part is not UTF-8, or has a line separator', () => {
    const newer = 'id: a\nservice: S\nactions:\n  - id: A1\n    title: T\n';
    const data = whole(newer) as Record<string, unknown>;
    const asBytes = (t: string) => Buffer.from(t, 'utf8');
    const bad = Buffer.concat([asBytes('id: a\nservice: '), Buffer.from([0xc3, 0x28]), asBytes('\nactions:\n  - id: A1\n    title: T\n')]);
    expect(readBytesWithNewer(bad, latin1(newer), data, whole)).toBeUndefined();
    expect(readBytesWithNewer(asBytes('id: a\nservice: S\u2028x\nactions:\n  - id: A1\n    title: T\n'), latin1(newer), data, whole)).toBeUndefined();
    // while one whose changed part is, is read, and its unchanged entries are the newer data's
    const got = readBytesWithNewer(asBytes('id: a\nservice: Sé\nactions:\n  - id: A1\n    title: T\n'), latin1(newer), data, whole);
    expect(got).toEqual(whole('id: a\nservice: Sé\nactions:\n  - id: A1\n    title: T\n'));
    expect(got?.actions).toBe(data.actions);
  });

  it('takes unchanged entries from the newer data, the same objects', () => {
    const newer = texts.find((t) => t.includes('\nactions:'))!;
    const older = newer.replace(/^service: (.*)$/m, 'service: $1 (before)');
    const data = whole(newer) as Record<string, unknown>;
    const got = readWithNewer(older, newer, data, whole)!;
    expect(got.actions).toBe(data.actions);
    expect(got.service).not.toBe(data.service);
    expect(got).toEqual(whole(older));
  });

  it('is never wrong where an unchanged entry depends on a changed one, or where lines are not what they seem', () => {
    const pairs: [string, string][] = [
      ['a: &x 1\nb: *x\n', 'a: &x 2\nb: *x\n'], // an alias in an unchanged entry, its anchor changed
      ['a: 1\rb: 2\n', 'a: 1\rb: 3\n'], // a lone CR: one line to YAML, two to a careless reader
      ['a: x\u2028b: 1\n', 'a: x\u2028b: 2\n'], // a Unicode line separator inside a scalar
      ['a: 1\nb: 2\n', 'b: 2\na: 1\n'], // the same entries in another order
      ['null: 1\nb: 2\n', 'null: 1\nb: 3\n'], // a key that reads as another ('null' is '')
      ['True: 1\nb: 2\n', 'True: 1\nb: 3\n'], // ('True' is 'true')
    ];
    for (const [older, newer] of pairs) {
      const got = withNewer(older, newer);
      if (got !== undefined) expect(JSON.stringify(got), JSON.stringify(older)).toBe(JSON.stringify(whole(older)));
    }
  });

  it('does not search a long list of items that all begin alike item by item (a guard against a hang)', () => {
    // 20,000 items with one first line, each changed: compared with all of them, 200 million comparisons
    // (3.5 s here); with the first few only, a tenth of a second
    const pair = (n: number) => {
      const list = (d: number) => Array.from({ length: n }, (_, i) => `  - id: same\n    n: ${i + d}\n`).join('');
      return { newer: `id: x\nactions:\n${list(0)}`, older: `id: x\nactions:\n${list(1)}` };
    };
    const { older, newer } = pair(20_000);
    expect(withNewer(older, newer)).toEqual(whole(older));
    expect(growth(pair, (p) => withNewer(p.older, p.newer), 20_000)).toBeLessThan(LINEAR);
  });

  it('finds a lone CR or a Unicode line separator as the regular expression it stands for does', () => {
    const rng = random(7);
    const pieces = ['a', ' ', '\n', '\r', '\r\n', '\u2028', '\u2029', 'é'];
    let odd = 0;
    for (let n = 0; n < 5000; n++) {
      let t = '';
      for (let k = Math.floor(rng() * 8); k > 0; k--) t += pieces[Math.floor(rng() * pieces.length)]!;
      const want = /\r(?!\n)|[\u2028\u2029]/.test(t);
      if (want) odd++;
      expect(hasOddBreak(t), JSON.stringify(t)).toBe(want);
    }
    expect(odd).toBeGreaterThan(1000);
  });

  it('leaves to the whole read what it cannot be sure of', () => {
    const base = 'id: a\nservice: S\nactions:\n  - id: A1\n';
    const cases = [
      'id: a\nservice: T\nactions: &x\n  - id: A1\nmore: *x\n', // an alias
      'id: a\r\nservice: T\ractions:\n', // a lone CR
      // a line or paragraph separator (hasOddBreak turns these away first; the reader, which refuses the
      // changed entry, would too: the test of hasOddBreak itself is the one above)
      'id: a\nservice: T\u2028actions:\n',
      'id: a\nservice: T\u2029actions:\n',
      '  indented: before\nid: a\n', // content before the first key
      '--- \nid: a\nservice: T\n', // a document marker
      'id: a\nid: b\n', // a key twice
      'id: a\nservice: [unclosed\n', // an error in a changed entry
      'toString: a\n', // a key every object has
    ];
    for (const older of cases) expect(withNewer(older, base), older).toBeUndefined();
    // but CR LF line ends are line ends, and such a text is read in parts
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const data = whole(crlf(base)) as Record<string, unknown>;
    const got = readWithNewer(crlf('id: b\nservice: S\nactions:\n  - id: A1\n'), crlf(base), data, whole);
    expect(got?.actions).toBe(data.actions);
    // and a sequence at the margin, as a value, is read
    expect(withNewer('id: a\nservice: T\nactions:\n- id: A1\n', base)).toEqual(whole('id: a\nservice: T\nactions:\n- id: A1\n'));
  });
});
