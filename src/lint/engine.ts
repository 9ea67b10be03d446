/**
 * Lint: three stages reported together for every file (YAML syntax, schema, semantic rules), one file's
 * failure never stopping the others. Files are processed one at a time and let go: only their findings
 * (and, for project rules, a small summary) are kept, so a corpus of thousands of plans lints in bounded
 * memory. Rule severities come from the rule's metadata unless the project config says otherwise.
 */
import type { Config } from '../config.js';
import { matrixById } from '../config.js';
import { type Diagnostic, FILE_START, type Severity, sortDiagnostics } from '../diagnostics.js';
import type { Day } from '../model/dates.js';
import { checkMatrix, type Matrix } from '../model/matrix.js';
import { isError, parsePlanPeriod } from '../model/period.js';
import { Councils, type LoadedDoc, loadDocument } from '../project.js';
import { isObj } from './access.js';
import { applyDirectives } from './directives.js';
import type { Finding, Fix, PlanContext, PlanSummary, Rule } from './rule.js';
import { RULES } from './rules.js';

export interface LintOptions {
  config: Config;
  asOf: Day;
  cwd?: string;
  rules?: readonly Rule[];
  /** Which findings to keep: 'errors' (--quiet) keeps errors only, still counting warnings. */
  show?: 'all' | 'errors';
  /** Told how many files are done, after each: for a progress line. */
  progress?: (done: number) => void;
  /** Rules that directives may name but that this pass does not run (the history rules): never reported unused. */
  notRun?: ReadonlySet<string>;
  /** Told each mend the rules offer (plan lint --fix), with the plan's absolute path. */
  fixes?: (path: string, fix: Fix) => void;
}

export interface LintResult {
  /** every file checked, as shown to the user */
  files: string[];
  diagnostics: Diagnostic[];
  /** source text of files whose findings show an excerpt (syntax errors) */
  sources: Map<string, string>;
  /** warnings found, shown or not (for --max-warnings) */
  warnings: number;
}

/** Counts what is dropped; keeps what is shown. */
interface Kept {
  diagnostics: Diagnostic[];
  warnings: number;
}

function keep(into: Kept, d: Diagnostic, show: LintOptions['show']): void {
  if (d.severity === 'warning') into.warnings++;
  if (show !== 'errors' || d.severity === 'error') into.diagnostics.push(d);
}

/** A configured severity replaces the rule's own, including any gentler one it chose for a finding. */
function severityOf(rule: Rule, config: Config, f: Finding): Severity | 'off' {
  return config.rules[rule.meta.id] ?? f.severity ?? rule.meta.severity;
}

/** A rule that threw, reported as an error of its own at the top of a file. */
function internalError(file: string, rule: Rule, err: unknown, what: string): Diagnostic {
  return { file, ...FILE_START, severity: 'error', ruleId: rule.meta.id, message: `internal error in rule ${rule.meta.id}: ${err instanceof Error ? err.message : String(err)}`, hint: `please report this with ${what} that caused it` };
}

