/**
 * Output is written whole: to standard output, waiting for a slow reader and never hanging on a stream
 * that has failed or closed; to a file given with --out, whole or not at all.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writeStdout } from '../../src/commands/common.js';
import { writeFileAtomic } from '../../src/util/write.js';
import { tempDir } from '../helpers.js';

const t = tempDir();
afterAll(() => t.cleanup());

/** A stream whose reader takes each write only when told to (read()): until then it is full. */
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

const tick = () => new Promise((r) => setImmediate(r));

describe('writing output', () => {
  it('waits for a slow reader to take the text', async () => {
    const { stream, read, text } = slowStream();
    let done = false;
    const writing = writeStdout('x'.repeat(100_000), stream).then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    read();
    await writing;
    expect(done).toBe(true);
    expect(text()).toBe('x'.repeat(100_000));
  });

  it('does not wait for a drain that cannot come', async () => {
    const { stream, writes } = slowStream();
    const writing = writeStdout('x'.repeat(100_000), stream);
    await tick();
    stream.destroy();
    await writing; // would hang, were it waiting for 'drain'
    expect(writes.length).toBe(1);
  });

  it('writes a file atomically, whole, leaving no temporary file', () => {
    const path = join(t.dir, 'report.json');
    writeFileSync(path, 'old');
    const text = `${'é–😀'.repeat(100_000)}\n`;
    writeFileAtomic(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves nothing behind when the file cannot be written', () => {
    const path = join(t.dir, 'no-such-folder', 'report.json');
    expect(() => writeFileAtomic(path, 'text')).toThrow();
    expect(existsSync(path)).toBe(false);
  });
});
