/**
 * Atomic writes: the content goes to a temporary file in the same folder, is flushed to disk, and is then
 * renamed over the target. A reader never sees half a file, and a crash never leaves the officer's file
 * truncated.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Text in pieces (a large report as it is laid out), written as it comes. */
export type Pieces = Iterable<string>;

/** The most bytes the pieces are gathered into, encoded, before they are written. */
export const BATCH_BYTES = 1 << 20;
/** UTF-16 units at most in a piece (a longer one is cut): at three bytes a unit, it fits an empty batch. */
const PIECE_UNITS = Math.floor(BATCH_BYTES / 3);

/** A buffer left by the last utf8Batches to finish, for the next to encode into. */
let spare: Buffer | undefined;

/**
 * The pieces as UTF-8, in batches of at most BATCH_BYTES (a string is one piece; a piece that might not fit
 * one is cut, never inside a surrogate pair). Each piece is encoded straight into one buffer, reused
 * from batch to batch. Gathering pieces into a string first, as this did, made V8 copy the string's parts
 * into one flat string before encoding it: on the 10 MB JSON report of 1,000 plans that flattening took 50
 * to 60 ms and encoding 4, where encoding each piece into the buffer takes about 10 (bench/NOTES.md).
 *
 * A batch is good until the generator is resumed: a consumer that keeps its bytes (a stream that will write
 * them later) passes true to next() and the generator goes on in a new buffer.
 */
export function* utf8Batches(content: string | Pieces): Generator<Uint8Array, void, boolean | undefined> {
  let buf = spare ?? Buffer.allocUnsafeSlow(BATCH_BYTES);
  spare = undefined;
  let at = 0;
  for (const whole of typeof content === 'string' ? [content] : content) {
    for (let from = 0; from < whole.length; ) {
      let to = Math.min(whole.length, from + PIECE_UNITS);
      // (a pair's high surrogate is not cut from its low one)
      if (to < whole.length && (whole.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
      const piece = from === 0 && to === whole.length ? whole : whole.slice(from, to);
      from = to;
      // At most three bytes a UTF-16 unit (a pair, two units, is four bytes): room is checked before writing.
      if (at + piece.length * 3 > buf.length) {
        if (yield buf.subarray(0, at)) buf = Buffer.allocUnsafeSlow(buf.length);
        at = 0;
      }
      at += buf.write(piece, at, 'utf8');
    }
  }
  if (at > 0 && (yield buf.subarray(0, at))) return;
  spare = buf;
}

export function writeFileAtomic(path: string, content: string | Uint8Array | Pieces): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    if (content instanceof Uint8Array) writeAll(fd, content);
    else for (const bytes of utf8Batches(content)) writeAll(fd, bytes);
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
