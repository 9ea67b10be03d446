/**
 * Where the report's plans came from (the git commit, or "not in git") and, where git holds their history,
 * what changed since the previous quarter. Until plan diff's git access lands this says history is
 * unavailable rather than guessing.
 */
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import type { HistoryProvider } from '../analyses/quarterly.js';
import type { Config } from '../config.js';

export function reportHistory(files: readonly string[], _config: Config): { source: string; provider?: HistoryProvider } {
  const dir = files[0] ? dirname(files[0]) : process.cwd();
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', ...files], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    return { source: `git commit ${head}${dirty ? ' with uncommitted changes' : ''}` };
  } catch {
    return { source: 'not in git' };
  }
}
