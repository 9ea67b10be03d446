/**
 * Where the report's plans came from (the git commit, or "not in git") and, where git holds their history,
 * what changed since the end of the previous quarter: the version committed on or before that day,
 * compared by meaning with the one being reported on.
 */
import { dirname, relative } from 'node:path';
import { parse } from 'yaml';
import { diffPlans } from '../analyses/diff.js';
import type { ChangeSummary, HistoryProvider } from '../analyses/quarterly.js';
import type { Config } from '../config.js';
import { matrixById } from '../config.js';
import { GitError, repoRoot, runGit, showFile } from '../git.js';
import { type Day, isoDay } from '../model/dates.js';

export function reportHistory(plans: readonly { file: string; path: string }[], config: Config): { source: string; provider?: HistoryProvider } {
  const first = plans[0];
  if (!first) return { source: 'not in git' };
  let root: string;
  try {
    root = repoRoot({ cwd: dirname(first.path) });
  } catch {
    return { source: 'not in git' };
  }
  const git = (args: string[]) => runGit(args, { cwd: root });
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head.status !== 0) return { source: 'not in git (the repository has no commits yet)' };
  const rel = new Map(plans.map((p) => [p.file, relative(root, p.path).split('\\').join('/')]));
  // One call to learn which plans git tracks, so untracked ones cost no git process each.
  const tracked = new Set(git(['ls-files', '-z', '--', ...rel.values()]).stdout.toString('utf8').split('\0').filter(Boolean));
  const dirty = git(['status', '--porcelain', '--', ...rel.values()]).stdout.toString('utf8').trim();
  const provider: HistoryProvider = {
    changesSince(file: string, plan: Record<string, unknown>, day: Day): ChangeSummary {
      const path = rel.get(file);
      if (!path) return { available: false, reason: 'history unavailable for this file' };
      if (!tracked.has(path)) return { available: false, reason: `history unavailable: git does not track ${path}` };
      const log = git(['log', '-1', '--format=%H %h', `--before=${isoDay(day)}T23:59:59`, 'HEAD', '--', path]);
      const [sha, short] = log.stdout.toString('utf8').trim().split(' ');
      if (log.status !== 0 || !sha) return { available: false, reason: `history unavailable: git holds no version of ${path} from on or before ${isoDay(day)}` };
      let old: unknown;
      try {
        old = parse(showFile({ rev: sha, path }, { cwd: root }).toString('utf8'));
      } catch (err) {
        return { available: false, reason: `history unavailable: the version of ${isoDay(day)} cannot be read (${err instanceof GitError ? err.message : 'invalid YAML'})` };
      }
      const matrixOf = (p: unknown) => matrixById(config, p && typeof p === 'object' && typeof (p as Record<string, unknown>).riskMatrix === 'string' ? ((p as Record<string, unknown>).riskMatrix as string) : undefined);
      const oldMatrix = matrixOf(old);
      const newMatrix = matrixOf(plan);
      const changes = diffPlans(old, plan, { file, fyStart: config.fiscalYearStart, ...(oldMatrix ? { oldMatrix } : {}), ...(newMatrix ? { newMatrix } : {}) });
      return { available: true, since: `${isoDay(day)} (commit ${short})`, changes: changes.map((c) => ({ kind: c.kind, section: c.section, id: c.id, summary: c.summary })) };
    },
  };
  return { source: `git commit ${head.stdout.toString('utf8').trim()}${dirty ? ' with uncommitted changes' : ''}`, provider };
}
