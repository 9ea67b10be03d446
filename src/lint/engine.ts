/**
 * Lint: three stages reported together for every file (YAML syntax, schema, semantic rules), one file's
 * failure never stopping the others. Files are processed one at a time and let go: only their findings
 * (and, for project rules, a small summary) are kept, so a corpus of thousands of plans lints in bounded
 * memory. Rule severities come from the rule's metadata unless the project config says otherwise.
 */
import type { Config } from '../config.js';
import { matrixById } from '../config.js';
import { type Diagnostic, FILE_START, type Severity, sortDiagnostics } from '../diagnostics.js';
import { locate } from '../load/yaml.js';
import type { Day } from '../model/dates.js';
import { checkMatrix, type Matrix } from '../model/matrix.js';
import { isError, parsePlanPeriod } from '../model/period.js';
import { Councils, type LoadedDoc, loadDocument } from '../project.js';
import { isObj, sharingItems } from './access.js';
import { applyDirectives, mayHaveDirectives, parseDirectives, rulesNamed } from './directives.js';
import type { Finding, PlanContext, PlanSummary, Rule } from './rule.js';
import { RULES } from './rules.js';

export interface LintOptions {
  config: Config;
  asOf: Day;
  cwd?: string;
  rules?: readonly Rule[];
  /**
   * Which findings to keep: 'errors' (--quiet) drops the rest as they are found, counting warnings, so a
   * large corpus holds no more than it shows, and places (finds the line and column of) only what it shows.
   */
  show?: 'all' | 'errors';
  /**
   * Told how many files are done, after each (across threads, a count that may lag by the batches in
   * hand): for a progress line. Not sent to workers.
   */
  progress?: (done: number) => void;
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
  return { file: doc.file, ...locate(doc.yaml, f.path, f.at), severity, ruleId: rule.meta.id, message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
}

interface Collected {
  rule: Rule;
  plans: PlanSummary<unknown>[];
}

let lastText: string | undefined;
let lastHas = false;

/**
 * Whether a file has plan-lint-disable directives, which work by line: its findings are then all placed.
 * Asked twice of each file with --quiet (when it is read, whether to record positions; when it is linted),
 * so the answer for the last text is kept: each ask searches the whole file.
 */
function hasDirectives(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHas = mayHaveDirectives(text);
  }
  return lastHas;
}

/** A rule that runs, and whether its info findings are dropped under --quiet (the config does not raise it). */
interface ActiveRule {
  rule: Rule;
  infoUnlessRaised: boolean;
}

/** The rules that run on plans under the config: worked out once a run rather than once a plan and rule. */
function activeRules(rules: readonly Rule[], config: Config): ActiveRule[] {
  return rules.filter((rule) => config.rules[rule.meta.id] !== 'off' && (rule.checkPlan || rule.project)).map((rule) => ({ rule, infoUnlessRaised: (config.rules[rule.meta.id] ?? 'info') === 'info' }));
}

/**
 * Lints one loaded document: its own load and schema findings, then every rule. A finding that will not be
 * shown is only counted (in dropped), never placed, unless a directive in the file may suppress it: they
 * work by line.
 */
function lintOne(doc: LoadedDoc, councils: Councils, options: LintOptions, rules: readonly ActiveRule[], collected: Collected[], dropped: Kept): Diagnostic[] {
  const { config } = options;
  const out: Diagnostic[] = [...doc.diagnostics];
  const directives = hasDirectives(doc.yaml.text) ? parseDirectives(doc.yaml.text) : undefined;
  // Directives name the rules they suppress: only those rules' findings need placing to be checked against
  // them. The bundled Vale plan's two name savings-totals, and it has 41 other warnings, which were all placed
  // before: the 667 copies of it in the benchmark's corpus lint 42 ms faster on one thread (12 pairs).
  const named = directives ? rulesNamed(directives) : undefined;
  const dropsUnseen = options.show === 'errors';
  let early = dropsUnseen && !named;
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
  // One context for the plan, given to each rule in turn: only infoDropped and the rule that reports differ.
  let rule: Rule;
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
    infoDropped: false,
    report: (f) => {
      const severity = severityOf(rule, config, f);
      if (severity === 'off') return;
      if (early && severity !== 'error') {
        if (severity === 'warning') dropped.warnings++;
      } else out.push(place(doc, rule, severity, f));
    },
  };
  sharingItems(() => {
    for (const on of rules) {
      rule = on.rule;
      early = dropsUnseen && !(named && (named === 'all' || named.has(rule.meta.id)));
      ctx.infoDropped = early && on.infoUnlessRaised;
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
  });
  return directives ? applyDirectives(doc.file, doc.yaml.text, out, directives) : out;
}

/** Lints one loaded file into the lists given: its name, the findings kept, its text when it has YAML errors. */
function lintInto(doc: LoadedDoc, councils: Councils, options: LintOptions, rules: readonly ActiveRule[], collected: Collected[], files: string[], kept: Kept, source: (file: string, text: string) => void): void {
  if (doc.kind === 'council') councils.add(doc);
  files.push(doc.file);
  const found = lintOne(doc, councils, options, rules, collected, kept);
  if (found.some((d) => d.ruleId.startsWith('yaml/'))) source(doc.file, doc.yaml.text);
  for (const d of found) keep(kept, d, options.show);
}

