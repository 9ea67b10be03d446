/**
 * A plan's versions through git: every commit on the main line that changed it, following renames, each
 * read as the plan itself is (size limit, UTF-8, the guarded YAML reader, the schema) and built into the
 * typed model. Two git processes a plan, however long its history: git log, then one cat-file --batch.
 */
import { dirname, relative } from 'node:path';
import type { Config } from '../config.js';
import { type FileAt, GitError, fileLog, readBlobs, repoHead } from '../git.js';
import { displayPath } from '../load/files.js';
import { decodeSource } from '../load/source.js';
import { isObj } from '../model/data.js';
import { todayIn } from '../model/dates.js';
import { buildPlan } from '../model/plan.js';
import { loadDocument } from '../project.js';
import type { PlanHistory, PlanVersion } from './types.js';

/** The versions of the plan at path (absolute), oldest first; a reason instead when git holds none. */
export function readPlanHistory(path: string, config: Config, options: { cwd?: string } = {}): PlanHistory {
  const cwd = options.cwd ?? process.cwd();
  const file = displayPath(path, cwd);
  let root: string;
  try {
    root = repoHead({ cwd: dirname(path) }).root;
  } catch (err) {
    if (err instanceof GitError) return { file, versions: [], reason: err.code === 'not-a-repo' ? 'not in git' : err.message };
    throw err;
  }
  const rel = relative(root, path).split('\\').join('/');
  const log = fileLog(rel, { cwd: root });
  if (log.length === 0) return { file, root, versions: [], reason: `git holds no committed version of ${rel}` };
  const kept = log.filter((c) => !c.deleted).reverse();
  const blobs = readBlobs(kept.map((c) => ({ rev: c.commit, path: c.path })), config.limits.maxFileBytes, { cwd: root });
  const versions = kept.map((c, i) => readVersion(c, blobs[i]!, path, config, cwd));
  return { file, root, versions };
}

function readVersion(c: ReturnType<typeof fileLog>[number], bytes: FileAt, path: string, config: Config, cwd: string): PlanVersion {
  const base = { commit: c.commit, short: c.short, date: c.committed, day: todayIn('Europe/London', new Date(c.committed)), subject: c.subject, path: c.path, ...(c.renamedFrom ? { renamedFrom: c.renamedFrom } : {}) };
  const file = displayPath(path, cwd);
  const empty = (problem: string): PlanVersion => ({ ...base, data: {}, model: buildPlan({}, { file, config }), problem });
  if (bytes === 'missing' || bytes === 'same') return empty(`git holds no file at ${c.path} in ${c.short}`);
  if (bytes === 'too-large') return empty(`over the ${config.limits.maxFileBytes} byte limit for a plan`);
  const decoded = decodeSource(c.path, bytes, config.limits.maxFileBytes);
  if (decoded.diagnostics[0]) return empty(decoded.diagnostics[0].message);
  const doc = loadDocument(path, config, { cwd, text: decoded.text, kind: 'plan' });
  const fatal = doc.diagnostics.find((d) => d.severity === 'error' && d.ruleId.startsWith('yaml/'));
  if (fatal || !isObj(doc.data)) return empty(fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : 'not a plan');
  return { ...base, data: doc.data, model: buildPlan(doc.data, { file, config }) };
}
