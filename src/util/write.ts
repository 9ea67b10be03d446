/**
 * Atomic writes: the content goes to a temporary file in the same folder, is flushed to disk, and is then
 * renamed over the target. A reader never sees half a file, and a crash never leaves the officer's file
 * truncated. An existing file keeps its mode; a symlink is written through (its target is replaced, the
 * link stays); a character device or a FIFO is written through, never replaced (so /dev/null stays a
 * device); any other kind of file is refused. A temporary file is removed when SIGINT or SIGTERM arrives.
 */
import { closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';

/** The temporary files being written now, removed should the process be told to stop. */
const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let listening = false;

/** Removes the temporary files, then stops the process as the signal would have (unless someone else handles it). */
function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
  if (process.listenerCount(signal) > 1) return;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  listening = false;
  process.kill(process.pid, signal);
}

function listenForSignals(): void {
  if (listening) return;
  listening = true;
  for (const s of SIGNALS) process.on(s, onSignal);
}

/** A file that cannot be replaced or written through, said with what it is (the message is shown as it stands). */
export class NotRegularFileError extends Error {
  override readonly name = 'not written';
}

/** What path names once symlinks are followed: the file itself, or where a dangling link points. */
function resolveTarget(path: string): string {
  let target = path;
  for (let hops = 0; hops < 40; hops++) {
    let st;
    try {
      st = lstatSync(target);
    } catch {
      return target;
    }
    if (!st.isSymbolicLink()) return target;
    const to = readlinkSync(target);
    target = isAbsolute(to) ? to : join(dirname(target), to);
  }
  return realpathSync(path); // a loop of links: let the system say ELOOP
}

/**
 * Writes into a character device or FIFO without replacing it. A FIFO nobody reads is refused, not waited
 * on: it is opened without blocking first, and held open while it is opened to write, so that the reader
 * never sees the writers come and go (an end of file) before the content.
 */
function writeThrough(path: string, content: string | Uint8Array, fifo: boolean): void {
  let probe: number | undefined;
  if (fifo) {
    try {
      probe = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENXIO') throw new NotRegularFileError(`${path} is a FIFO that nothing is reading`);
      throw err;
    }
  }
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_WRONLY);
    if (probe !== undefined) closeSync(probe);
    probe = undefined;
    writeFileSync(fd, content);
  } finally {
    if (probe !== undefined) closeSync(probe);
    if (fd !== undefined) closeSync(fd);
  }
}

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const target = resolveTarget(path);
  let mode = 0o644;
  try {
    const st = statSync(target);
    if (st.isCharacterDevice() || st.isFIFO()) return writeThrough(target, content, st.isFIFO());
    if (st.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
    if (!st.isFile()) throw new NotRegularFileError(`${path} is not a regular file, so it is not replaced`);
    mode = st.mode & 0o7777;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  listenForSignals();
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    live.add(tmp);
    fchmodSync(fd, mode); // the mode asked for at open is cut by the umask
    writeFileSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    live.delete(tmp);
  }
}
