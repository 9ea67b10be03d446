/**
 * Hostile input, in-process: the loader (bytes to text, text to YAML, paths to files) and terminal-safe
 * text, against the catalogue in test/fixtures/hostile and inputs generated here. The CLI side is in
 * test/hostile-cli.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { expandPaths } from '../../src/load/files.js';
import { decodeSource, firstInvalidUtf8, readSource } from '../../src/load/source.js';
import { HARD_MAX_DEPTH, MAX_ALIASES, loadYaml, rangeOf, sourceLine } from '../../src/load/yaml.js';
import { deepestIndent } from '../../src/load/yaml-guards.js';
import { csvCell } from '../../src/formatters/table.js';
import { esc } from '../../src/formatters/report/html.js';
import { loadDocument } from '../../src/project.js';
import { safeLine, safeText } from '../../src/util/text.js';
import { LINEAR, ROOT, growth, tempDir } from '../helpers.js';

const HOSTILE = join(ROOT, 'test/fixtures/hostile');
const config = loadConfig({ cwd: ROOT });
const at = (d: Diagnostic | undefined) => (d ? `${d.line}:${d.column} ${d.ruleId}` : 'none');
const first = (text: string, maxDepth?: number) => at(loadYaml('f.yaml', text, maxDepth === undefined ? {} : { maxDepth }).diagnostics[0]);
/** A file of this many bytes that takes no room on disk (a sparse file): its path. */
function sparseFile(path: string, bytes: number): string {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

// Terminal-hostile code points: C0 (but tab and newline), DEL, C1, bidi controls, separators, invisibles.
// eslint-disable-next-line no-control-regex
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe('nesting: measured on the CST with an explicit stack, refused before composing', () => {
  it('refuses one level past the limit, for every kind of nesting, at the offending token', () => {
    const cases: [string, (n: number) => string][] = [
      ['flow sequences', (n) => `${'['.repeat(n)}${']'.repeat(n)}`],
      ['flow maps', (n) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
      ['compact block sequences', (n) => `${'- '.repeat(n)}x\n`],
      ['explicit keys', (n) => `${'? '.repeat(n)}x\n`],
      ['indented maps', (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + `\n${' '.repeat(n)}x\n`],
    ];
    for (const [name, make] of cases) {
      expect(first(make(8), 8), name).not.toMatch(/TOO_DEEP/);
      expect(first(make(9), 8), name).toMatch(/yaml\/TOO_DEEP$/);
    }
    // the position is the first collection past the limit: the 9th '[' on line 1
    expect(first(`${'['.repeat(20)}${']'.repeat(20)}`, 8)).toBe('1:9 yaml/TOO_DEEP');
    expect(first(`a:\n  ${'- '.repeat(20)}x\n`, 8)).toBe('2:17 yaml/TOO_DEEP'); // the map is level 1
  });

  it('no configuration can raise the limit past the hard ceiling', () => {
    const text = `${'['.repeat(HARD_MAX_DEPTH + 1)}${']'.repeat(HARD_MAX_DEPTH + 1)}`;
    const d = loadYaml('f.yaml', text, { maxDepth: 100_000 }).diagnostics[0]!;
    expect(d.ruleId).toBe('yaml/TOO_DEEP');
    expect(d.message).toBe(`nesting is deeper than ${HARD_MAX_DEPTH} levels; a plan never needs this`);
  });

  it('nesting so deep that the parser runs out of stack is refused the same way, where the file nests deepest', () => {
    // "- - - ... x" 50,000 deep, then a line that closes every level: eemeli/yaml's parser recursed out of
    // stack here, and plan lint said 'internal error' instead of naming the file and line.
    const cases: [string, number][] = [
      [`${'- '.repeat(50_000)}x\nfoo\n`, 1],
      [`id: x\nlist:\n${'  - '.repeat(30_000)}x\n: y\n`, 3],
      [`${'? '.repeat(50_000)}x\nfoo\n`, 1],
      [`${Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')}\nfoo\n`, 3_000],
    ];
    for (const [text, line] of cases) {
      expect(loadYaml('f.yaml', text).diagnostics.map(at)).toEqual([expect.stringMatching(new RegExp(`^${line}:\\d+ yaml/TOO_DEEP$`))]);
    }
    expect(deepestIndent('a:\n  - b\n  - - - c\n d\n')).toBe(17); // the c
    expect(deepestIndent('')).toBe(0);
  });

  it('survives ~1,000 deep then ~8,000 deep in one process (this aborted Node, exit 134, before), flow and block', () => {
    for (const n of [1_000, 8_000, 10_000]) {
      expect(first(`${'['.repeat(n)}${']'.repeat(n)}`)).toBe('1:65 yaml/TOO_DEEP');
      expect(first(`${'- '.repeat(n)}x\n`)).toBe('1:129 yaml/TOO_DEEP');
      expect(first(`${'{a: '.repeat(n)}1${'}'.repeat(n)}`)).toMatch(/^1:\d+ yaml\/TOO_DEEP$/);
    }
    expect(growth((n) => `${'['.repeat(n)}${']'.repeat(n)}`, (text) => first(text), 10_000)).toBeLessThan(LINEAR);
    expect(growth((n) => `${'- '.repeat(n)}x\n`, (text) => first(text), 10_000)).toBeLessThan(LINEAR);
  });
});

describe('aliases: resolved and measured before anything is expanded', () => {
  it('refuses a billion laughs at an alias, with a position', () => {
    const y = loadYaml('bomb.yaml', readFileSync(join(HOSTILE, 'bomb.yaml'), 'utf8'));
    expect(y.data).toBeUndefined();
    expect(y.diagnostics.map(at)).toEqual(['10:30 yaml/ALIAS_LIMIT']);
    expect(y.diagnostics[0]!.message).toMatch(/aliases expand too far/);
  });

  it('refuses an alias inside its own anchor (a cycle), and an alias with no anchor', () => {
    expect(loadYaml('f', readFileSync(join(HOSTILE, 'alias-cycle.yaml'), 'utf8')).diagnostics.map(at)).toEqual(['8:5 yaml/ALIAS_CYCLE']);
    expect(loadYaml('f', readFileSync(join(HOSTILE, 'alias-unknown.yaml'), 'utf8')).diagnostics.map(at)).toEqual(['6:9 yaml/UNRESOLVED_ALIAS']);
    expect(first('a: &x { b: *x }\n')).toBe('1:12 yaml/ALIAS_CYCLE');
  });

  it('refuses too many aliases, but allows the ordinary use of one anchor many times', () => {
    const ok = `people: [&jo Jo]\n${Array.from({ length: 300 }, (_, i) => `k${i}: *jo`).join('\n')}\n`;
    const y = loadYaml('f', ok);
    expect(y.diagnostics).toEqual([]);
    expect((y.data as Record<string, string>).k299).toBe('Jo');
    const many = `people: [&jo Jo]\n${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `k${i}: *jo`).join('\n')}\n`;
    expect(loadYaml('f', many).diagnostics.map(at)).toEqual([`${MAX_ALIASES + 2}:${String(MAX_ALIASES).length + 4} yaml/ALIAS_LIMIT`]);
  });
});

describe('documents, emptiness, duplicates, errors', () => {
  it('an empty file, whitespace, comments, --- or ~ alone: yaml/EMPTY at 1:1', () => {
    for (const text of ['', '   \n\n', '# nothing yet\n', '---\n', '~\n', '--- # c\n...\n']) expect(first(text), JSON.stringify(text)).toBe('1:1 yaml/EMPTY');
    expect(first(readFileSync(join(HOSTILE, 'comments-only.yaml'), 'utf8'))).toBe('1:1 yaml/EMPTY');
  });

  it('multiple documents: only the first is composed; a million "---" is counted no further than needed', () => {
    expect(first('a: 1\n---\nb: 2\n')).toBe('2:1 yaml/MULTIPLE_DOCUMENTS');
    expect(first('a: 1\n...\n%YAML 1.2\n---\nb: 2\n')).toBe('3:1 yaml/MULTIPLE_DOCUMENTS');
    // Past the millionth document, a hundred lines of syntax errors: counted, they would be the verdict
    // (yaml/TOO_MANY_ERRORS).
    const value = loadYaml('f', `a: 1\n${'---\n'.repeat(1_000_000)}${']}: - ? &a *b !x "\n'.repeat(100)}`);
    expect(value.diagnostics.map((d) => d.message)).toEqual(['file holds more than 1,000 YAML documents; a plan file holds one']);
    // One document after a "---" is one document.
    expect(loadYaml('f', '---\na: "x\n  y"\n').data).toEqual({ a: 'x y' });
  });

  it('long lines and long scalars are read in linear time, with the right data', () => {
    const n = 200_000;
    const m = 1_000_000; // lines of 2 MB
    const cases: [string, string, unknown][] = [
      ["single-quoted, all ''", `a: '${"''".repeat(m)}'\n`, "'".repeat(m)],
      ['double-quoted, all escapes', `a: "${'\\n'.repeat(m)}"\n`, '\n'.repeat(m)],
      ['plain, one long line', `a: ${'x '.repeat(n)}y\n`, `${'x '.repeat(n)}y`],
      ['plain, many lines', `a: x\n${'  y\n'.repeat(n)}`, `x${' y'.repeat(n)}`],
      ['folded, many lines', `a: >-\n${'  y\n'.repeat(n)}`, Array(n).fill('y').join(' ')],
      ['a flow list of many items', `a: [${Array(n).fill('1').join(', ')}]\n`, Array(n).fill(1)],
    ];
    for (const [what, text, expected] of cases) {
      const value = loadYaml('f', text);
      expect(value.diagnostics, what).toEqual([]);
      expect((value.data as { a: unknown }).a, what).toEqual(expected);
    }
    // Growth is measured below the size where the time for a double-quoted line jumps (see growth).
    const makers: [string, (k: number) => string][] = [
      ["single-quoted, all ''", (k) => `a: '${"''".repeat(k)}'\n`],
      ['double-quoted, all escapes', (k) => `a: "${'\\n'.repeat(k)}"\n`],
      ['plain, one long line', (k) => `a: ${'x '.repeat(k)}y\n`],
      ['plain, many lines', (k) => `a: x\n${'  y\n'.repeat(k)}`],
      ['folded, many lines', (k) => `a: >-\n${'  y\n'.repeat(k)}`],
      ['a flow list of many items', (k) => `a: [${Array(k).fill('1').join(', ')}]\n`],
    ];
    for (const [what, make] of makers) expect(growth(make, (text) => loadYaml('f', text), 100_000), what).toBeLessThan(LINEAR);
  });

  it('duplicate keys are found in linear time (yaml checks them in quadratic time)', () => {
    expect(first('a: 1\nb: 2\na: 3\n')).toBe('3:1 yaml/DUPLICATE_KEY');
    expect(first('x: {a: 1, a: 2}\n')).toBe('1:11 yaml/DUPLICATE_KEY');
    const keys = (n: number) => `${Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n')}\nk5: again\n`;
    expect(loadYaml('f', keys(30_000)).diagnostics.map(at)).toEqual(['30001:1 yaml/DUPLICATE_KEY']);
    expect(growth(keys, (text) => loadYaml('f', text), 30_000)).toBeLessThan(LINEAR);
  });

  it('thousands of syntax errors: the first 50 with positions, then one note, and reading stops', () => {
    const garbage = (n: number) => ']}: - ? &a *b !x "\n'.repeat(n);
    const g = loadYaml('f', garbage(250_000)); // 4.75 MB
    expect(g.diagnostics.length).toBeLessThanOrEqual(51);
    expect(g.diagnostics.at(-1)!.ruleId).toBe('yaml/TOO_MANY_ERRORS');
    expect(growth(garbage, (text) => loadYaml('f', text), 250_000)).toBeLessThan(LINEAR);
    const tabs = (n: number) => Array.from({ length: n }, (_, i) => `\tk${i}: 1`).join('\n');
    const t = loadYaml('f', tabs(10_000));
    expect(t.diagnostics.slice(0, 2).map(at)).toEqual(['1:1 yaml/TAB_AS_INDENT', '2:1 yaml/TAB_AS_INDENT']);
    expect(t.diagnostics.at(-1)!.message).toBe('more than 50 YAML errors, so reading stopped here');
    expect(growth(tabs, (text) => loadYaml('f', text), 40_000)).toBeLessThan(LINEAR);
  });

  it('keys that are lists or mappings are refused (yaml would print a warning quoting them, and stringify them)', () => {
    expect(first('id: x\n? [a, b]\n: 1\n')).toBe('2:3 yaml/COMPLEX_KEY');
    expect(first('{b: 1}: 2\n')).toBe('1:1 yaml/COMPLEX_KEY');
  });

  it('git conflict markers are named as such, on their lines', () => {
    const y = loadYaml('f', readFileSync(join(HOSTILE, 'merge-conflict.yaml'), 'utf8'));
    expect(y.diagnostics.map(at)).toEqual(['5:1 yaml/MERGE_CONFLICT', '7:1 yaml/MERGE_CONFLICT', '9:1 yaml/MERGE_CONFLICT']);
    // a lone '=======' (say, a heading underline in a block scalar) is not a conflict
    expect(first('notes: |\n  Title\n=======\n')).not.toMatch(/MERGE_CONFLICT/);
  });
});

describe('positions: BOM, CRLF, tabs, wide characters', () => {
  it('a BOM does not shift line 1, in text handed over directly as well as from bytes', () => {
    expect(first('\ufeffid: "unclosed\n')).toBe('1:5 yaml/MISSING_CHAR');
    const bytes = readFileSync(join(HOSTILE, 'bom.yaml'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = decodeSource('bom.yaml', bytes);
    expect(decoded.text.startsWith('id:')).toBe(true);
    const doc = loadDocument(join(HOSTILE, 'bom.yaml'), config, { cwd: ROOT });
    expect(doc.diagnostics.filter((d) => d.severity === 'error').map(at)).toEqual(['1:5 schema/invalid-value']);
  });

  it('CRLF: the same columns as LF, for YAML and schema faults, and never past the end of a line', () => {
    const lf = 'id: ok\ncouncil: c\nservice: "unclosed\n';
    expect(first(lf.replace(/\n/g, '\r\n'))).toBe(first(lf));
    const crlfText = readFileSync(join(HOSTILE, 'crlf.yaml'), 'utf8');
    expect(crlfText).toContain('\r\n');
    const lfDoc = loadDocument(join(HOSTILE, 'crlf.yaml'), config, { cwd: ROOT, text: crlfText.replace(/\r\n/g, '\n') });
    const crDoc = loadDocument(join(HOSTILE, 'crlf.yaml'), config, { cwd: ROOT, text: crlfText });
    const pos = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId}`);
    expect(pos(crDoc.diagnostics)).toEqual(pos(lfDoc.diagnostics));
    expect(pos(crDoc.diagnostics)).toContain('6:9-6:16 schema/invalid-value');
    // a range that would end on the \r is kept to the visible text
    const y = loadYaml('f', 'a: 1\r\nb: 2\r\n');
    expect(rangeOf(y.lineCounter.lineStarts, 0, 5, y.text)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 5 });
    expect(rangeOf(y.lineCounter.lineStarts, -5, 10_000, y.text)).toEqual({ line: 1, column: 1, endLine: 3, endColumn: 1 });
    expect(sourceLine('a: 1\r\nb: 2\r\n', 2)).toBe('b: 2');
    expect(sourceLine('a: 1\r\nb: 2\r\n', 9)).toBe('');
  });

  it('tabs as indentation: the line and column of the tab', () => {
    expect(loadYaml('f', readFileSync(join(HOSTILE, 'tabs.yaml'), 'utf8')).diagnostics.map(at)).toEqual(['6:1 yaml/TAB_AS_INDENT', '7:1 yaml/TAB_AS_INDENT']);
  });
});

describe('bytes to text', () => {
  it('Windows-1252 from Word: the byte, what it is, where, and how to fix it', () => {
    const r = decodeSource('windows-1252.yaml', readFileSync(join(HOSTILE, 'windows-1252.yaml')));
    expect(r.text).toBe('');
    const d = r.diagnostics[0]!;
    expect(at(d)).toBe('6:15 file/encoding');
    expect(d.message).toBe('file is not valid UTF-8: byte 0x92 cannot start a character here (in Windows-1252, as Word saves it, this byte is a right single quote ’); 2 more such bytes after it');
    expect(d.hint).toMatch(/save the file as UTF-8/);
    expect(decodeSource('f', Buffer.from([0x61, 0x3a, 0x20, 0xa3, 0x35, 0x0a])).diagnostics[0]!.message).toMatch(/a pound sign £/);
  });

  it('invalid UTF-8 that TextDecoder also refuses: overlongs, surrogates, past U+10FFFF, cut short', () => {
    const cases: [number[], number][] = [
      [[0x61, 0xc0, 0xaf], 1],
      [[0x61, 0xe0, 0x80, 0xaf], 1],
      [[0x61, 0xed, 0xa0, 0x80], 1],
      [[0x61, 0xf4, 0x90, 0x80, 0x80], 1],
      [[0x61, 0xf5, 0x80, 0x80, 0x80], 1],
      [[0x61, 0x62, 0xe2, 0x82], 2],
      [[0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff], 9],
    ];
    for (const [bytes, bad] of cases) {
      const b = Uint8Array.from(bytes);
      expect(firstInvalidUtf8(b), bytes.join(',')).toBe(bad);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(b)).toThrow();
    }
    // é € 😀 before the bad byte: columns count characters as editors do (the emoji is two UTF-16 units)
    expect(at(decodeSource('f', Uint8Array.from(cases.at(-1)![0])).diagnostics[0])).toBe('1:5 file/encoding');
    expect(firstInvalidUtf8(Buffer.from('plain ascii, é, €, 😀'))).toBe(-1);
    expect(at(decodeSource('f', readFileSync(join(HOSTILE, 'invalid-utf8.yaml'))).diagnostics[0])).toBe('5:12 file/encoding');
  });

  it('NUL bytes and binary files are refused at the first NUL; UTF-16 is named as such', () => {
    expect(at(decodeSource('f', readFileSync(join(HOSTILE, 'nul-byte.yaml'))).diagnostics[0])).toBe('3:13 file/binary');
    expect(at(decodeSource('f', readFileSync(join(HOSTILE, 'binary.png.yaml'))).diagnostics[0])).toBe('3:1 file/binary');
    const utf16 = decodeSource('f', readFileSync(join(HOSTILE, 'utf16le.yaml'))).diagnostics[0]!;
    expect(utf16.message).toBe('file is UTF-16 text, not UTF-8');
    expect(decodeSource('f', Buffer.from('id: x\ncouncil: c\n', 'utf16le')).diagnostics[0]!.message).toBe('file is UTF-16 text, not UTF-8');
    const be = Buffer.from('id: x\n', 'utf16le').swap16();
    expect(decodeSource('f', Buffer.concat([Buffer.from([0xfe, 0xff]), be])).diagnostics[0]!.message).toBe('file is UTF-16 text, not UTF-8');
  });

  it('size is checked from a stat before reading: a 50 GB sparse file is refused at once; devices and pipes are never opened', () => {
    const { dir, cleanup } = tempDir();
    try {
      const huge = sparseFile(join(dir, 'huge.yaml'), 50 * 1024 ** 3);
      expect(readSource(huge, 'huge.yaml', 5_000_000).diagnostics.map((d) => `${at(d)} ${d.message}`)).toEqual(['1:1 file/too-large file is 53687.1 MB, over the 5.0 MB limit for a plan']);
      // the time does not grow with the file's size: it is never read
      const sparse = (gigabytes: number) => sparseFile(join(dir, `sparse-${gigabytes}.yaml`), Math.max(1, gigabytes) * 1024 ** 3);
      expect(growth(sparse, (path) => readSource(path, 'sparse.yaml', 5_000_000), 50)).toBeLessThan(3);
      writeFileSync(join(dir, 'ok.yaml'), '\ufeffid: ok\n');
      expect(readSource(join(dir, 'ok.yaml'), 'ok.yaml')).toEqual({ text: 'id: ok\n', diagnostics: [] });
      expect(readSource(join(dir, 'ok.yaml'), 'ok.yaml', 4).diagnostics[0]!.ruleId).toBe('file/too-large');
      expect(readSource(dir, 'dir').diagnostics[0]!.message).toBe('cannot read the file: it is a folder');
      expect(readSource(join(dir, 'nope.yaml'), 'nope.yaml').diagnostics[0]!.message).toBe('cannot read the file: no such file');
      if (process.platform !== 'win32') {
        expect(readSource('/dev/zero', '/dev/zero').diagnostics[0]!.message).toBe('cannot read the file: it is not a regular file (a device, pipe or socket)');
        execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
        expect(readSource(join(dir, 'pipe.yaml'), 'pipe.yaml').diagnostics[0]!.message).toMatch(/not a regular file/);
        expect(expandPaths([join(dir, 'pipe.yaml')]).skipped.map((s) => s.reason)).toEqual(['not a regular file (a device, pipe or socket)']);
      }
    } finally {
      cleanup();
    }
  });

  it('one buffer serves every read: each file gives its own text, never bytes left from a larger one', () => {
    const { dir, cleanup } = tempDir();
    try {
      const files: [string, string][] = [
        ['big.yaml', `id: big\nnote: ${'x'.repeat(200_000)}\n`],
        ['small.yaml', 'id: s\n'],
        ['empty.yaml', ''],
        ['welsh.yaml', 'id: w\ntitle: Ysgol Gymraeg Bro Morgannwg – ŵ ŷ\n'],
        ['bigger.yaml', `id: bigger\nnote: ${'y'.repeat(300_000)}\n`],
        ['small2.yaml', 'id: t\n'],
      ];
      for (const [name, text] of files) writeFileSync(join(dir, name), text);
      for (const [name, text] of [...files, ...files.slice().reverse()]) {
        const { text: got, diagnostics } = readSource(join(dir, name), name);
        expect({ text: got, diagnostics }).toEqual({ text, diagnostics: [] });
      }
      // Not UTF-8, read after a larger clean file: the place is found in this file's own bytes.
      writeFileSync(join(dir, 'cp1252.yaml'), Buffer.from('id: c\ntitle: caf\xe9\n', 'latin1'));
      expect(readSource(join(dir, 'big.yaml'), 'big.yaml').diagnostics).toEqual([]);
      expect(readSource(join(dir, 'cp1252.yaml'), 'cp1252.yaml').diagnostics.map(at)).toEqual(['2:11 file/encoding']);
    } finally {
      cleanup();
    }
  });

  it('a file too large, missing, a folder or a pipe is refused with what it is, never read', () => {
    const { dir, cleanup } = tempDir();
    try {
      const huge = sparseFile(join(dir, 'huge.yaml'), 50 * 1024 ** 3);
      expect(readSource(huge, 'huge.yaml', 5_000_000).diagnostics.map((d) => d.ruleId)).toEqual(['file/too-large']);
      writeFileSync(join(dir, 'ok.yaml'), 'id: ok\n');
      expect(readSource(join(dir, 'ok.yaml'), 'ok.yaml', 5_000_000)).toEqual({ text: 'id: ok\n', diagnostics: [] });
      expect(readSource(dir, 'dir', 5_000_000).diagnostics[0]!.message).toBe('cannot read the file: it is a folder');
      expect(readSource(join(dir, 'nope.yaml'), 'nope.yaml', 5_000_000).diagnostics[0]!.message).toBe('cannot read the file: no such file');
      if (process.platform !== 'win32') {
        // A pipe is opened without waiting for a writer (O_NONBLOCK), then refused: no hang.
        execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
        expect(readSource(join(dir, 'pipe.yaml'), 'pipe.yaml', 5_000_000).diagnostics[0]!.message).toBe('cannot read the file: it is not a regular file (a device, pipe or socket)');
      }
    } finally {
      cleanup();
    }
  });
});

describe('paths', () => {
  it('a symlink loop is walked once and noted, never followed forever', () => {
    const { dir, cleanup } = tempDir({ 'plans/a.yaml': 'id: a\n', 'plans/sub/b.yaml': 'id: b\n' });
    try {
      symlinkSync(join(dir, 'plans'), join(dir, 'plans/sub/loop'));
      symlinkSync('.', join(dir, 'plans/self'));
      const r = expandPaths(['plans'], dir);
      expect(r.files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['plans/a.yaml', 'plans/sub/b.yaml']);
      expect(r.skipped.length).toBe(2);
      for (const s of r.skipped) expect(s.reason).toMatch(/already visited/);
    } finally {
      cleanup();
    }
  });

  it('a path beginning with - is a path', () => {
    const { dir, cleanup } = tempDir({ '-weird.yaml': 'id: w\n' });
    try {
      expect(expandPaths(['-weird.yaml'], dir).files).toEqual([join(dir, '-weird.yaml')]);
      mkdirSync(join(dir, '--output=x'));
      expect(expandPaths(['--output=x'], dir).files).toEqual([]);
    } finally {
      cleanup();
    }
  });
});

describe('plan text that reaches a terminal, a browser or a spreadsheet', () => {
  it('safeLine and safeText leave no control character, escape sequence or bidi override (property)', () => {
    const chars = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.integer({ min: 0, max: 0x2100 }).map((n) => String.fromCharCode(n)), maxLength: 40 }));
    fc.assert(
      fc.property(chars, (s) => {
        expect(DANGEROUS.test(safeLine(s))).toBe(false);
        expect(/[\n\r\t]/.test(safeLine(s))).toBe(false);
        expect(DANGEROUS.test(safeText(s).replace(/\n/g, ''))).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(safeLine('a\u001b[2Jb\u202ec\u0007')).toBe('a\\x1b[2Jb\\u202ec\\x07');
  });

  it('CSV cells that a spreadsheet would run as formulas are neutralised; HTML is escaped', () => {
    for (const s of ['=1+1', '+SUM(1)', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(s).replace(/^"/, '').startsWith("'"), s).toBe(true);
    expect(csvCell('plain')).toBe('plain');
    expect(esc('</style><script>alert(1)</script>')).not.toMatch(/[<>]/);
  });

  it('__proto__ and constructor keys: reported as unknown keys, and Object.prototype is untouched', () => {
    const doc = loadDocument(join(HOSTILE, 'proto-keys.yaml'), config, { cwd: ROOT });
    expect(doc.diagnostics.filter((d) => d.severity === 'error').map((d) => `${at(d)} ${d.message.split(';')[0]}`)).toEqual([
      "6:1 schema/unknown-key unknown key '__proto__'",
      "8:1 schema/unknown-key unknown key 'constructor'",
      "16:5 schema/unknown-key action A1: unknown key '__proto__'",
    ]);
    const data = doc.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(typeof probe.constructor).toBe('function');
  });

  it('YAML 1.1 habits behave as the YAML 1.2 core schema says: yes and no stay text, 0701 is 701, dates stay text', () => {
    const doc = loadDocument(join(HOSTILE, 'yaml11-habits.yaml'), config, { cwd: ROOT });
    const data = doc.data as Record<string, unknown>;
    expect(data).toMatchObject({ id: 701, councilName: 'yes', service: 'no', version: 701, published: '2018-03-31' });
    expect((data.actions as Record<string, unknown>[])[0]!.due).toBe('2018-03-31');
    expect(doc.diagnostics.filter((d) => d.severity === 'error').map((d) => `${at(d)} ${d.message}`)).toEqual(['2:5 schema/invalid-value id is 701 but must be text']);
  });
});
