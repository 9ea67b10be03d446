/** Entry point of the bundled executable. */
import { main } from './cli.js';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `plan lint | head` closes the pipe early: that is not a failure.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`plan: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
