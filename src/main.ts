/** Entry point of the bundle (dist/plan.cjs), run by bin/plan.cjs. */
import { main } from './cli.js';

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
