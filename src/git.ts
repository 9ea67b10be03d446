/**
 * Safe git access for plan diff. git is run directly (never through a shell) with an argument array; every
 * revision and path from the user is refused if it begins with '-' and is passed after --end-of-options (or
 * --), so it can never be read as an option. No prompts, no pager, bounded time and output.
 */
import { spawnSync } from 'node:child_process';

export type GitErrorCode = 'no-git' | 'not-a-repo' | 'bad-revision' | 'no-path' | 'unsafe' | 'timeout' | 'too-large' | 'failed';

export class GitError extends Error {
  constructor(
    message: string,
    readonly code: GitErrorCode,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export interface GitOptions {
  cwd?: string;
  /** per git call; default 20 s */
  timeoutMs?: number;
  /** the most output read from one call; default 64 MB */
  maxBuffer?: number;
}

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;

/** Refuses what could be read as an option, or cannot be passed as one argument. */
export function assertSafeArg(value: string, what: string): void {
  if (value === '') throw new GitError(`${what} is empty`, 'unsafe');
  if (value.startsWith('-')) {
    throw new GitError(`${what} '${value}' begins with '-': refused, so that it cannot be read as an option`, 'unsafe', "name a file that begins with '-' as ./-name");
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000\n\r]/.test(value)) throw new GitError(`${what} contains a control character: refused`, 'unsafe');
}

/**
 * Variables that tie git to one repository whatever the folder it runs in (git hooks export GIT_DIR and
 * GIT_INDEX_FILE): cleared, so that each plan's repository is the one its folder is in, as git's own
 * submodule code does.
 */
const REPOSITORY_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_IMPLICIT_WORK_TREE', 'GIT_PREFIX', 'GIT_NAMESPACE', 'GIT_SHALLOW_FILE'];

function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    LC_ALL: 'C',
    LANGUAGE: 'C',
  };
}

