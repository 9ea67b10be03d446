/** Placeholder until the command lands; it refuses clearly rather than pretending. */
import { UsageError } from './common.js';

export async function runDiff(..._args: unknown[]): Promise<number> {
  throw new UsageError('plan diff is not available in this build yet');
}
