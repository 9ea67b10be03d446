/** Placeholder until the command lands; it refuses clearly rather than pretending. */
import { UsageError } from './common.js';

export async function runInit(..._args: unknown[]): Promise<number> {
  throw new UsageError('plan init is not available in this build yet');
}
