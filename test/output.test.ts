/**
 * Large outputs are written as they are made: in batches, waiting for a slow reader, and never hanging on
 * a stream that has failed or closed. Files given with --out are still written whole or not at all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writeStdout } from '../src/commands/common.js';
import { BATCH_CHARS, batched, writeFileAtomic } from '../src/util/write.js';
import { tempDir } from './helpers.js';

const t = tempDir();
afterAll(() => t.cleanup());

/** Pieces of 1,000 characters each, counting how many have been taken. */
function pieces(n: number): { taken: () => number; gen: Generator<string> } {
  let taken = 0;
  function* gen() {
    for (let i = 0; i < n; i++) {
      taken++;
      yield String(i % 10).repeat(1000);
    }
  }
  return { taken: () => taken, gen: gen() };
}

/** A stream whose reader takes each write only when told to (read()): until then it is full. */
function slowStream(): { stream: Writable; writes: string[]; read: () => void } {
  const writes: string[] = [];
  let pending: (() => void) | undefined;
  const stream = new Writable({
    highWaterMark: 1,
    write: (chunk: Buffer, _enc, cb) => {
      writes.push(chunk.toString());
      pending = cb;
    },
  });
  return {
    stream,
    writes,
    read: () => {
      const cb = pending;
      pending = undefined;
      cb?.();
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('writing large output', () => {
  it('batches pieces into strings of about a megabyte, in order', () => {
    const out = [...batched(pieces(3000).gen)];
    expect(out.length).toBe(3);
    expect(out.slice(0, -1).every((b) => b.length >= BATCH_CHARS)).toBe(true);
    expect(out.join('')).toBe([...pieces(3000).gen].join(''));
    expect([...batched('one string')]).toEqual(['one string']);
  });

  it('waits for a slow reader before making more', async () => {
    const { stream, writes, read } = slowStream();
    const p = pieces(3000);
    const writing = writeStdout(p.gen, stream);
    await tick();
    // The reader has not taken the first batch: nothing more is written, and only one batch was made.
    expect(writes.length).toBe(1);
    expect(p.taken()).toBeLessThan(1100);
    for (let i = 0; i < 10 && p.taken() < 3000; i++) {
      read();
      await tick();
    }
    read();
    await writing;
    expect(writes.join('')).toBe([...pieces(3000).gen].join(''));
  });

  it('does not wait for a drain that cannot come', async () => {
    const { stream, writes } = slowStream();
    const writing = writeStdout(pieces(3000).gen, stream);
    await tick();
    stream.destroy();
    await writing; // would hang, were it waiting for 'drain'
    expect(writes.length).toBe(1);
  });

  it('writes pieces to a file atomically, whole', () => {
    const path = join(t.dir, 'report.json');
    writeFileAtomic(path, pieces(2500).gen);
    expect(readFileSync(path, 'utf8')).toBe([...pieces(2500).gen].join(''));
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
