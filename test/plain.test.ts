/**
 * The plain-bytes test (src/load/plain.ts), which lets the YAML scanner skip its own searches of a text:
 * it must agree exactly with the characters those searches look for, wherever they fall in the sixteen-byte
 * blocks it reads, in bytes read in place or copied in, and the CLI must give the same output without
 * WebAssembly (where nothing is plain).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlain, readBuffer } from '../src/load/plain.js';
import { readSource } from '../src/load/source.js';
import { bundledCopies, random, runPlan, tempDir } from './helpers.js';

/**
 * What is not plain: every character below a space but LF, DEL to U+009F, U+2028, U+2029, U+FEFF, U+FFFE and
 * U+FFFF. (The scanner also declines lone surrogates, which UTF-8 cannot hold; surrogate pairs are plain.)
 */
const NOT_PLAIN = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;

const special = ['\t', '\r', '\x00', '\x01', '\x08', '\x0b', '\x0c', '\x1b', '\x1f', '\x7f', '\x80', '\x85', '\x9f', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff'];
// Their neighbours, which are plain: one byte or one value either side, or sharing their first bytes.
const near = ['\n', ' ', '~', '\xa0', '\xc0', '\u0100', '\u2013', '\u2019', '\u2027', '\u202a', '\u2080', '\ufefe', '\ufefd', '\ufffd', '\ufffc', '\uffef', '\u{1f600}', 'é', '£'];

describe('plain bytes', () => {
  it('agrees with the characters the scanner looks for, over random texts', () => {
    const next = random(11);
    const palette = [...special, ...near, 'a', 'key: value', '- item', '#', '"', "'"];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 40); k > 0; k--) text += next() < 0.97 ? palette[Math.floor(next() * (palette.length - special.length)) + special.length]! : palette[Math.floor(next() * special.length)]!;
      expect(isPlain(Buffer.from(text, 'utf8')), JSON.stringify(text)).toBe(!NOT_PLAIN.test(text));
    }
  });

  it('finds each character that is not plain at every place in and across the sixteen-byte blocks', () => {
    for (const c of special) {
      for (let at = 0; at < 40; at++) {
        const text = `${'x'.repeat(at)}${c}${'y'.repeat(40 - at)}`;
        expect(isPlain(Buffer.from(text, 'utf8')), `${JSON.stringify(c)} at ${at}`).toBe(false);
        expect(isPlain(Buffer.from(`${'x'.repeat(at)}${c}`, 'utf8')), `${JSON.stringify(c)} last, at ${at}`).toBe(false);
      }
    }
    for (const c of near) {
      for (let at = 0; at < 40; at++) expect(isPlain(Buffer.from(`${'x'.repeat(at)}${c}${'y'.repeat(40 - at)}`, 'utf8')), `${JSON.stringify(c)} at ${at}`).toBe(true);
    }
    expect(isPlain(new Uint8Array(0))).toBe(true);
  });

  it('tests bytes read in place and bytes copied in alike, through the memory growing and being reused', () => {
    const big = Buffer.from(`a: ${'x'.repeat(300_000)}\u2028\n`, 'utf8');
    const small = Buffer.from('a: 1\n', 'utf8');
    expect(isPlain(big)).toBe(false);
    expect(isPlain(small)).toBe(true); // the larger text's bytes are still in the memory after it
    const inPlace = readBuffer(small.length);
    small.copy(inPlace);
    expect(isPlain(inPlace)).toBe(true);
    const large = readBuffer(big.length);
    big.copy(large);
    expect(isPlain(large)).toBe(false);
    const dirty = readBuffer(6);
    Buffer.from('a:\t1\n\n').copy(dirty);
    expect(isPlain(dirty)).toBe(false);
  });

  it('is how readSource reads: each file is marked plain or not', () => {
    const { dir, cleanup } = tempDir();
    try {
      const files: [string, string, boolean][] = [
        ['plain.yaml', 'id: p\ntitle: Ysgol – £5\n', true],
        ['tab.yaml', 'id: t\ntitle:\tx\n', false],
        ['crlf.yaml', 'id: c\r\ntitle: x\r\n', false],
        ['bom.yaml', '\ufeffid: b\n', false],
        ['nel.yaml', 'id: n\ntitle: a\u0085b\n', false],
      ];
      for (const [name, text] of files) writeFileSync(join(dir, name), text);
      // The first texts decoded go untested (setting the test up costs what their own searches do).
      let reads = 1;
      while (reads < 100 && readSource(join(dir, 'plain.yaml'), 'plain.yaml').plain !== true) reads++;
      expect(reads).toBe(33);
      for (const [name, text, plain] of files) {
        const read = readSource(join(dir, name), name);
        expect(read.text).toBe(text.replace(/^\ufeff/, ''));
        expect(read.plain === true, name).toBe(plain);
      }
    } finally {
      cleanup();
    }
  });

  it('gives the same output without WebAssembly (node --jitless), where nothing is plain', () => {
    // More plans than the 32 read before the test is set up, one with a tab (not plain: the next reader takes it).
    const { dir, cleanup } = tempDir();
    try {
      bundledCopies(dir, 80, (text, i) => (i === 70 ? text.replace(/^title: /m, 'title:\t') : text));
      const withWasm = runPlan(['lint', dir, '-f', 'json'], { timeout: 60_000 });
      const without = runPlan(['lint', dir, '-f', 'json'], { nodeArgs: ['--jitless'], timeout: 60_000 });
      expect(without.code).toBe(withWasm.code);
      expect(without.stdout).toBe(withWasm.stdout);
      expect(JSON.parse(withWasm.stdout).length).toBeGreaterThan(80);
    } finally {
      cleanup();
    }
  });
});