function gitArgs(args: readonly string[]): string[] {
  return ['--no-pager', '-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args];
}

/** Runs git with these arguments (and input, for the --batch commands); throws GitError when git cannot be run at all. */
export function runGit(args: readonly string[], options: GitOptions & { input?: string } = {}): GitResult {
  const r = spawnSync('git', gitArgs(args), {
    cwd: options.cwd ?? process.cwd(),
    env: gitEnv(),
    shell: false,
    windowsHide: true,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    ...(options.input === undefined ? {} : { input: options.input }),
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBuffer: options.maxBuffer ?? DEFAULT_MAX_BUFFER,
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GitError('git is not installed or not on the PATH', 'no-git', 'install git, or run plan diff with two files');
    if (code === 'ETIMEDOUT') throw new GitError(`git ${args[0] ?? ''} took too long and was stopped`, 'timeout');
    if (code === 'ENOBUFS') throw new GitError(`git ${args[0] ?? ''} produced more output than plan diff reads`, 'too-large');
    throw new GitError(`git could not be run: ${r.error.message}`, 'failed');
  }
  if (r.signal) throw new GitError(`git ${args[0] ?? ''} was stopped (${r.signal})`, r.signal === 'SIGTERM' ? 'timeout' : 'failed');
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

function firstLine(stderr: string): string {
  return (stderr.split('\n').find((l) => l.trim()) ?? '').replace(/^(fatal|error): /, '').trim();
}

export const NOT_A_REPO = 'not in a git repository: run plan diff with two files, or from inside the plans repository';

/** Why git could not find the repository: 'not-a-repo' outside one, else what git said. */
function repoFailure(r: GitResult): GitError {
  if (/not a git repository/i.test(r.stderr)) return new GitError(NOT_A_REPO, 'not-a-repo');
  return new GitError(`git cannot read this repository: ${firstLine(r.stderr) || `git exited with ${r.status}`}`, 'failed');
}

/** The repository's top folder; GitError 'not-a-repo' outside one. */
export function repoRoot(options: GitOptions = {}): string {
  const r = runGit(['rev-parse', '--show-toplevel'], options);
  if (r.status !== 0) throw repoFailure(r);
  return r.stdout.toString('utf8').trim();
}

/**
 * The repository's top folder and its HEAD commit, abbreviated (undefined when it has no commits yet), asked
 * of one git process rather than two; GitError as repoRoot.
 */
export function repoHead(options: GitOptions = {}): { root: string; head?: string } {
  const r = runGit(['rev-parse', '--show-toplevel', '--verify', '--quiet', '--short', 'HEAD'], options);
  // The top folder is printed first, and then, when HEAD names a commit, the commit: a repository without
  // commits prints the folder and exits 1; anything else that fails (not a repository) prints nothing.
  const lines = r.stdout.toString('utf8').replace(/\n$/, '').split('\n');
  if (r.status === 0 && lines.length >= 2) return { root: lines.slice(0, -1).join('\n'), head: lines[lines.length - 1]! };
  if (r.status === 1 && lines.length === 1 && lines[0] !== '') return { root: lines[0]! };
  throw repoFailure(r);
}

/** The commit a revision names, or undefined when it names none. */
export function resolveCommit(rev: string, options: GitOptions = {}): string | undefined {
  assertSafeArg(rev, 'revision');
  const r = runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], options);
  return r.status === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

/** As resolveCommit, but a revision that names no commit is an error. */
export function verifyCommit(rev: string, options: GitOptions = {}): string {
  const sha = resolveCommit(rev, options);
  if (sha === undefined) throw new GitError(`unknown revision '${rev}'`, 'bad-revision', 'name a commit, branch or tag (git log --oneline lists them)');
  return sha;
}

/** A git object spec: REV:PATH (an empty REV means the index). */
export interface Spec {
  rev: string;
  path: string;
}

export function parseSpec(text: string): Spec | undefined {
  const i = text.indexOf(':');
  return i === -1 ? undefined : { rev: text.slice(0, i), path: text.slice(i + 1) };
}

/** The bytes of PATH as it was at REV (git cat-file blob REV:PATH). */
export function showFile(spec: Spec, options: GitOptions = {}): Buffer {
  if (spec.rev !== '') verifyCommit(spec.rev, options);
  if (spec.path === '') throw new GitError(`'${spec.rev}:' names no file`, 'no-path', 'write REV:PATH, for example HEAD~1:plans/southend/learning-2017-18.yaml');
  if (spec.path.startsWith('-')) assertSafeArg(spec.path, 'path');
  // cat-file, not show: show takes a REV:PATH it cannot find for a pathspec when the path has a '*' in it,
  // and prints nothing.
  const r = runGit(['cat-file', 'blob', '--end-of-options', `${spec.rev}:${spec.path}`], options);
  if (r.status !== 0) {
    const why = firstLine(r.stderr);
    if (/does not exist|exists on disk, but not in|not in the index|invalid object name/i.test(why)) {
      throw new GitError(`${spec.path} does not exist in ${spec.rev || 'the index'}`, 'no-path', 'paths in REV:PATH are from the top of the repository; use REV:./PATH for a path from here');
    }
    throw new GitError(`git show ${spec.rev}:${spec.path} failed: ${why}`, 'failed');
  }
  return r.stdout;
}

export type FileStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'copied' | 'other';

export interface ChangedFile {
  status: FileStatus;
  /** path at the old revision (from the top of the repository) */
  oldPath: string;
  /** path at the new revision or in the working tree */
  newPath: string;
}

const STATUS: Record<string, FileStatus> = { A: 'added', D: 'deleted', M: 'modified', R: 'renamed', C: 'copied', T: 'modified' };

/** Parses git diff --name-status -z output. */
export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++] ?? '';
    if (!code) continue;
    const letter = code[0]!;
    const first = parts[i++] ?? '';
    if (letter === 'R' || letter === 'C') {
      const second = parts[i++] ?? '';
      files.push({ status: STATUS[letter]!, oldPath: first, newPath: second });
    } else {
      files.push({ status: STATUS[letter] ?? 'other', oldPath: first, newPath: first });
    }
  }
  return files;
}

/** The files that differ between two revisions, or between a revision and the working tree (to undefined). */
export function changedFiles(from: string, to: string | undefined, paths: readonly string[], options: GitOptions = {}): ChangedFile[] {
  assertSafeArg(from, 'revision');
  if (to !== undefined) assertSafeArg(to, 'revision');
  for (const p of paths) assertSafeArg(p, 'path');
  // Paths are literal: a file named ':x.yaml' or '*.yaml' is that file, not pathspec magic or a glob.
  const r = runGit(['--literal-pathspecs', 'diff', '--name-status', '-z', '--no-ext-diff', '--no-textconv', '-M', '--end-of-options', from, ...(to === undefined ? [] : [to]), '--', ...paths], options);
  if (r.status !== 0) throw new GitError(`git diff failed: ${firstLine(r.stderr)}`, 'failed');
  return parseNameStatus(r.stdout.toString('utf8'));
}

/**
 * The files renamed between a commit and the index (git mv, committed or staged), as each one's path now to
 * its path in that commit.
 */
