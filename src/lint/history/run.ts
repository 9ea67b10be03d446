/**
 * plan lint --history: each plan's versions read through git, the history rules run over them, and each
 * finding placed in the plan as it is now (at the entry it is about, else its item, else the top), with the
 * project's severities and the plan's plan-lint-disable directives applied as to any finding.
 */
import type { Config } from '../../config.js';
import { type Diagnostic, FILE_START, type Severity } from '../../diagnostics.js';
import { GitError } from '../../git.js';
import { readPlanHistory } from '../../history/versions.js';
import type { PathSegment } from '../../load/yaml.js';
import { type Obj, isObj } from '../../model/data.js';
import { type LoadedDoc, classify, loadDocument } from '../../project.js';
import { parseDirectives } from '../directives.js';
import type { HistoryFinding, HistoryPlace, HistoryRule } from './rule.js';
import { HISTORY_RULES } from './rules.js';

export interface HistoryLintResult {
  diagnostics: Diagnostic[];
  /** plans whose history could not be read, and why */
  notes: string[];
}

/** The index of the item in a list with this id (or key field), or -1. */
function indexIn(list: unknown, key: string, value: string): number {
  return Array.isArray(list) ? list.findIndex((x) => isObj(x) && String(x[key]) === value) : -1;
}

/** The path to a place in the plan's data now, as far as the plan still has it. */
export function pathTo(data: unknown, place: HistoryPlace): PathSegment[] {
  if (!isObj(data)) return [];
  const i = indexIn(data[place.section], 'id', place.id);
  if (i < 0) return [];
  let path: PathSegment[] = [place.section, i];
  let item = (data[place.section] as Obj[])[i]!;
  if (place.milestone !== undefined) {
    const j = indexIn(item.milestones, 'id', place.milestone);
    if (j < 0) return path;
    path = [...path, 'milestones', j];
    item = (item.milestones as Obj[])[j]!;
  }
  if (!place.entry) return path;
  const [list, key] = place.entry;
  const field = item[list];
  if (isObj(field)) return key in field ? [...path, list, key] : [...path, list];
  const k = indexIn(field, list === 'reviews' || list === 'updates' ? 'date' : 'period', key);
  return k < 0 ? (field === undefined ? path : [...path, list]) : [...path, list, k];
}

function severityOf(rule: HistoryRule, config: Config): Severity | 'off' {
  return config.rules[rule.meta.id] ?? rule.meta.severity;
}

/** Findings a plan-lint-disable directive on their line acknowledges are left out. */
function undirected(doc: LoadedDoc, found: Diagnostic[]): Diagnostic[] {
  const directives = parseDirectives(doc.yaml.text);
  return found.filter((d) => !directives.some((x) => x.target === d.line && (x.rules.length === 0 || x.rules.includes(d.ruleId))));
}

/** Runs the history rules over each plan file (absolute paths, as lint lists them). */
export function lintHistory(paths: readonly string[], config: Config, options: { cwd?: string; rules?: readonly HistoryRule[]; progress?: (done: number) => void } = {}): HistoryLintResult {
  const rules = (options.rules ?? HISTORY_RULES).filter((r) => severityOf(r, config) !== 'off');
  const result: HistoryLintResult = { diagnostics: [], notes: [] };
  let done = 0;
  for (const path of paths) {
    // Registers and the config are told apart by their names, as the report does.
    if (classify(path, '') !== 'plan' || rules.length === 0) {
      options.progress?.(++done);
      continue;
    }
    let history;
    try {
      history = readPlanHistory(path, config, options.cwd ? { cwd: options.cwd } : {});
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      history = { file: path, versions: [], reason: err.message };
    }
    if (history.reason && history.reason !== 'not in git' && !history.reason.startsWith('git holds no committed')) result.notes.push(`history of ${history.file} not read: ${history.reason}`);
    const ctx = { versions: history.versions, fyStart: config.fiscalYearStart, allowanceDays: config.history?.updateAllowanceDays ?? 30 };
    const found: [HistoryRule, HistoryFinding][] = history.versions.length < 2 ? [] : rules.flatMap((rule) => rule.check(ctx).map((f): [HistoryRule, HistoryFinding] => [rule, f]));
    if (found.length) {
      const doc = loadDocument(path, config, options.cwd ? { cwd: options.cwd } : {});
      const placed = found.map(([rule, f]): Diagnostic => {
        const at = pathTo(doc.data, f.place);
        const range = at.length ? doc.yaml.locate(at, typeof at[at.length - 1] === 'string' ? 'key' : 'value') : FILE_START;
        return { file: doc.file, ...range, severity: severityOf(rule, config) as Severity, ruleId: rule.meta.id, message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
      });
      result.diagnostics.push(...undirected(doc, placed));
    }
    options.progress?.(++done);
  }
  return result;
}
