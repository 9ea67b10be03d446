/**
 * Lint: three stages reported together for every file (YAML syntax, schema, semantic rules), one file's
 * failure never stopping the others. Rule severities come from the rule's metadata unless the project
 * config says otherwise.
 */
import type { Config } from '../config.js';
import { matrixById } from '../config.js';
import { type Diagnostic, type Severity, sortDiagnostics } from '../diagnostics.js';
import { locate } from '../load/yaml.js';
import type { Day } from '../model/dates.js';
import { checkMatrix, type Matrix } from '../model/matrix.js';
import { isError, parsePlanPeriod } from '../model/period.js';
import { Councils, type LoadedDoc, loadDocument } from '../project.js';
import { isObj } from './access.js';
import { applyDirectives } from './directives.js';
import type { Finding, ProjectPlan, Rule } from './rule.js';
import { RULES } from './rules.js';

export interface LintOptions {
  config: Config;
  asOf: Day;
  cwd?: string;
  rules?: readonly Rule[];
}

export interface LintResult {
  docs: LoadedDoc[];
  diagnostics: Diagnostic[];
}

export function effectiveSeverity(rule: Rule, config: Config, requested?: Severity): Severity | 'off' {
  const setting = config.rules[rule.meta.id];
  if (setting === 'off') return 'off';
  if (setting) return setting;
  return requested ?? rule.meta.severity;
}

function reporter(doc: LoadedDoc, rule: Rule, config: Config, out: Diagnostic[]) {
  return (f: Finding) => {
    const configured = config.rules[rule.meta.id];
    // A configured severity replaces the rule's own, including any gentler one it chose for a finding.
    const severity = configured ?? f.severity ?? rule.meta.severity;
    if (severity === 'off') return;
    out.push({ file: doc.file, ...locate(doc.yaml, f.path, f.at), severity, ruleId: rule.meta.id, message: f.message, ...(f.hint ? { hint: f.hint } : {}) });
  };
}

export function lintDocuments(docs: readonly LoadedDoc[], councils: Councils, options: LintOptions): Diagnostic[] {
  const { config } = options;
  const rules = options.rules ?? RULES;
  const out: Diagnostic[] = [];
  const projectEntries: { doc: LoadedDoc; plan: Record<string, unknown>; council?: Record<string, unknown> }[] = [];
  const extraDocs = new Map<string, LoadedDoc>();
  for (const doc of docs) {
    out.push(...doc.diagnostics);
    if (doc.kind === 'matrix' && doc.schemaValid) {
      for (const problem of checkMatrix(doc.data as Matrix)) out.push({ file: doc.file, ...locate(doc.yaml, ['bands']), severity: 'error', ruleId: 'matrix-bands', message: `matrix: ${problem}` });
    }
    if (doc.kind !== 'plan' || !isObj(doc.data)) continue;
    const plan = doc.data;
    const councilDoc = councils.forPlan(doc.path);
    if (councilDoc && !docs.includes(councilDoc)) extraDocs.set(councilDoc.path, councilDoc);
    const council = councilDoc && isObj(councilDoc.data) ? councilDoc.data : undefined;
    const matrixId = typeof plan.riskMatrix === 'string' ? plan.riskMatrix : config.riskMatrix;
    const period = parsePlanPeriod(plan.period, config.fiscalYearStart);
    for (const rule of rules) {
      if (!rule.checkPlan || config.rules[rule.meta.id] === 'off') continue;
      const matrix = matrixById(config, matrixId);
      try {
        rule.checkPlan({
          file: doc.file,
          plan,
          config,
          fyStart: config.fiscalYearStart,
          asOf: options.asOf,
          ...(isError(period) ? {} : { period }),
          ...(matrix ? { matrix } : {}),
          matrixId,
          ...(council ? { council } : {}),
          report: reporter(doc, rule, config, out),
        });
      } catch (err) {
        // A rule that fails on odd input must not take the other rules or files down with it.
        out.push({ file: doc.file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: rule.meta.id, message: `internal error in rule ${rule.meta.id}: ${err instanceof Error ? err.message : String(err)}`, hint: 'please report this with the file that caused it' });
      }
    }
    projectEntries.push({ doc, plan, ...(council ? { council } : {}) });
  }
  for (const rule of rules) {
    if (!rule.checkProject || config.rules[rule.meta.id] === 'off') continue;
    const plans: ProjectPlan[] = projectEntries.map((e) => ({ file: e.doc.file, plan: e.plan, ...(e.council ? { council: e.council } : {}), report: reporter(e.doc, rule, config, out) }));
    rule.checkProject(plans);
  }
  // A council register that plans depend on but that was not named: its faults explain theirs.
  for (const extra of extraDocs.values()) out.push(...extra.diagnostics);
  let result = out;
  for (const doc of [...docs, ...extraDocs.values()]) if (doc.yaml.text.includes('plan-lint-disable')) result = applyDirectives(doc.file, doc.yaml.text, result);
  return sortDiagnostics(result);
}

export function lintFiles(paths: readonly string[], options: LintOptions): LintResult {
  const councils = new Councils(options.config, options.cwd);
  const docs = paths.map((p) => loadDocument(p, options.config, options.cwd ? { cwd: options.cwd } : {}));
  for (const d of docs) if (d.kind === 'council') councils.add(d);
  return { docs, diagnostics: lintDocuments(docs, councils, options) };
}