export function renamedSince(commit: string, options: GitOptions = {}): Map<string, string> {
  assertSafeArg(commit, 'revision');
  const r = runGit(['diff', '--cached', '--name-status', '-z', '--no-ext-diff', '--no-textconv', '-M', '--diff-filter=R', '--end-of-options', commit, '--'], options);
  if (r.status !== 0) throw new GitError(`git diff failed: ${firstLine(r.stderr)}`, 'failed');
  return new Map(parseNameStatus(r.stdout.toString('utf8')).map((f) => [f.newPath, f.oldPath]));
}

/** The folders holding these repository paths ('.' for the top), each once: pathspecs for git to match. */
export function foldersOf(paths: Iterable<string>): string[] {
  return [...new Set([...paths].map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.')))];
}

/** What readFilesAt found at a path: its bytes, or why there are none, or that it is the object the caller has. */
export type FileAt = Buffer | 'missing' | 'too-large' | 'same';

/** The files of one commit, by path (readFilesAt). */
export type FilesAt = ReadonlyMap<string, FileAt>;

interface Blob {
  path: string;
  oid: string;
  size: number;
}

interface Listed {
  found: Map<string, FileAt>;
  /** the blobs to read */
  wanted: Blob[];
}

/**
 * The files at these paths in one commit, read with two git processes however many paths there are: ls-tree
 * lists the blobs under the paths' folders with their sizes, then cat-file --batch reads, by object id,
 * those within maxBytes (nothing over the limit is ever read). Each path's bytes, 'missing' where the commit
 * has no file there, 'too-large' over maxBytes, 'same' (not read) where have gives the object id the
 * commit holds for it.
 */
export function readFilesAt(commit: string, paths: readonly string[], maxBytes: number, options: GitOptions & { have?: ReadonlyMap<string, string> } = {}): Map<string, FileAt> {
  const { have, ...gitOptions } = options;
  const { found, wanted } = listFilesAt(commit, paths, maxBytes, have, gitOptions);
  catFiles(commit, wanted, found, gitOptions);
  return found;
}

function listFilesAt(commit: string, paths: readonly string[], maxBytes: number, have: ReadonlyMap<string, string> | undefined, gitOptions: GitOptions): Listed {
  const found = new Map<string, FileAt>();
  const wanted: Blob[] = [];
  for (const p of paths) found.set(p, 'missing');
  if (paths.length === 0) return { found, wanted };
  const folders = foldersOf(paths);
  // Paths from the top of the repository, taken literally (a folder named ':x' or '*' is that folder).
  const tree = runGit(['--literal-pathspecs', 'ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', ...folders], gitOptions);
  if (tree.status !== 0) throw new GitError(`git cannot read commit ${commit}: ${firstLine(tree.stderr)}`, 'failed');
  // Each: "<mode> blob <oid> <size, padded>\t<path>", NUL-terminated; trees and submodules are not files.
  for (const entry of tree.stdout.toString('utf8').split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+) +(\S+)\t([\s\S]*)$/.exec(entry);
    if (!m || !found.has(m[3]!)) continue;
    if (have?.get(m[3]!) === m[1]) {
      found.set(m[3]!, 'same');
      continue;
    }
    if (!/^\d+$/.test(m[2]!)) continue; // no size ('BAD'): git cannot read the object, so it is not there
    const size = Number(m[2]);
    if (size > maxBytes) found.set(m[3]!, 'too-large');
    else wanted.push({ path: m[3]!, oid: m[1]!, size });
  }
  return { found, wanted };
}

/** Reads the blobs with one cat-file --batch, waiting for it, into found. */
function catFiles(commit: string, wanted: readonly Blob[], found: Map<string, FileAt>, gitOptions: GitOptions): void {
  if (wanted.length === 0) return;
  const total = wanted.reduce((n, w) => n + w.size, 0);
  const batch = runGit(['cat-file', '--batch'], { ...gitOptions, input: `${wanted.map((w) => w.oid).join('\n')}\n`, maxBuffer: total + wanted.length * 128 + 4096 });
  if (batch.status !== 0) throw new GitError(`git cannot read commit ${commit}: ${firstLine(batch.stderr)}`, 'failed');
  // Each: "<oid> blob <size>\n", the bytes, "\n".
  const out = batch.stdout;
  let at = 0;
  for (const { path } of wanted) {
    const eol = out.indexOf(0x0a, at);
    const m = eol === -1 ? null : /^[0-9a-f]+ blob (\d+)$/.exec(out.toString('utf8', at, eol));
    if (!m) throw new GitError(`git gave an unexpected answer reading ${path} at ${commit}`, 'failed');
    const size = Number(m[1]);
    found.set(path, out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
}

/** One commit that changed a file, as fileLog lists it. */
export interface FileCommit {
  commit: string;
  short: string;
  /** the committer date as git gives it: ISO 8601 with the committer's offset */
  committed: string;
  subject: string;
  /** the file's path in this commit, from the top of the repository */
  path: string;
  /** its path in the commit before, when this commit moved it (git mv) */
  renamedFrom?: string;
  /** this commit deleted the file */
  deleted?: boolean;
}

/** A path as git log prints it: C-quoted (with core.quotePath off) only when it holds quotes, backslashes or control characters. */
function unquotePath(text: string): string {
  if (!text.startsWith('"')) return text;
  try {
    return JSON.parse(text.replace(/\\([0-7]{3})/g, (_, o: string) => `\\u00${Number.parseInt(o, 8).toString(16).padStart(2, '0')}`)) as string;
  } catch {
    return text;
  }
}

/**
 * The commits on the main line (HEAD and its first parents) that changed a file, newest first, following
 * it across renames (git log --follow), with its path in each. A merge counts as the change it brought to
 * the main line. path is from the top of the repository.
 */
export function fileLog(path: string, options: GitOptions = {}): FileCommit[] {
  assertSafeArg(path, 'path');
  const r = runGit(['--literal-pathspecs', 'log', '--follow', '--first-parent', '--diff-merges=first-parent', '-M', '--no-ext-diff', '--no-textconv', '--name-status', '--format=%x1e%H%x1f%h%x1f%cI%x1f%s', 'HEAD', '--', path], options);
  if (r.status !== 0) {
    const why = firstLine(r.stderr);
    // A repository with no commits yet has no HEAD, and so no history.
    if (/does not have any commits|unknown revision or path|bad default revision/i.test(why)) return [];
    if (/not a git repository/i.test(r.stderr)) throw new GitError(NOT_A_REPO, 'not-a-repo');
    throw new GitError(`git log failed: ${why}`, 'failed');
  }
  const out: FileCommit[] = [];
  for (const record of r.stdout.toString('utf8').split('\x1e')) {
    if (!record.trim()) continue;
    const [head = '', ...lines] = record.split('\n');
    const [commit, short, committed, subject = ''] = head.split('\x1f');
    if (!commit || !short || !committed) continue;
    const status = lines.map((l) => l.split('\t')).find((parts) => parts.length >= 2 && /^[A-Z]/.test(parts[0]!));
    if (!status) continue;
    const letter = status[0]![0];
    const entry: FileCommit = { commit, short, committed, subject, path: unquotePath(status[status.length - 1]!) };
    if ((letter === 'R' || letter === 'C') && status.length >= 3) entry.renamedFrom = unquotePath(status[1]!);
    if (letter === 'D') entry.deleted = true;
    out.push(entry);
  }
  return out;
}

/**
 * The bytes of files at commits (REV:PATH each), read with one git cat-file --batch: each one's bytes, or
 * 'missing', or 'too-large' over maxBytes (read, then dropped).
 */
export function readBlobs(specs: readonly Spec[], maxBytes: number, options: GitOptions = {}): FileAt[] {
  if (specs.length === 0) return [];
  for (const s of specs) {
    assertSafeArg(s.rev, 'revision');
    assertSafeArg(s.path, 'path');
  }
  const input = `${specs.map((s) => `${s.rev}:${s.path}`).join('\n')}\n`;
  const batch = runGit(['cat-file', '--batch'], { ...options, input, maxBuffer: Math.min(2 ** 31 - 1, specs.length * (maxBytes + 256) + 4096) });
  if (batch.status !== 0) throw new GitError(`git cannot read the file's history: ${firstLine(batch.stderr)}`, 'failed');
  const out = batch.stdout;
  const found: FileAt[] = [];
  let at = 0;
  for (const s of specs) {
    const eol = out.indexOf(0x0a, at);
    const line = eol === -1 ? '' : out.toString('utf8', at, eol);
    if (/ missing$/.test(line)) {
      found.push('missing');
      at = eol + 1;
      continue;
    }
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(line);
    if (!m) throw new GitError(`git gave an unexpected answer reading ${s.rev}:${s.path}`, 'failed');
    const size = Number(m[2]);
    found.push(m[1] !== 'blob' ? 'missing' : size > maxBytes ? 'too-large' : out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return found;
}
