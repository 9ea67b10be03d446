/**
 * Large outputs are written as they are made: in batches, waiting for a slow reader, and never hanging on
 * a stream that has failed or closed. Files given with --out are still written whole or not at all.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writeStdout } from '../src/commands/common.js';
import { BATCH_BYTES, utf8Batches, writeFileAtomic } from '../src/util/write.js';
import { BIN, bundledCopies, tempDir } from './helpers.js';

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

/**
 * A stream whose reader takes each write only when told to (read()): until then it is full. It keeps the
 * chunks it was given and decodes them only when asked (text()), as a pipe writes them later: bytes written
 * over after write() returned would show there.
 */
function slowStream(): { stream: Writable; writes: Buffer[]; read: () => void; text: () => string } {
  const writes: Buffer[] = [];
  let pending: (() => void) | undefined;
  const stream = new Writable({
    highWaterMark: 1,
    write: (chunk: Buffer, _enc, cb) => {
      writes.push(chunk);
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
    text: () => Buffer.concat(writes).toString('utf8'),
  };
}

/** Each batch copied as it comes (the generator encodes the next into the same buffer). */
function copied(batches: Iterable<Uint8Array>): Buffer[] {
  const out: Buffer[] = [];
  for (const b of batches) out.push(Buffer.from(b));
  return out;
}

const tick = () => new Promise((r) => setImmediate(r));

describe('writing large output', () => {
  it('encodes pieces into batches of at most BATCH_BYTES, in order', () => {
    // Pieces of 1,000 characters, some with characters of two, three and four bytes (a pair of surrogates).
    const texts = Array.from({ length: 3000 }, (_, i) => `${String(i % 10).repeat(990)}${['', 'é', '–', '😀'][i % 4]!.repeat(3)}`);
    const out = copied(utf8Batches(texts));
    // (a batch is written once the next piece might not fit: 3 bytes a unit, at most 996 units a piece)
    expect(out.length).toBe(3);
    expect(out.every((b) => b.length <= BATCH_BYTES)).toBe(true);
    expect(out.slice(0, -1).every((b) => b.length > BATCH_BYTES - 3 * 996)).toBe(true);
    expect(Buffer.concat(out).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
    expect([...utf8Batches('one string')].map((b) => Buffer.from(b).toString())).toEqual(['one string']);
    expect([...utf8Batches('')]).toEqual([]);
  });

  it('cuts a piece longer than a batch between characters, never inside a surrogate pair', () => {
    // A pair at every place around each cut: whatever the cut, every pair must come out whole.
    for (const lead of [0, 1, 2, 3]) {
      const text = `${'a'.repeat(lead)}${'😀'.repeat(BATCH_BYTES)}`;
      const out = copied(utf8Batches([text]));
      expect(out.length).toBeGreaterThan(4);
      expect(out.every((b) => b.length <= BATCH_BYTES)).toBe(true);
      expect(Buffer.concat(out).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('encodes the next batch into a new buffer when the consumer keeps the last', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => String(i % 10).repeat(1000));
    const kept: Uint8Array[] = [];
    const batches = utf8Batches(texts);
    for (let next = batches.next(); !next.done; next = batches.next(true)) kept.push(next.value);
    expect(Buffer.concat(kept).toString()).toBe(texts.join(''));
    // and, not kept, one buffer is reused: what was given before is written over
    const reused: Uint8Array[] = [...utf8Batches(texts)];
    expect(reused[0]!.buffer).toBe(reused[1]!.buffer);
    expect(Buffer.concat(reused).toString()).not.toBe(texts.join(''));
  });

  it('waits for a slow reader before making more', async () => {
    const { stream, writes, read, text } = slowStream();
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
    expect(text()).toBe([...pieces(3000).gen].join(''));
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

  it('writes a report of megabytes whole through a pipe whose reader falls behind', async () => {
    // Standard output reuses one buffer for its batches while each is written before the next is made; a
    // pipe that is full keeps the bytes to write later, and must get them as they were.
    const dir = join(t.dir, 'pipe');
    bundledCopies(dir, 400);
    const args = [BIN, 'report', dir, '--quarter', '2016/17 Q4', '--format', 'json'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, NO_COLOR: '1' } });
    const chunks: Buffer[] = [];
    child.stdout.pause(); // (nothing is read for a while: the pipe fills, and the writer must wait)
    const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
    await new Promise((r) => setTimeout(r, 400));
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    await done;
    const piped = Buffer.concat(chunks);
    const file = join(t.dir, 'report.json');
    await new Promise<void>((resolve) => spawn(process.execPath, [...args, '--out', file], { stdio: 'ignore' }).on('close', () => resolve()));
    const whole = readFileSync(file);
    expect(whole.length).toBeGreaterThan(3 * BATCH_BYTES);
    expect(piped.equals(whole)).toBe(true);
    const report = JSON.parse(piped.toString('utf8')) as { plans: unknown[]; outside: unknown[] };
    expect(report.plans.length + report.outside.length).toBe(400);
  });
});