/** A finding placed in its file (its line and column found now). */
function place(doc: LoadedDoc, rule: Rule, severity: Severity, f: Finding): Diagnostic {
  return { file: doc.file, ...doc.yaml.locate(f.path, f.at), severity, ruleId: rule.meta.id, message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
}

interface Collected {
  rule: Rule;
  plans: PlanSummary<unknown>[];
}

/** The rules that run on plans under the config. */
function activeRules(rules: readonly Rule[], config: Config): Rule[] {
  return rules.filter((rule) => config.rules[rule.meta.id] !== 'off' && (rule.checkPlan || rule.project));
}

/** Lints one loaded document: its own load and schema findings, then every rule, then its directives. */
function lintOne(doc: LoadedDoc, councils: Councils, options: LintOptions, rules: readonly Rule[], collected: Collected[]): Diagnostic[] {
  const { config } = options;
  const out: Diagnostic[] = [...doc.diagnostics];
  if (doc.kind === 'matrix' && doc.schemaValid) {
    for (const problem of checkMatrix(doc.data as Matrix)) out.push({ file: doc.file, ...doc.yaml.locate(['bands']), severity: 'error', ruleId: 'matrix-bands', message: `matrix: ${problem}` });
  }
  if (doc.kind !== 'plan' || !isObj(doc.data)) return out;
  const plan = doc.data;
  const councilDoc = councils.forPlan(doc.path);
  const council = councilDoc && isObj(councilDoc.data) ? councilDoc.data : undefined;
  const matrixId = typeof plan.riskMatrix === 'string' ? plan.riskMatrix : config.riskMatrix;
  const matrix = matrixById(config, matrixId);
  const period = parsePlanPeriod(plan.period, config.fiscalYearStart);
  // One context for the plan, given to each rule in turn: only the rule that reports differs.
  let rule: Rule;
  const fixFor = new Map<Diagnostic, Fix>();
  const ctx: PlanContext = {
    file: doc.file,
    plan,
    config,
    fyStart: config.fiscalYearStart,
    asOf: options.asOf,
    period: isError(period) ? undefined : period,
    matrix,
    matrixId,
    council,
    ...(councilDoc && !council ? { unreadableCouncil: councilDoc.file } : {}),
    yaml: doc.yaml,
    report: (f) => {
      const severity = severityOf(rule, config, f);
      if (severity === 'off') return;
      const placed = place(doc, rule, severity, f);
      out.push(placed);
      if (f.fix && options.fixes) fixFor.set(placed, f.fix);
    },
    offerFix: (fix) => {
      if (config.rules[rule.meta.id] !== 'off') options.fixes?.(doc.path, fix);
    },
  };
  for (rule of rules) {
    try {
      rule.checkPlan?.(ctx);
      if (rule.project) {
        const summary = rule.project.collect(ctx);
        if (summary !== undefined) collected.find((c) => c.rule === rule)?.plans.push({ file: doc.path, ...(council ? { council } : {}), summary });
      }
    } catch (err) {
      // A rule that fails on odd input must not take the other rules or files down with it.
      out.push(internalError(doc.file, rule, err, 'the file'));
    }
  }
  const kept = applyDirectives(doc.file, doc.yaml.text, out, options.notRun);
  // A finding a directive acknowledges is left as the officer wrote it: no mend for it.
  for (const d of kept) {
    const fix = fixFor.get(d);
    if (fix) options.fixes?.(doc.path, fix);
  }
  return kept;
}

/** Lints one loaded file into the lists given: its name, the findings kept, its text when it has YAML errors. */
function lintInto(doc: LoadedDoc, councils: Councils, options: LintOptions, rules: readonly Rule[], collected: Collected[], files: string[], kept: Kept, source: (file: string, text: string) => void): void {
  if (doc.kind === 'council') councils.add(doc);
  files.push(doc.file);
  const found = lintOne(doc, councils, options, rules, collected);
  if (found.some((d) => d.ruleId.startsWith('yaml/'))) source(doc.file, doc.yaml.text);
  for (const d of found) keep(kept, d, options.show);
}

/** Lints documents already loaded (tests, or callers that hold text in memory). */
export function lintDocuments(docs: readonly LoadedDoc[], councils: Councils, options: LintOptions): Diagnostic[] {
  for (const d of docs) if (d.kind === 'council') councils.add(d);
  const byPath = new Map(docs.map((d) => [d.path, d]));
  return run(docs.map((d) => () => d), councils, options, (path) => byPath.get(path)!).diagnostics;
}

/** Lints files from disk, one at a time: paths as expandPaths lists them. */
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

function collectorsFor(rules: readonly Rule[], options: LintOptions): Collected[] {
  return rules.filter((r) => r.project && options.config.rules[r.meta.id] !== 'off').map((rule) => ({ rule, plans: [] }));
}

/**
 * The end of every run: the rules across plans, then the faults of council registers that plans depend on
 * but that were not named (they explain the plans'), then the findings in order.
 */
function finish(collected: readonly Collected[], result: LintResult, councils: Councils, shown: ReadonlySet<string>, options: LintOptions, reopen: (path: string) => LoadedDoc): LintResult {
  checkAcross(collected, result, options, reopen);
  for (const extra of councils.loadedImplicitly()) if (!shown.has(extra.path)) for (const d of extra.diagnostics) keep(result, d, options.show);
  result.diagnostics = sortDiagnostics(result.diagnostics);
  return result;
}

/** Rules across plans: positions are found again, from the file, only for the findings there are. */
function checkAcross(collected: readonly Collected[], result: LintResult, options: LintOptions, reopen: (path: string) => LoadedDoc): void {
  for (const { rule, plans } of collected) {
    const reloaded = new Map<string, LoadedDoc>();
    const report = (path: string, f: Finding) => {
      const severity = severityOf(rule, options.config, f);
      if (severity === 'off') return;
      let doc = reloaded.get(path);
      if (!doc) {
        doc = reopen(path);
        reloaded.set(path, doc);
      }
      keep(result, place(doc, rule, severity, f), options.show);
    };
    try {
      rule.project!.check(plans, report);
    } catch (err) {
      result.diagnostics.push(internalError(result.files[0] ?? '', rule, err, 'the files'));
    }
  }
}

/** reopen: how to get a document back for a project rule's finding (from disk, or from memory). */
function run(loaders: readonly (() => LoadedDoc)[], councils: Councils, options: LintOptions, reopen: (path: string) => LoadedDoc): LintResult {
  const rules = options.rules ?? RULES;
  const collected = collectorsFor(rules, options);
  const active = activeRules(rules, options.config);
  const result: LintResult = { files: [], diagnostics: [], sources: new Map(), warnings: 0 };
  const shown = new Set<string>();
  let done = 0;
  for (const load of loaders) {
    const doc = load();
    shown.add(doc.path);
    lintInto(doc, councils, options, active, collected, result.files, result, (file, text) => result.sources.set(file, text));
    options.progress?.(++done);
  }
  return finish(collected, result, councils, shown, options, reopen);
}
