/**
 * plan diff: wiring only. Works out what each argument names (a file, REV:PATH, or a revision), reads both
 * versions (from disk or through src/git.ts), and hands them to the pure analysis and a formatter.
 *   plan diff OLD NEW                 two files or REV:PATH specs
 *   plan diff REV:PATH                that version against the working tree
 *   plan diff REV1 [REV2] [-- PATH]   every plan changed between two revisions (REV2: the working tree);
 *                                     after --, paths only (deleted ones too)
 */
import { existsSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { type Change, type PlanDiff, diffPlans, planPresence } from '../analyses/diff/index.js';
import { type Config, matrixById } from '../config.js';
import { DIFF_FORMATS, type DiffFormat } from '../formatters/diff/index.js';
import { decodeSource } from '../load/source.js';
import { type ChangedFile, type FileAt, type FilesAt, GitError, type GitOptions, assertSafeArg, changedFiles, parseSpec, readFilesAt, repoRoot, resolveCommit, showFile } from '../git.js';
import { type LoadedDoc, loadDocument } from '../project.js';
import { palette } from '../util/color.js';
import { safeLine } from '../util/text.js';
import type { CommandSpec } from './command.js';
import { type CommonOptions, UsageError, colorFrom, configFor } from './common.js';

export interface DiffCommandOptions extends CommonOptions {
  format?: DiffFormat;
  exitCode?: boolean;
}

type Side = 'old' | 'new';

/** Where one version of a plan comes from. */
type FileSource = { kind: 'file'; path: string; label: string };
type GitSource = { kind: 'git'; rev: string; path: string; label: string };
type Source = FileSource | GitSource | { kind: 'none'; label: string };

interface Version {
  label: string;
  data?: Record<string, unknown>;
  doc?: LoadedDoc;
}

function fromGit(err: unknown, side?: Side, label?: string): never {
  if (err instanceof GitError) {
    const where = side ? `${side} side (${safeLine(label ?? '')}): ` : '';
    throw new UsageError(`${err.code === 'not-a-repo' ? '' : where}${err.message}`, err.hint);
  }
  throw err;
}

function refuseDash(value: string | undefined, what: string): void {
  if (value === undefined) return;
  try {
    assertSafeArg(value, what);
  } catch (err) {
    fromGit(err);
  }
}

/** What a path names: a file, a folder, something else that exists (said in words), or nothing. */
function pathKind(arg: string, cwd: string): 'file' | 'dir' | { other: string } | undefined {
  try {
    const st = statSync(resolve(cwd, arg));
    if (st.isFile()) return 'file';
    if (st.isDirectory()) return 'dir';
    return { other: st.isFIFO() ? 'a FIFO (named pipe)' : st.isSocket() ? 'a socket' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : 'not a regular file' };
  } catch {
    return undefined;
  }
}

/** Refuses a path that exists but is neither a file nor a folder; it is never opened (a FIFO would wait). */
function refuseOther(kind: ReturnType<typeof pathKind>, side: Side, arg: string): void {
  if (typeof kind === 'object') throw new UsageError(`${side} side (${safeLine(arg)}) is ${kind.other}, not a file`, 'give a plan file, REV:PATH, or a revision');
}

const looksLikePath = (arg: string) => /\.ya?ml$/i.test(arg) || arg.includes('/') || arg.includes(sep);

// ------------------------------------------------------------------------------------------- reading

/** One version of a plan; a version in git is read by git show, or taken from files (its revision's, read in one go). */
function readVersion(source: Source, side: Side, config: Config, git: GitOptions, files?: FilesAt): Version {
  if (source.kind === 'none') return { label: source.label };
  const cwd = git.cwd ?? process.cwd();
  let doc: LoadedDoc;
  if (source.kind === 'file') {
    doc = loadDocument(resolve(cwd, source.path), config, { cwd });
  } else {
    let bytes: FileAt | undefined;
    try {
      if (files) bytes = files.get(source.path);
      else {
        gitRoot(git);
        bytes = showFile({ rev: source.rev, path: source.path }, { ...git, maxBuffer: config.limits.maxFileBytes + 1 });
      }
    } catch (err) {
      if (!(err instanceof GitError && err.code === 'too-large')) return fromGit(err, side, source.label);
      bytes = 'too-large';
    }
    if (bytes === 'too-large') throw new UsageError(`${side} side (${safeLine(source.label)}): the file is over the ${config.limits.maxFileBytes} byte limit for a plan`);
    // (as git show says it, for a path the revision has no file at)
    if (!Buffer.isBuffer(bytes)) return fromGit(new GitError(`${source.path} does not exist in ${source.rev}`, 'no-path'), side, source.label);
    const decoded = decodeSource(source.label, bytes, config.limits.maxFileBytes);
    doc = loadDocument(resolve(cwd, source.path.replace(/^\.\//, '')), config, { cwd, text: decoded.text });
    doc.diagnostics.unshift(...decoded.diagnostics);
  }
  const fatal = doc.diagnostics.find((d) => d.severity === 'error' && (/^(yaml|file)\//.test(d.ruleId) || d.ruleId === 'schema/invalid-value'));
  if (fatal || doc.data === null || typeof doc.data !== 'object' || Array.isArray(doc.data)) {
    const d = fatal ?? doc.diagnostics[0];
    const at = d ? `${d.line}:${d.column} ` : '';
    throw new UsageError(`${side} side (${safeLine(source.label)}): ${at}${safeLine(d?.message ?? 'not a plan')}`, `run plan lint on it to see every problem`);
  }
  if (!doc.schemaValid) process.stderr.write(`plan: note: ${side} side (${safeLine(source.label)}) does not match the ${doc.kind} schema; compared anyway (plan lint shows why)\n`);
  return { label: source.label, data: doc.data as Record<string, unknown>, doc };
}

function compare(oldV: Version, newV: Version, file: string, config: Config): PlanDiff {
  const matrix = (v: Version) => matrixById(config, typeof v.data?.riskMatrix === 'string' ? v.data.riskMatrix : undefined);
  const options = { file, fyStart: config.fiscalYearStart, plan: basename(file).replace(/\.ya?ml$/i, ''), oldMatrix: matrix(oldV), newMatrix: matrix(newV) };
  let changes: Change[];
  if (!oldV.data && newV.data) changes = [planPresence('added', newV.data, options)];
  else if (oldV.data && !newV.data) changes = [planPresence('removed', oldV.data, options)];
  else changes = diffPlans(oldV.data, newV.data, options);
  const data = newV.data ?? oldV.data ?? {};
  const plan = typeof data.id === 'string' ? data.id : options.plan;
  const title = typeof data.title === 'string' ? data.title : typeof data.service === 'string' ? data.service : undefined;
  return { plan, ...(title ? { title } : {}), file, from: oldV.label, to: newV.label, changes };
}

// ------------------------------------------------------------------------------------- what args name

function specSource(arg: string): GitSource | undefined {
  const spec = parseSpec(arg);
  return spec ? { kind: 'git', rev: spec.rev, path: spec.path, label: arg } : undefined;
}

/** OLD and NEW as single versions (files or REV:PATH), or undefined when OLD is a revision. */
function pairSources(oldArg: string, newArg: string | undefined, cwd: string, git: GitOptions): [Source, Source] | undefined {
  const oldKind = pathKind(oldArg, cwd);
  refuseOther(oldKind, 'old', oldArg);
  if (oldKind === 'dir') throw new UsageError(`old side (${safeLine(oldArg)}) is a folder`, 'give a plan file, REV:PATH, or a revision');
  const oldSrc: FileSource | GitSource | undefined = oldKind === 'file' ? { kind: 'file', path: oldArg, label: oldArg } : specSource(oldArg);
  if (!oldSrc) return undefined;
  if (newArg === undefined) {
    if (oldSrc.kind === 'file') throw new UsageError('plan diff needs two versions to compare', 'give a second file, or compare with git: plan diff HEAD:PATH PATH, or plan diff REV');
    return [oldSrc, worktreeOf(oldSrc, cwd, git)];
  }
  const newKind = pathKind(newArg, cwd);
  refuseOther(newKind, 'new', newArg);
  if (newKind === 'dir') throw new UsageError(`new side (${safeLine(newArg)}) is a folder`, 'give a plan file or REV:PATH');
  const newSrc = newKind === 'file' ? ({ kind: 'file', path: newArg, label: newArg } as const) : specSource(newArg);
  if (newSrc) return [oldSrc, newSrc];
  throw new UsageError(`new side (${safeLine(newArg)}): no such file`, looksLikePath(newArg) ? 'check the path' : 'a single version compares with a file or REV:PATH; to compare revisions, give two revisions');
}

/** The working-tree file a REV:PATH spec names (paths in specs are from the top of the repository). */
function worktreeOf(spec: GitSource, cwd: string, git: GitOptions, root = gitRoot(git)): Source {
  const abs = /^\.\.?(\/|$)/.test(spec.path) ? resolve(cwd, spec.path) : resolve(root, spec.path);
  const shown = displayFrom(cwd, abs);
  return existsSync(abs) ? { kind: 'file', path: abs, label: shown } : { kind: 'none', label: `${shown} (deleted)` };
}

function displayFrom(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs).split(sep).join('/');
}

function gitRoot(git: GitOptions): string {
  try {
    return repoRoot(git);
  } catch (err) {
    return fromGit(err);
  }
}

// ------------------------------------------------------------------------------------ revision ranges

interface Range {
  /** the revisions as given (shown in labels), and the commits they name */
  from: string;
  to?: string;
  fromCommit: string;
  toCommit?: string;
  paths: string[];
  /** the repository's top folder */
  root: string;
}

/** dashed: a "--" came after the revisions, so a second argument is a revision, never a path. */
function rangeOf(oldArg: string, newArg: string | undefined, paths: string[], cwd: string, git: GitOptions, dashed: boolean): Range {
  // REV1..REV2 as one argument names both revisions.
  const dots = newArg === undefined && !oldArg.includes('...') ? /^(.+?)\.\.(.+)$/.exec(oldArg) : null;
  const fromArg = dots ? dots[1]! : oldArg;
  const toArg = dots ? dots[2]! : newArg;
  const from = verified(fromArg, 'old', git);
  const range = { from: fromArg, fromCommit: from.commit, paths, root: from.root };
  if (toArg === undefined) return range;
  // An argument that exists as a path limits the diff (git diff REV -- PATH); otherwise it is the second revision.
  if (!dots && !dashed && pathKind(toArg, cwd)) return { ...range, paths: [toArg, ...paths] };
  if (!dots && parseSpec(toArg)) throw new UsageError(`cannot compare revision ${safeLine(oldArg)} with ${safeLine(toArg)}`, 'compare two REV:PATH specs (plan diff REV1:PATH REV2:PATH), or two revisions');
  return { ...range, to: toArg, toCommit: verified(toArg, 'new', git, from.root).commit };
}

/** The commit a revision names, and the repository's top folder (found once: root, when known). */
function verified(rev: string, side: Side, git: GitOptions, root?: string): { commit: string; root: string } {
  refuseDash(rev, 'revision');
  let sha: string | undefined;
  try {
    root ??= repoRoot(git);
    sha = resolveCommit(rev, git);
  } catch (err) {
    if (err instanceof GitError && err.code === 'not-a-repo' && looksLikePath(rev)) throw new UsageError(`${side} side (${safeLine(rev)}): no such file`, 'check the path');
    return fromGit(err, side, rev);
  }
  if (sha === undefined) {
    const pathHint = side === 'new' ? 'check the path; for a path no longer in the working tree, put -- before it (plan diff REV -- PATH)' : 'check the path';
    const hint = looksLikePath(rev) ? pathHint : 'name a file, REV:PATH, or a commit, branch or tag (git log --oneline lists them)';
    throw new UsageError(`${side} side (${safeLine(rev)}): ${looksLikePath(rev) ? 'no such file, and not a git revision' : 'unknown revision'}`, hint);
  }
  return { commit: sha, root };
}

const NOT_PLANS = new Set(['council.yaml', 'council.yml', 'plan.config.yaml', 'plan.config.yml']);

/** Whether a changed file is a plan to compare: YAML, outside dot-folders, not a register or config unless named. */
function wanted(file: ChangedFile, named: ReadonlySet<string>, root: string): boolean {
  const path = file.newPath;
  if (named.has(resolve(root, path)) || named.has(resolve(root, file.oldPath))) return /\.ya?ml$/i.test(path);
  if (!/\.ya?ml$/i.test(path)) return false;
  if (path.split('/').some((seg) => seg.startsWith('.'))) return false;
  return !NOT_PLANS.has(basename(path));
}

function looksLikePlan(v: Version): boolean {
  return v.data === undefined || v.doc?.kind !== 'plan' ? false : ['id', 'council', 'service', 'period'].some((k) => v.data?.[k] !== undefined);
}

function rangeDiffs(range: Range, config: Config, git: GitOptions): PlanDiff[] {
  const cwd = git.cwd ?? process.cwd();
  const root = range.root;
  let files: ChangedFile[];
  try {
    files = changedFiles(range.from, range.to, range.paths, git);
  } catch (err) {
    return fromGit(err);
  }
  const named = new Set(range.paths.map((p) => resolve(cwd, p)));
  const chosen = files.filter((x) => wanted(x, named, root));
  // Each revision's versions are read in one go (ls-tree, then one cat-file --batch), not one git process a file.
  const filesAt = (commit: string, paths: string[]): FilesAt => {
    try {
      return readFilesAt(commit, paths, config.limits.maxFileBytes, git);
    } catch (err) {
      return fromGit(err);
    }
  };
  const olds = filesAt(range.fromCommit, chosen.filter((f) => f.status !== 'added').map((f) => f.oldPath));
  const news = range.toCommit ? filesAt(range.toCommit, chosen.filter((f) => f.status !== 'deleted').map((f) => f.newPath)) : undefined;
  const out: PlanDiff[] = [];
  for (const f of chosen) {
    const oldSrc: Source = f.status === 'added' ? { kind: 'none', label: `${range.from}:${f.oldPath} (absent)` } : { kind: 'git', rev: range.from, path: f.oldPath, label: `${range.from}:${f.oldPath}` };
    const newSrc: Source =
      f.status === 'deleted' ? { kind: 'none', label: `${range.to ? `${range.to}:` : ''}${f.newPath} (deleted)` } : range.to ? { kind: 'git', rev: range.to, path: f.newPath, label: `${range.to}:${f.newPath}` } : worktreeOf({ kind: 'git', rev: '', path: f.newPath, label: f.newPath }, cwd, git, root);
    const oldV = readVersion(oldSrc, 'old', config, git, olds);
    const newV = readVersion(newSrc, 'new', config, git, news);
    const isNamed = named.has(resolve(root, f.newPath));
    if (!isNamed && !looksLikePlan(oldV) && !looksLikePlan(newV)) continue;
    out.push(compare(oldV, newV, f.newPath, config));
  }
  return out;
}

// ------------------------------------------------------------------------------------------ the command

/**
 * operands: what the command line gives, in order; afterDashes: those of them that follow "--", or
 * undefined without one. Revisions before "--" are read as revisions and what follows it as paths, even
 * paths gone from the working tree (git diff's rule). Without "--", or with nothing before it, a second
 * argument that is a file in the working tree is a path.
 */
export async function runDiff(operands: readonly string[], afterDashes: readonly string[] | undefined, options: DiffCommandOptions = {}): Promise<number> {
  const split = afterDashes !== undefined && afterDashes.length < operands.length ? operands.length - afterDashes.length : undefined;
  const before = operands.slice(0, split ?? 2);
  const paths = operands.slice(split ?? 2);
  for (const a of before) refuseDash(a, 'revision or path');
  for (const p of paths) refuseDash(p, 'path');
  if (before.length > 2) throw new UsageError(`plan diff takes one or two revisions before --, not ${before.length}`, 'plan diff REV -- PATH, or plan diff REV1 REV2 -- PATH');
  const [oldArg, newSide] = before as [string, string | undefined];
  const dashed = split !== undefined;
  const cwd = process.cwd();
  const git: GitOptions = { cwd };
  const config = configFor(options, cwd);
  const pair = pairSources(oldArg, newSide, cwd, git);
  let diffs: PlanDiff[];
  if (pair) {
    if (paths.length) throw new UsageError('paths after -- limit a diff between revisions, not between two files');
    const [a, b] = pair;
    diffs = [compare(readVersion(a, 'old', config, git), readVersion(b, 'new', config, git), b.kind === 'file' ? displayFrom(cwd, resolve(cwd, b.path)) : b.kind === 'git' ? b.path : a.label, config)];
  } else {
    diffs = rangeDiffs(rangeOf(oldArg, newSide, paths, cwd, git, dashed), config, git);
  }
  process.stdout.write(DIFF_FORMATS[options.format ?? 'text'](diffs, palette(colorFrom(options))));
  const changed = diffs.some((d) => d.changes.length > 0);
  return options.exitCode && changed ? 1 : 0;
}


export const diffCommand: CommandSpec<DiffCommandOptions> = {
  name: 'diff',
  description: 'what changed between two versions of a plan, in the words of the plan (files or git revisions)',
  arguments: [
    { name: '<old>', description: 'a file, REV:PATH, or a git revision' },
    { name: '[new]', description: 'a file, REV:PATH or a git revision (default: the working tree)' },
    { name: '[paths...]', description: 'after --: limit a revision diff to these paths' },
  ],
  options: [
    { flags: '-f, --format <format>', description: 'output format', choices: Object.keys(DIFF_FORMATS), default: 'text' },
    { flags: '--exit-code', description: 'exit 1 when there are changes, 0 when there are none' },
  ],
  examples: [
    '$ plan diff old.yaml new.yaml                                  two files',
    '$ plan diff HEAD~1:plans/southend/learning-2017-18.yaml plans/southend/learning-2017-18.yaml',
    '$ plan diff HEAD~3                                             every plan changed since HEAD~3',
    '$ plan diff v2017-q3 v2017-q4 -- plans/southend                between two tags, one folder',
    '$ plan diff v2017-q4 -- plans/southend/sen-2014.yaml           a plan deleted since that tag',
    '$ plan diff --format markdown HEAD~1 > changes.md',
  ],
  readsPlans: true,
  run: (operands, options, ctx) => runDiff(operands, ctx.afterDashes, options),
};
