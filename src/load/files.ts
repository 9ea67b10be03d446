/**
 * Paths to files: plain files, folders (recursed for *.yaml and *.yml, skipping dot-folders and
 * node_modules, and never looping on symlinks), and globs (* ** ?). A path that matches nothing is a
 * usage error; a folder that cannot be read, or a named path that is a device or pipe, is a note, not a
 * crash or a hang. Paths are never read as options: `plan lint -- -odd.yaml` names a file.
 */
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export interface Expanded {
  files: string[];
  /** paths the user named that match nothing or cannot be read: usage errors */
  missing: string[];
  /** folders skipped on the way (loops, permissions), and named paths that are not files; as displayed */
  skipped: { path: string; reason: string }[];
}

const YAML_FILE = /\.ya?ml$/i;

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symlink loop';
  if (code === 'ENOENT') return 'no such file or folder';
  return code ?? 'unreadable';
}

function walk(dir: string, out: string[], skipped: Expanded['skipped'], seen: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    skipped.push({ path: dir, reason: reasonOf(err) });
    return;
  }
  if (seen.has(real)) {
    skipped.push({ path: dir, reason: 'folder already visited through another path (a symlink loop or a second link to it)' });
    return;
  }
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    skipped.push({ path: dir, reason: reasonOf(err) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        skipped.push({ path: p, reason: `broken link (${reasonOf(err)})` });
        continue;
      }
    }
    if (isDir) walk(p, out, skipped, seen);
    else if (isFile && YAML_FILE.test(e.name)) out.push(p);
  }
}

export function expandPaths(paths: readonly string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: Expanded['skipped'] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (/[*?]/.test(p)) {
      const firstMeta = p.search(/[*?]/);
      const base = p.slice(0, p.lastIndexOf('/', firstMeta) + 1) || '.';
      const re = globToRegExp(resolve(cwd, p).split(sep).join('/'));
      const found: string[] = [];
      walk(resolve(cwd, base), found, skipped, new Set());
      const matched = found.filter((f) => re.test(f.split(sep).join('/')));
      if (matched.length === 0) missing.push(p);
      files.push(...matched);
      continue;
    }
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(abs, files, skipped, seen);
    else if (st.isFile()) files.push(abs);
    // A pipe or device could block the read or never end: never open one as a plan.
    else skipped.push({ path: p, reason: 'not a regular file (a device, pipe or socket)' });
  }
  // Skipped paths are for people: relative to the working folder where they are under it.
  return { files: [...new Set(files)], missing, skipped: skipped.map((s) => ({ ...s, path: displayPath(s.path, cwd) })) };
}

/**
 * A file as shown to people: relative to the working folder when under it, with forward slashes. A
 * normalised path under the folder is cut (underFolder); anything else is left to path.relative.
 */
export function displayPath(file: string, cwd = process.cwd()): string {
  const under = underFolder(file, cwd);
  if (under !== undefined) return under;
  const rel = relative(cwd, file);
  return (rel && !rel.startsWith('..') ? rel : file).split(sep).join('/');
}

/**
 * file's path below cwd, when cutting cwd off gives what path.relative would: cwd absolute, not the root,
 * and followed by a separator, and nothing after it to normalise ('.', '..', '//', a slash first or last; a
 * name starting with a dot is left to path.relative too). POSIX only: Windows compares paths without case.
 */
export function underFolder(file: string, cwd: string): string | undefined {
  if (sep !== '/' || cwd.charCodeAt(0) !== 0x2f || cwd.charCodeAt(cwd.length - 1) === 0x2f) return undefined;
  if (file.charCodeAt(cwd.length) !== 0x2f || !file.startsWith(cwd)) return undefined;
  const rest = file.slice(cwd.length + 1);
  if (rest === '' || rest.charCodeAt(0) === 0x2e || rest.charCodeAt(0) === 0x2f || rest.includes('/.') || rest.includes('//') || rest.endsWith('/')) return undefined;
  return rest;
}
