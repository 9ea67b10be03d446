/**
 * Where the report's plans came from (the git commit, or "not in git") and, where git holds their history,
 * what changed since the end of the previous quarter: each plan as it stood on the main line (HEAD and its
 * first parents) at the end of that day, compared by meaning with the one being reported on. A change made
 * on a branch before that day but merged after it is a change of this quarter; a plan moved since (git mv) is
 * compared with its version at the old path. With since (--since REV, the tag or commit of the last return),
 * each plan is compared with its version in that commit instead. All the plans' old versions are read with
 * four git processes, however many plans there are.
 */
import { dirname, relative } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { diffPlans } from '../analyses/diff/index.js';
import type { ChangeSummary, HistoryProvider } from '../analyses/quarterly.js';
import type { Config } from '../config.js';
import { matrixById } from '../config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ChangesBasis } from '../analyses/report/index.js';
import { type FileAt, type FilesAt, GitError, foldersOf, readFilesAt, renamedSince, repoHead, resolveCommit, runGit } from '../git.js';
import { underFolder } from '../load/files.js';
import { decodeSource } from '../load/source.js';
import { loadYaml } from '../load/yaml.js';
import { type Day, isoDay } from '../model/dates.js';
import { ukDate } from '../formatters/uk-date.js';
import { safeLine } from '../util/text.js';
import { UsageError } from './common.js';

interface PlanFile {
  file: string;
  path: string;
}

/** Where plans came from, and their history where git has it. */
export interface History {
  source: string;
  provider?: HistoryProvider;
  /** which version "changes since" compares with, in words */
  basis: ChangesBasis;
}

const NO_HISTORY: ChangesBasis = { description: 'none: the plans are not in git', chosen: false };

/**
 * The plans' history; with day, the plans as they were at its end are read at once. Each plan's repository
 * is found from its own folder, so plans in a submodule (or another repository) have their own history, and
 * the order the plans are given in changes nothing.
 */
export function reportHistory(plans: readonly PlanFile[], config: Config, day?: Day, since?: string): History {
  if (plans.length === 0) return { source: 'not in git', basis: NO_HISTORY };
  type Repository = ReturnType<typeof repositoryOf>;
  const groups = new Map<string, { repo: Repository; plans: PlanFile[] }>();
  const byFolder = new Map<string, Repository>();
  for (const plan of plans) {
    const folder = dirname(plan.path);
    let repo = byFolder.get(folder);
    if (!repo) {
      repo = repositoryOf(folder, config, day, since);
      byFolder.set(folder, repo);
    }
    const group = groups.get(repo.key) ?? { repo, plans: [] };
    group.plans.push(plan);
    groups.set(repo.key, group);
  }
  const histories = [...groups].map(([key, g]) => ({ key, history: g.repo.history(g.plans), files: new Set(g.plans.map((p) => p.file)) }));
  if (histories.length === 1) return histories[0]!.history;
  const sources = [...new Set(histories.map((h) => h.history.source))];
  const commits = histories.every((h) => h.history.source.startsWith('git commit '));
  const where = (key: string) => relative(process.cwd(), key).split('\\').join('/') || '.';
  const bases = [...new Set(histories.map((h) => h.history.basis.description))];
  return {
    basis: { description: bases.length === 1 ? bases[0]! : histories.map((h) => `${h.history.basis.description} (${where(h.key)})`).join('; '), chosen: since !== undefined },
    source: commits ? `git commits ${histories.map((h) => `${h.history.source.slice('git commit '.length)} (${where(h.key)})`).join(', ')}` : sources.join('; '),
    provider: {
      changesSince(file, plan, day) {
        const provider = histories.find((h) => h.files.has(file))?.history.provider;
        return provider ? provider.changesSince(file, plan, day) : { available: false, reason: 'history unavailable: the plans are not in git' };
      },
    },
  };
}