/** Lints documents already loaded (tests, or callers that hold text in memory). */
export function lintDocuments(docs: readonly LoadedDoc[], councils: Councils, options: LintOptions): Diagnostic[] {
  for (const d of docs) if (d.kind === 'council') councils.add(d);
  const byPath = new Map(docs.map((d) => [d.path, d]));
  return run(docs.map((d) => () => d), councils, options, (path) => byPath.get(path)!).diagnostics;
}

/**
 * Most plans have a finding or two: their positions are recorded while they are read, not by reading them
 * again. When only errors are shown (few plans have any), only files with directives need findings placed
 * (directives work by line: those of the rules they name); other files' positions are found if an error
 * needs one. The files linted are those expandPaths listed (listed: see readSource).
 */
function loadOptions(options: LintOptions): { cwd?: string; positions: boolean | ((text: string) => boolean); listed: true } {
  return { ...(options.cwd ? { cwd: options.cwd } : {}), positions: options.show !== 'errors' || hasDirectives, listed: true };
}

/** Lints files from disk, one at a time: paths as expandPaths lists them. */
export function lintFiles(paths: readonly string[], options: LintOptions): LintResult {
  const councils = new Councils(options.config, options.cwd);
  const load = (p: string) => loadDocument(p, options.config, loadOptions(options));
  return run(
    paths.map((p) => () => load(p)),
    councils,
    options,
    load,
  );
}

/** What linting a share of the files gives, before the rules across plans run: all of it plain data. */
export interface ShareResult {
  files: string[];
  /** absolute paths of the files, as the share was given */
  paths: string[];
  /** the plans among them, whose council registers the rules across plans need */
  plans: string[];
  diagnostics: Diagnostic[];
  /** warnings found, shown or not */
  warnings: number;
  sources: [string, string][];
  /** per rule across plans, each plan's summary (without its council, which is found again by path) */
  collected: { ruleId: string; plans: { file: string; summary: unknown }[] }[];
}

function collectorsFor(rules: readonly Rule[], options: LintOptions): Collected[] {
  return rules.filter((r) => r.project && options.config.rules[r.meta.id] !== 'off').map((rule) => ({ rule, plans: [] }));
}

/** Lints files one at a time, keeping findings and the rules' summaries: one thread's share of a corpus. */
export function lintShare(paths: readonly string[], options: LintOptions, councils = new Councils(options.config, options.cwd)): ShareResult {
  const rules = options.rules ?? RULES;
  const collected = collectorsFor(rules, options);
  const active = activeRules(rules, options.config);
  const share: ShareResult = { files: [], paths: [], plans: [], diagnostics: [], warnings: 0, sources: [], collected: [] };
  for (const path of paths) {
    const doc = loadDocument(path, options.config, loadOptions(options));
    share.paths.push(doc.path);
    if (doc.kind === 'plan') share.plans.push(doc.path);
    lintInto(doc, councils, options, active, collected, share.files, share, (file, text) => share.sources.push([file, text]));
  }
  share.collected = collected.map((c) => ({ ruleId: c.rule.meta.id, plans: c.plans.map(({ file, summary }) => ({ file, summary })) }));
  return share;
}

/**
 * Puts shares linted apart (in worker threads) back together, in the order of the files, and finishes as
 * a single run would: the rules across plans see every plan's summary, with its council register found
 * again here by path; registers that plans needed but that were not named are reported once.
 */
export function finishShares(shares: readonly ShareResult[], options: LintOptions): LintResult {
  const rules = options.rules ?? RULES;
  const councils = new Councils(options.config, options.cwd);
  const collected = collectorsFor(rules, options);
  const result: LintResult = { files: [], diagnostics: [], sources: new Map(), warnings: 0 };
  const shown = new Set<string>();
  for (const share of shares) {
    result.files.push(...share.files);
    for (const p of share.paths) shown.add(p);
    for (const [file, text] of share.sources) result.sources.set(file, text);
    // The shares kept only what is shown (the workers had the same options) and counted the rest.
    result.diagnostics.push(...share.diagnostics);
    result.warnings += share.warnings;
  }
  for (const share of shares) {
    for (const plan of share.plans) councils.forPlan(plan);
    for (const c of share.collected) {
      const target = collected.find((x) => x.rule.meta.id === c.ruleId);
      if (!target) continue;
      for (const { file, summary } of c.plans) {
        const councilDoc = councils.forPlan(file);
        const council = councilDoc && isObj(councilDoc.data) ? councilDoc.data : undefined;
        target.plans.push({ file, ...(council ? { council } : {}), summary });
      }
    }
  }
  return finish(collected, result, councils, shown, options, (p) => loadDocument(p, options.config, loadOptions(options)));
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
