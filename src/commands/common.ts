/** What every command shares: usage errors (exit 2), the as-of date, config, and input paths. */
import { realpathSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { Writable } from 'node:stream';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { expandPaths } from '../load/files.js';
import { type Day, isoFromWritten, parseIsoDay, todayIn } from '../model/dates.js';
import { useColor } from '../util/color.js';
import { safeLine, terminalSafe } from '../util/text.js';
import { NO_PROGRESS, type Progress, createProgress, progressWanted } from '../util/progress.js';
import { NotRegularFileError, writeFileAtomic } from '../util/write.js';

/** A problem with how the command was called, or with the environment: exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export interface CommonOptions {
  config?: string;
  color?: boolean;
  asOf?: string;
  /** false with --no-progress */
  progress?: boolean;
}

export function asOfDay(text: string | undefined, now?: Date): Day {
  if (text === undefined) return todayIn('Europe/London', now);
  const day = parseIsoDay(text.trim());
  if (day === undefined) {
    const written = isoFromWritten(text);
    const meant = written !== undefined && parseIsoDay(written) !== undefined ? written : undefined;
    throw new UsageError(`--as-of ${JSON.stringify(text)} is not a real date`, meant ? `write it as YYYY-MM-DD: --as-of ${meant}` : 'write it as YYYY-MM-DD, for example --as-of 2018-03-31');
  }
  return day;
}

export function configFor(options: CommonOptions, cwd = process.cwd()): Config {
  try {
    return loadConfig({ ...(options.config ? { file: options.config } : {}), cwd });
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(`the configuration is not valid:\n${err.message}`, 'fix plan.config.yaml (plan lint plan.config.yaml shows every problem)');
    throw err;
  }
}

/** The files to work on: the paths given, or the plan folders the config names. */
export function inputFiles(paths: readonly string[], config: Config, cwd = process.cwd()): { files: string[]; notes: string[] } {
  const given = paths.length > 0;
  const targets = given ? paths : config.plans.map((p) => (config.file && !isAbsolute(p) ? `${config.root}/${p}` : p));
  const expanded = expandPaths(targets, cwd);
  if (expanded.missing.length) {
    const list = expanded.missing.map((m) => `'${m}'`).join(', ');
    throw new UsageError(`${expanded.missing.length === 1 ? 'path' : 'paths'} ${list} ${expanded.missing.length === 1 ? 'does' : 'do'} not exist or match${expanded.missing.length === 1 ? 'es' : ''} no files`, given ? 'check the path; folders are searched for *.yaml and *.yml' : 'run plan init to create a plans folder, or name the files to check');
  }
  return { files: expanded.files, notes: expanded.skipped.map((s) => `skipped ${s.path}: ${s.reason}`) };
}

export function colorFrom(options: CommonOptions, stream: NodeJS.WriteStream = process.stdout): boolean {
  return useColor({ ...(options.color === undefined ? {} : { flag: options.color }), isTTY: Boolean(stream.isTTY) });
}

/**
 * A progress line on standard error for work over many files, when wanted (see progressWanted). It appears
 * after half a second, or after PLAN_PROGRESS_DELAY seconds (as git's GIT_PROGRESS_DELAY).
 */
export function progressFor(options: CommonOptions, label: string, total: number): Progress {
  if (!progressWanted(options.progress, process.stderr)) return NO_PROGRESS;
  const delay = process.env.PLAN_PROGRESS_DELAY;
  const seconds = delay?.trim() ? Number(delay) : Number.NaN;
  return createProgress(process.stderr, { label, total, unit: 'files', ...(seconds >= 0 ? { delayMs: seconds * 1000 } : {}) });
}

/** Refuses an output file that is one of the inputs (compared by real path, so links and ../ count). */
export function refuseOutputOverInput(out: string, inputs: readonly string[], what = 'the plans being read'): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  };
  const target = real(out);
  if (target !== undefined && inputs.some((p) => real(p) === target)) throw new UsageError(`--out ${safeLine(out)} is one of ${what}: refused, so that it is not overwritten`, 'write the output to another file');
}

/** Why a file could not be written, in words, and what to do, by the system's error code. */
const WRITE_FAILURES: Record<string, [string, string]> = {
  ENOSPC: ['no space left on the disk', 'free some space, or write the file somewhere else'],
  EDQUOT: ['the disk quota is used up', 'free some space, or write the file somewhere else'],
  EACCES: ['permission denied', 'check you can write to that folder and file'],
  EPERM: ['permission denied', 'check you can write to that folder and file'],
  ENOENT: ['its folder does not exist', 'create the folder first, or check the path'],
  ENOTDIR: ['part of the path is a file, not a folder', 'check the path'],
  EISDIR: ['it is a folder', 'name a file to write'],
  EROFS: ['the file system is read-only', 'write the file somewhere else'],
};

/** Writes a file the user asked for, atomically; a failure is the user's to fix (exit 2), not a fault. */
export function writeOutput(path: string, content: string | Uint8Array, shownAs = path): void {
  try {
    writeFileAtomic(path, content);
  } catch (err) {
    if (err instanceof NotRegularFileError) throw new UsageError(`cannot write ${shownAs}: ${err.message}`, 'name a regular file to write the output to, or leave out --out to print it');
    const code = (err as NodeJS.ErrnoException).code;
    const known = code === undefined ? undefined : WRITE_FAILURES[code];
    if (known) throw new UsageError(`cannot write ${shownAs}: ${code} (${known[0]})`, known[1]);
    throw new UsageError(`cannot write ${shownAs}: ${code ?? String(err)}`, 'check the folder exists and you can write to it');
  }
}

/**
 * Writes text, whole or in pieces as a formatter makes them, to standard output, waiting until the stream has
 * taken each piece (a pipe whose reader is behind may hold it a while). A reader that goes away (EPIPE) ends the process quietly (main.ts); a stream that
 * fails or closes is not waited for. On a terminal, control characters from plan text (in CSV, say) are
 * made visible, so that they cannot drive it; to a file or pipe the text is as the format made it.
 */
export async function writeStdout(content: string | Iterable<string>, stream: Writable = process.stdout): Promise<void> {
  const tty = (stream as Partial<NodeJS.WriteStream>).isTTY;
  for (const chunk of typeof content === 'string' ? [content] : content) {
    if (stream.destroyed) return;
    if (chunk === '') continue;
    if (!stream.write(tty ? terminalSafe(chunk) : chunk)) await drained(stream);
  }
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    stream.once('drain', done).once('error', done).once('close', done);
  });
}
