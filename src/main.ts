/** Entry point of the bundle (dist/plan.cjs), run by bin/plan.cjs. */
import { createRequire } from 'node:module';
import type * as Threads from 'node:worker_threads';
import { main } from './cli.js';
import { type LintTask, lintBatches } from './lint/parallel.js';

let guarded = false;

/** Runs the command line; the exit code is set on process.exitCode. */
export function run(argv: string[]): Promise<void> {
  if (!guarded) {
    guarded = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      // `plan lint | head` closes the pipe early: that is not a failure.
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`plan: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}

/** Entry point of a worker thread (bin/plan.cjs starts the bundle in one for plan lint on a large corpus). */
export function worker(task: LintTask): void {
  // (the shared counter arrives as an Int32Array over the same SharedArrayBuffer)
  // worker_threads is required here, not at the top: every plan command would pay for loading it.
  const { parentPort } = createRequire(import.meta.url)('node:worker_threads') as typeof Threads;
  lintBatches(task, (m) => parentPort?.postMessage(m));
}
