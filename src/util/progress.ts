/**
 * A progress line on standard error for work over many files ("plan lint: 420 of 1,200 files"), for a
 * person watching a terminal: nothing for work that ends within a moment, never more than a few redraws a
 * second, and the line erased when the work is done, so what the command writes after it stands alone.
 * It is drawn only when it is told of progress (no timer: it can neither keep the process alive nor write
 * while something else is writing), and only to a terminal; see progressWanted.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** done of the total are finished now */
  update(done: number): void;
  /** erases the line, if one is drawn, so that a message can be written (the next update draws it again) */
  clear(): void;
  /** erases the line, if one is drawn; nothing is drawn after */
  end(): void;
}

export interface ProgressOptions {
  /** what is being done, as the line starts: 'plan lint' */
  label: string;
  total: number;
  /** what is counted: 'files' */
  unit: string;
  /** the clock, in milliseconds */
  now?: () => number;
  /** nothing is drawn before this (a run that ends sooner shows nothing) */
  delayMs?: number;
  /** the least time between two redraws */
  everyMs?: number;
}

export const NO_PROGRESS: Progress = { update: () => undefined, clear: () => undefined, end: () => undefined };

/**
 * Whether to show progress: only on a terminal that understands erasing a line, when not under CI (whose
 * logs keep every redraw), and not when the user said --no-progress.
 */
export function progressWanted(flag: boolean | undefined, stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag === false) return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb' && !env.CI;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** The line itself, cut to the terminal's width: 'plan lint: 420 of 1,200 files (35%)'. */
export function progressLine(label: string, done: number, total: number, unit: string, columns = 80): string {
  const shown = Math.min(Math.max(done, 0), total);
  const percent = total > 0 ? Math.floor((shown / total) * 100) : 100;
  const line = `${label}: ${count(shown)} of ${count(total)} ${unit} (${percent}%)`;
  // A terminal that gives no width (0, as some pseudo-terminals do) is taken as 80 wide.
  const width = columns > 0 ? columns : 80;
  return line.length < width ? line : line.slice(0, width - 1);
}

// Carriage return to the line's start; erase to the end of the line.
const REDRAW = '\r';
const ERASE = '\x1b[K';

export function createProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const delay = options.delayMs ?? 500;
  const every = options.everyMs ?? 100;
  let drawnAt = 0;
  let onScreen = false;
  let ended = false;
  const clear = () => {
    if (onScreen) stream.write(`${REDRAW}${ERASE}`);
    onScreen = false;
  };
  return {
    update(done) {
      if (ended) return;
      const t = now();
      if (t - started < delay || (onScreen && t - drawnAt < every)) return;
      drawnAt = t;
      onScreen = true;
      stream.write(`${REDRAW}${progressLine(options.label, done, options.total, options.unit, stream.columns)}${ERASE}`);
    },
    clear,
    end() {
      clear();
      ended = true;
    },
  };
}
