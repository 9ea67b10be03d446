/**
 * Atomic writes: the content goes to a temporary file in the same folder, is flushed to disk, and is then
 * renamed over the target. A reader never sees half a file, and a crash never leaves the officer's file
 * truncated.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Text in pieces (a large report as it is laid out), written as it comes. */
export type Pieces = Iterable<string>;

/** Pieces put together into strings of about this many characters, each written at once. */
export const BATCH_CHARS = 1 << 20;

/** The pieces in batches of about BATCH_CHARS characters (a string is one piece). */
export function* batched(content: string | Pieces): Generator<string> {
  if (typeof content === 'string') {
    yield content;
    return;
  }
  let batch = '';
  for (const piece of content) {
    batch += piece;
    if (batch.length >= BATCH_CHARS) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

export function writeFileAtomic(path: string, content: string | Uint8Array | Pieces): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    if (content instanceof Uint8Array) writeAll(fd, content);
    else for (const text of batched(content)) writeAll(fd, Buffer.from(text, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** All of bytes, however many writes it takes (writeSync may write less than asked). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}