/** The repository holding a folder (its top folder is the key), and how to read its plans' history. */
function repositoryOf(folder: string, config: Config, day?: Day, since?: string): { key: string; history: (plans: PlanFile[]) => History } {
  let root: string;
  let head: string | undefined;
  try {
    ({ root, head } = repoHead({ cwd: folder }));
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    if (err.code === 'not-a-repo') return { key: 'not in git', history: () => ({ source: 'not in git', basis: NO_HISTORY }) };
    // git is missing, or refuses the repository: said as it is, not as "not in git".
    const reason = err.message;
    return { key: `not read: ${reason}`, history: () => ({ source: `not read from git: ${reason}`, basis: { description: `none: ${reason}`, chosen: false }, provider: { changesSince: () => ({ available: false, reason: `history unavailable: ${reason}` }) } }) };
  }
  if (head === undefined) return { key: root, history: () => ({ source: 'not in git (the repository has no commits yet)', basis: { description: 'none: the repository has no commits yet', chosen: false } }) };
  let commit: { sha: string; short: string } | undefined;
  if (since !== undefined) {
    const sha = since.startsWith('-') ? undefined : resolveCommit(since, { cwd: root });
    if (sha === undefined) throw new UsageError(`--since: git knows no tag or commit '${safeLine(since)}' in ${root}`, 'name the tag or commit of the last return (git tag --list, git log --oneline)');
    commit = { sha, short: runGit(['rev-parse', '--short', sha], { cwd: root }).stdout.toString('utf8').trim() };
  }
  return { key: root, history: (plans) => repoHistory(root, head, plans, config, day, commit === undefined ? undefined : { rev: since!, ...commit }) };
}

