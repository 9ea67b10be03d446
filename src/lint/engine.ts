/**
 * Lint: three stages reported together for every file (YAML syntax, schema, semantic rules), one file's
 * failure never stopping the others. Files are processed one at a time and let go: only their findings
 * (and, for project rules, a small summary) are kept, so a corpus of thousands of plans lints in bounded
 * memory. Rule severities come from the rule's metadata unless the project config says otherwise.
 */
import type { Config } from '../config.js';
import { matrixById } from '../config.js';
import { type Diagnostic, sortDiagnostics } from '../diagnostics.js';
import { locate } from '../load/yaml.js';
import type { Day } from '../model/dates.js';
import { checkMatrix, type Matrix } from '../model/matrix.js';
import { isError, parsePlanPeriod } from '../model/period.js';
import { Councils, type LoadedDoc, loadDocument } from '../project.js';
import { isObj } from './access.js';
import { applyDirectives } from './directives.js';
import type { Finding, PlanContext, PlanSummary, Rule } from './rule.js';
import { RULES } from './rules.js';

export interface LintOptions {
  config: Config;
  asOf: Day;
  cwd?: string;
  rules?: readonly Rule[];
  /** keep only findings this accepts (--quiet keeps errors), so a large corpus does not hold the rest */
  keep?: (d: Diagnostic) => boolean;
}

export interface LintResult {
  /** every file checked, as shown to the user */
  files: string[];
  diagnostics: Diagnostic[];
  /** source text of files whose findings show an excerpt (syntax errors) */
  sources: Map<string, string>;
}

function toDiagnostic(doc: LoadedDoc, rule: Rule, config: Config, f: Finding): Diagnostic | undefined {
  // A configured severity replaces the rule's own, including any gentler one it chose for a finding.
  const severity = config.rules[rule.meta.id] ?? f.severity ?? rule.meta.severity;
  if (severity === 'off') return undefined;
  return { file: doc.file, ...locate(doc.yaml, f.path, f.at), severity, ruleId: rule.meta.id, message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
}

interface Collected {
  rule: Rule;
  plans: PlanSummary<unknown>[];
}

/** Lints one loaded document: its own load and schema findings, then every rule. */
function lintOne(doc: LoadedDoc, councils: Councils, options: LintOptions, rules: readonly Rule[], collected: Collected[]): Diagnostic[] {
  const { config } = options;
  const out: Diagnostic[] = [...doc.diagnostics];
  if (doc.kind === 'matrix' && doc.schemaValid) {
    for (const problem of checkMatrix(doc.data as Matrix)) out.push({ file: doc.file, ...locate(doc.yaml, ['bands']), severity: 'error', ruleId: 'matrix-bands', message: `matrix: ${problem}` });
  }
  if (doc.kind !== 'plan' || !isObj(doc.data)) return out;
  const plan = doc.data;
  const councilDoc = councils.forPlan(doc.path);
  const council = councilDoc && isObj(councilDoc.data) ? councilDoc.data : undefined;
  const matrixId = typeof plan.riskMatrix === 'string' ? plan.riskMatrix : config.riskMatrix;
  const matrix = matrixById(config, matrixId);
  const period = parsePlanPeriod(plan.period, config.fiscalYearStart);
  for (const rule of rules) {
    if (config.rules[rule.meta.id] === 'off' || (!rule.checkPlan && !rule.project)) continue;
    const ctx: PlanContext = {
      file: doc.file,
      plan,
      config,
      fyStart: config.fiscalYearStart,
      asOf: options.asOf,
      ...(isError(period) ? {} : { period }),
      ...(matrix ? { matrix } : {}),
      matrixId,
      ...(council ? { council } : {}),
      report: (f) => {
        const d = toDiagnostic(doc, rule, config, f);
        if (d) out.push(d);
      },
    };
    try {
      rule.checkPlan?.(ctx);
      if (rule.project) {
        const summary = rule.project.collect(ctx);
        if (summary !== undefined) collected.find((c) => c.rule === rule)?.plans.push({ file: doc.path, ...(council ? { council } : {}), summary });
      }
    } catch (err) {
      // A rule that fails on odd input must not take the other rules or files down with it.
      out.push({ file: doc.file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: rule.meta.id, message: `internal error in rule ${rule.meta.id}: ${err instanceof Error ? err.message : String(err)}`, hint: 'please report this with the file that caused it' });
    }
  }
  return doc.yaml.text.includes('plan-lint-disable') ? applyDirectives(doc.file, doc.yaml.text, out) : out;
}

/** Lints documents already loaded (tests, or callers that hold text in memory). */
export function lintDocuments(docs: readonly LoadedDoc[], councils: Councils, options: LintOptions): Diagnostic[] {
  for (const d of docs) if (d.kind === 'council') councils.add(d);
  const byPath = new Map(docs.map((d) => [d.path, d]));
  return run(docs.map((d) => () => d), councils, options, (path) => byPath.get(path)!).diagnostics;
}

/** Lints files from disk, one at a time. */
export function lintFiles(paths: readonly string[], options: LintOptions): LintResult {
  const councils = new Councils(options.config, options.cwd);
  const load = (p: string) => loadDocument(p, options.config, options.cwd ? { cwd: options.cwd } : {});
  return run(
    paths.map((p) => () => load(p)),
    councils,
    options,
    load,
  );
}

/** reopen: how to get a document back for a project rule's finding (from disk, or from memory). */
function run(loaders: readonly (() => LoadedDoc)[], councils: Councils, options: LintOptions, reopen: (path: string) => LoadedDoc): LintResult {
  const rules = options.rules ?? RULES;
  const collected: Collected[] = rules.filter((r) => r.project && options.config.rules[r.meta.id] !== 'off').map((rule) => ({ rule, plans: [] }));
  const result: LintResult = { files: [], diagnostics: [], sources: new Map() };
  const shown = new Map<string, string>();
  for (const load of loaders) {
    const doc = load();
    if (doc.kind === 'council') councils.add(doc);
    result.files.push(doc.file);
    shown.set(doc.path, doc.file);
    const found = lintOne(doc, councils, options, rules, collected);
    if (found.some((d) => d.ruleId.startsWith('yaml/'))) result.sources.set(doc.file, doc.yaml.text);
    for (const d of found) if (!options.keep || options.keep(d)) result.diagnostics.push(d);
  }
  // Project rules: positions are found again, from the file, only for the findings there are.
  for (const { rule, plans } of collected) {
    const reloaded = new Map<string, LoadedDoc>();
    const report = (path: string, f: Finding) => {
      let doc = reloaded.get(path);
      if (!doc) {
        doc = reopen(path);
        reloaded.set(path, doc);
      }
      const d = toDiagnostic(doc, rule, options.config, f);
      if (d) result.diagnostics.push(d);
    };
    try {
      rule.project!.check(plans, report);
    } catch (err) {
      result.diagnostics.push({ file: result.files[0] ?? '', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: rule.meta.id, message: `internal error in rule ${rule.meta.id}: ${err instanceof Error ? err.message : String(err)}`, hint: 'please report this with the files that caused it' });
    }
  }
  // A council register that plans depend on but that was not named: its faults explain theirs.
  for (const extra of councils.loadedImplicitly()) {
    if (!shown.has(extra.path)) result.diagnostics.push(...extra.diagnostics);
  }
  result.diagnostics = sortDiagnostics(result.diagnostics);
  return result;
}
