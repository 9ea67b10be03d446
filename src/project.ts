/**
 * Loading: files to checked documents. Each file is decoded, parsed with positions, classified (plan,
 * council register, matrix, config) and validated against its schema. Council registers are found beside
 * the plans that name them. Nothing here prints or exits.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Config } from './config.js';
import type { Diagnostic } from './diagnostics.js';
import { displayPath } from './load/files.js';
import { readSource } from './load/source.js';
import { type YamlDocument, loadYaml } from './load/yaml.js';
import type { CouncilTypes, PlanTypes } from './model/schema-types.js';
import { type SchemaName, schemaOnce, validator } from './schema/ajv.js';
import { explainSchemaErrors, lookupIn } from './schema/messages.js';

const MAX_SCHEMA_ERRORS = 500;

export type DocKind = 'plan' | 'council' | 'matrix' | 'config';

export interface LoadedDoc {
  /** absolute path */
  path: string;
  /** the path as shown to the user */
  file: string;
  kind: DocKind;
  yaml: YamlDocument;
  /** the parsed data; may be malformed when schemaValid is false */
  data: unknown;
  schemaValid: boolean;
  diagnostics: Diagnostic[];
}

export type Plan = PlanTypes.Plan;
export type Council = CouncilTypes.Council;

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=\S*?(plan|council|matrix|config)\.schema\.json/;

export function classify(path: string, text: string): DocKind {
  const name = basename(path);
  if (name === 'council.yaml' || name === 'council.yml') return 'council';
  if (name === 'plan.config.yaml' || name === 'plan.config.yml') return 'config';
  const first = text.slice(0, 300).split('\n', 1)[0] ?? '';
  const m = MODELINE.exec(first);
  return (m?.[1] as DocKind | undefined) ?? 'plan';
}

/**
 * Reads a file (or takes its text, when given: a version from git, or a test's) into a checked document:
 * decoded, read as YAML, classified, and validated against its kind's schema.
 */
export function loadDocument(path: string, config: Config, options: { cwd?: string; text?: string; kind?: DocKind } = {}): LoadedDoc {
  const file = displayPath(path, options.cwd);
  let text = options.text;
  const diagnostics: Diagnostic[] = [];
  if (text === undefined) {
    const decoded = readSource(path, file, config.limits.maxFileBytes);
    diagnostics.push(...decoded.diagnostics);
    if (!decoded.diagnostics.length) text = decoded.text;
  }
  const kind = options.kind ?? classify(path, text ?? '');
  if (text === undefined) {
    return { path, file, kind, yaml: loadYaml(file, ''), data: undefined, schemaValid: false, diagnostics };
  }
  const yaml = loadYaml(file, text, { maxDepth: config.limits.maxDepth });
  diagnostics.push(...yaml.diagnostics);
  const doc: LoadedDoc = { path, file, kind, yaml, data: yaml.data, schemaValid: false, diagnostics };
  if (yaml.data === undefined) return doc;
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    diagnostics.push({ file, ...yaml.locate([]), severity: 'error', ruleId: 'schema/invalid-value', message: `a ${kind} file must be a mapping of keys (id:, council:, ...), not ${Array.isArray(yaml.data) ? 'a list' : 'a single value'}` });
    return doc;
  }
  const validate = validator(kind as SchemaName);
  doc.schemaValid = validate(yaml.data) as boolean;
  if (!doc.schemaValid) {
    // A pathological file can fail the schema hundreds of thousands of times: explain the first ones only.
    const errors = validate.errors ?? [];
    const shown = explainSchemaErrors(errors.slice(0, MAX_SCHEMA_ERRORS), yaml.data, lookupIn(schemaOnce(kind as SchemaName)));
    for (const f of shown) diagnostics.push({ file, ...yaml.locate(f.path, f.at), severity: 'error', ruleId: f.ruleId, message: f.message });
    if (errors.length > MAX_SCHEMA_ERRORS) {
      diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'schema/too-many', message: `${errors.length - MAX_SCHEMA_ERRORS} more schema errors not shown`, hint: 'fix the ones shown first; this file is far from the plan schema' });
    }
  }
  return doc;
}

/** Council registers, found beside (or above) the plans that name them, loaded once each. */
export class Councils {
  private byPath = new Map<string, LoadedDoc | null>();
  /** each plan folder's register, once found (a corpus has thousands of plans in a few folders) */
  private byFolder = new Map<string, LoadedDoc | undefined>();
  private implicit: LoadedDoc[] = [];
  /** the folder above the project root, where the search stops */
  private readonly stop: string;

  constructor(
    private readonly config: Config,
    private readonly cwd?: string,
  ) {
    this.stop = resolve(config.root, '..');
  }

  add(doc: LoadedDoc): void {
    this.byPath.set(doc.path, doc);
    this.byFolder.clear();
  }

  /** Registers loaded because a plan needed them, not because they were named. */
  loadedImplicitly(): readonly LoadedDoc[] {
    return this.implicit;
  }

  /** The register for a plan: council.yaml in the plan's folder or the nearest folder above it. */
  forPlan(planPath: string): LoadedDoc | undefined {
    const folder = dirname(planPath);
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const found = this.search(folder);
    this.byFolder.set(folder, found);
    return found;
  }

  private search(folder: string): LoadedDoc | undefined {
    const stop = this.stop;
    let dir = folder;
    for (;;) {
      const candidate = join(dir, 'council.yaml');
      if (this.byPath.has(candidate)) {
        const hit = this.byPath.get(candidate);
        if (hit) return hit;
      } else if (existsSync(candidate)) {
        const doc = loadDocument(candidate, this.config, { ...(this.cwd ? { cwd: this.cwd } : {}), kind: 'council' });
        this.byPath.set(candidate, doc);
        this.implicit.push(doc);
        return doc;
      } else {
        this.byPath.set(candidate, null);
      }
      const up = dirname(dir);
      if (up === dir || dir === stop) return undefined;
      dir = up;
    }
  }
}
