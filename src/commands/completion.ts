/** Placeholder until the command lands; it refuses clearly rather than pretending. */
import { UsageError } from './common.js';

export async function runCompletion(..._args: unknown[]): Promise<number> {
  throw new UsageError('plan completion is not available in this build yet');
}