/** The history of plans in one repository, whose top folder is root and whose HEAD is head. */
function repoHistory(root: string, head: string, plans: readonly PlanFile[], config: Config, day?: Day, since?: { rev: string; sha: string; short: string }): History {
  const git = (args: string[]) => runGit(args, { cwd: root });
  const rel = new Map(plans.map((p) => [p.file, underFolder(p.path, root) ?? relative(root, p.path).split('\\').join('/')]));
  // Git is asked about the plans' folders (a few pathspecs, not one per plan) and the answers kept for the
  // plans. Paths are literal.
  const wanted = new Set(rel.values());
  const folders = foldersOf(wanted);
  // One call to learn which plans git tracks (so untracked ones cost no git process each), and the object
  // each holds in the index.
  const tracked = new Set<string>();
  const indexed = new Map<string, string>();
  for (const entry of git(['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...folders]).stdout.toString('utf8').split('\0')) {
    const m = /^\d+ ([0-9a-f]+) (\d)\t([\s\S]*)$/.exec(entry);
    if (!m || !wanted.has(m[3]!)) continue;
    tracked.add(m[3]!);
    if (m[2] === '0') indexed.set(m[3]!, m[1]!); // (a file in a merge conflict has stages 1 to 3 instead)
  }
  // Plans git tracks none of (a folder it ignores, or plans not yet added) came from no commit: that is
  // said, and git is asked nothing more.
  if (tracked.size === 0) return { source: 'not in git (git tracks none of these plans)', basis: { description: 'none: git tracks none of these plans', chosen: false } };
  const changed = plansChanged(git(['--literal-pathspecs', 'status', '--porcelain', '-z', '--untracked-files=all', '--', ...folders]).stdout.toString('utf8'), wanted);
  const dirty = changed.size > 0;
  // A plan git reports unchanged is, byte for byte, the object its index holds: where last quarter's
  // version is that same object, nothing has changed since, and it is neither read nor compared.
  const have = new Map([...indexed].filter(([path]) => !changed.has(path)));
  // The main line's commit at the end of a day, and every tracked plan in it: read once per day asked
  // (a report asks for one), a reason when git cannot read it, undefined when there is no such commit.
  // from: each plan's path in that commit, where it has moved since (git mv, committed or staged).
  type Snapshot = { short: string; files: FilesAt; from: ReadonlyMap<string, string> } | string | undefined;
  const snapshots = new Map<string, Snapshot>();
  const snapshotOn = (date: string): Snapshot => {
    if (snapshots.has(date)) return snapshots.get(date);
    let sha: string | undefined;
    let short: string | undefined;
    let status = 0;
    if (since) ({ sha, short } = since);
    else {
      const log = git(['log', '-1', '--first-parent', '--format=%H %h', `--before=${endOfDayInLondon(date)}`, 'HEAD']);
      [sha, short] = log.stdout.toString('utf8').trim().split(' ');
      status = log.status;
    }
    let snap: Snapshot;
    try {
      if (status === 0 && sha && short) {
        const from = renamedSince(sha, { cwd: root });
        const then = (p: string) => from.get(p) ?? p;
        const paths = [...rel.values()].filter((p) => tracked.has(p)).map(then);
        const had = new Map([...have].map(([p, oid]) => [then(p), oid]));
        snap = { short, files: readFilesAt(sha, paths, config.limits.maxFileBytes, { cwd: root, have: had }), from };
      }
    } catch (err) {
      snap = err instanceof GitError ? err.message : String(err);
    }
    snapshots.set(date, snap);
    return snap;
  };
  // With --since, every plan is compared with one commit, whatever day is asked about.
  const keyOf = (d: Day) => (since ? `since ${since.rev}` : isoDay(d));
  let basis: ChangesBasis;
  if (since) basis = { description: `${since.rev} (commit ${since.short}), chosen with --since`, chosen: true };
  else if (day !== undefined) {
    const snap = snapshotOn(keyOf(day));
    const when = ukDate(isoDay(day));
    basis = { description: typeof snap === 'object' ? `commit ${snap.short}, the last on the main line on or before ${when}` : typeof snap === 'string' ? `none: the version of ${when} cannot be read (${snap})` : `none: git holds no commit from on or before ${when}`, chosen: false };
  } else basis = { description: 'none', chosen: false };
  let isShallow: boolean | undefined;
  const shallow = () => (isShallow ??= git(['rev-parse', '--is-shallow-repository']).stdout.toString('utf8').trim() === 'true');
  const provider: HistoryProvider = {
    changesSince(file: string, plan: Record<string, unknown>, day: Day): ChangeSummary {
      const path = rel.get(file);
      if (!path) return { available: false, reason: 'history unavailable for this file' };
      if (!tracked.has(path)) return { available: false, reason: `history unavailable: git does not track ${path}` };
      const date = keyOf(day);
      const unreadable = (why: string): ChangeSummary => ({ available: false, reason: `history unavailable: the version of ${since ? since.rev : date} cannot be read (${why})` });
      const snap = snapshotOn(date);
      if (typeof snap === 'string') return unreadable(snap);
      const bytes: FileAt | undefined = snap?.files.get(snap.from.get(path) ?? path);
      if (!snap && shallow()) return { available: false, reason: `history unavailable: this is a shallow clone, and the history it holds does not reach back to ${date} (git fetch --unshallow fetches the rest)` };
      if (!snap || bytes === undefined || bytes === 'missing') return { available: false, reason: `history unavailable: git holds no version of ${path} ${since ? `in ${since.rev}` : `from on or before ${date}`}` };
      if (bytes === 'too-large') return unreadable(`it is over the ${config.limits.maxFileBytes} byte limit for a plan`);
      if (bytes === 'same') return { available: true, since: since ? `${since.rev} (commit ${snap.short})` : `${date} (commit ${snap.short})`, changes: [] };
      // Read as the plan itself is: within the size limit, as UTF-8, by the guarded YAML reader (an old
      // version is as untrusted as any file, and must read the same way the current one does).
      const where = (d: Diagnostic) => `${d.line}:${d.column} ${d.message}`;
      const decoded = decodeSource(path, bytes, config.limits.maxFileBytes);
      if (decoded.diagnostics[0]) return unreadable(where(decoded.diagnostics[0]));
      const read = loadYaml(path, decoded.text, { maxDepth: config.limits.maxDepth });
      const problem = read.diagnostics.find((d) => d.severity === 'error');
      if (problem) return unreadable(where(problem));
      const old = read.data;
      const matrixOf = (p: unknown) => matrixById(config, p && typeof p === 'object' && typeof (p as Record<string, unknown>).riskMatrix === 'string' ? ((p as Record<string, unknown>).riskMatrix as string) : undefined);
      const oldMatrix = matrixOf(old);
      const newMatrix = matrixOf(plan);
      const changes = diffPlans(old, plan, { file, fyStart: config.fiscalYearStart, ...(oldMatrix ? { oldMatrix } : {}), ...(newMatrix ? { newMatrix } : {}) });
      return { available: true, since: since ? `${since.rev} (commit ${snap.short})` : `${date} (commit ${snap.short})`, changes: changes.map((c) => ({ kind: c.kind, section: c.section, id: c.id, summary: c.summary })) };
    },
  };
  return { source: `git commit ${head}${dirty ? ' with uncommitted changes' : ''}`, provider, basis };
}

/**
 * The last second of a day in Europe/London, as an instant git reads the same whatever the machine's time
 * zone ("2017-06-30 22:59:59 +0000" for 30 June in summer time): a day given without a zone is read by git in
 * local time.
 */
export function endOfDayInLondon(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(new TZDate(y, m - 1, d + 1, 'Europe/London').getTime() - 1000);
  return `${last.toISOString().slice(0, 10)} ${last.toISOString().slice(11, 19)} +0000`;
}

/** The plans git status --porcelain -z names (a rename or copy names two paths). */
function plansChanged(status: string, plans: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const entries = status.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.length < 4) continue;
    if (plans.has(e.slice(3))) found.add(e.slice(3));
    if (e[0] === 'R' || e[0] === 'C') {
      const from = entries[++i] ?? '';
      if (plans.has(from)) found.add(from);
    }
  }
  return found;
}
