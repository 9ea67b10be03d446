/**
 * Project configuration (plan.config.yaml), found by walking up from the working folder, with defaults for
 * everything, and the risk matrices: built-in presets from seeds/matrices plus the council's own.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic, Severity } from './diagnostics.js';
import { decodeSource } from './load/source.js';
import { loadYaml } from './load/yaml.js';
import type { Matrix } from './model/matrix.js';
import { DEFAULT_FY_START } from './model/period.js';
import { explainSchemaErrors, lookupIn } from './schema/messages.js';
import { schemaOnce, validator } from './schema/ajv.js';
import { packagePath } from './util/paths.js';
import { didYouMean } from './util/suggest.js';
import { RULES } from './lint/rules.js';
import { HISTORY_RULES } from './lint/history/rules.js';

export const CONFIG_FILE = 'plan.config.yaml';
export type RuleSetting = Severity | 'off';

export const DEFAULT_APPETITE_LEVELS: Record<string, number> = { averse: 3, minimal: 6, cautious: 9, open: 12, eager: 16 };

export interface Config {
  /** where the config was read from, or undefined when defaults apply */
  file?: string;
  root: string;
  fiscalYearStart: number;
  plans: string[];
  riskMatrix: string;
  matrices: Matrix[];
  appetite: { levels: Record<string, number>; categories: Record<string, string>; default?: string };
  rules: Record<string, RuleSetting>;
  dueSoonDays: number;
  performance: PerformanceSettings;
  limits: { maxFileBytes: number; maxDepth: number };
  /** plan lint --history: days an update may be dated before the commit that adds it */
  history?: { updateAllowanceDays: number };
}

/** How the report rates measures when a measure does not say (plan.config.yaml's performance section). */
export interface PerformanceSettings {
  /** a measure this close to its target, as a percentage of the target, is amber rather than red (0: any miss is red) */
  tolerancePercent: number;
  /** a measure off target, beyond tolerance, but better than the same period last year is amber rather than red */
  amberWhenBetterThanLastYear: boolean;
}

export class ConfigError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
  }
}

let presets: Matrix[] | undefined;

export function presetMatrices(): Matrix[] {
  if (presets) return presets;
  const dir = packagePath('seeds', 'matrices');
  presets = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => loadYaml(join(dir, f), readFileSync(join(dir, f), 'utf8')).data as Matrix);
  return presets;
}

export function findConfigFile(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function defaultConfig(root: string): Config {
  return {
    root,
    fiscalYearStart: DEFAULT_FY_START,
    plans: ['plans'],
    riskMatrix: 'standard-5x5',
    matrices: presetMatrices(),
    appetite: { levels: { ...DEFAULT_APPETITE_LEVELS }, categories: {} },
    rules: {},
    dueSoonDays: 30,
    performance: { tolerancePercent: 0, amberWhenBetterThanLastYear: false },
    limits: { maxFileBytes: 5_000_000, maxDepth: 64 },
    history: { updateAllowanceDays: 30 },
  };
}

/** Loads the config named, or the nearest one above cwd; throws ConfigError with positions when it is wrong. */
export function loadConfig(options: { file?: string; cwd?: string } = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ? resolve(cwd, options.file) : findConfigFile(cwd);
  if (!file) return defaultConfig(cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ConfigError([{ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'config', message: `cannot read the config file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }]);
  }
  const decoded = decodeSource(file, bytes);
  if (decoded.diagnostics.length) throw new ConfigError(decoded.diagnostics);
  const loaded = loadYaml(file, decoded.text);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new ConfigError(errors);
  const raw = (loaded.data ?? {}) as Record<string, unknown>;
  const validate = validator('config');
  if (!validate(raw)) {
    throw new ConfigError(
      explainSchemaErrors(validate.errors ?? [], raw, lookupIn(schemaOnce('config'))).map((f) => ({ file, ...loaded.locate(f.path, f.at), severity: 'error', ruleId: f.ruleId, message: f.message })),
    );
  }
  const config = configFrom(raw, file);
  const unknown = unknownNames(config, raw).map((f) => ({ file, ...loaded.locate(f.path, f.at), severity: 'error' as const, ruleId: 'config', message: f.message }));
  if (unknown.length) throw new ConfigError(unknown);
  return config;
}

/** The config a valid plan.config.yaml gives, with the defaults for what it leaves out. */
function configFrom(raw: Record<string, unknown>, file: string): Config {
  const base = defaultConfig(dirname(file));
  const own = (raw.matrices as Matrix[] | undefined) ?? [];
  const appetite = (raw.appetite ?? {}) as Partial<Config['appetite']>;
  return {
    ...base,
    file,
    fiscalYearStart: (raw.fiscalYearStart as number | undefined) ?? base.fiscalYearStart,
    plans: (raw.plans as string[] | undefined) ?? base.plans,
    riskMatrix: (raw.riskMatrix as string | undefined) ?? base.riskMatrix,
    matrices: [...own, ...base.matrices.filter((p) => !own.some((m) => m.id === p.id))],
    appetite: { levels: { ...base.appetite.levels, ...(appetite.levels ?? {}) }, categories: appetite.categories ?? {}, ...(appetite.default ? { default: appetite.default } : {}) },
    rules: (raw.rules as Record<string, RuleSetting> | undefined) ?? {},
    dueSoonDays: (raw.dueSoonDays as number | undefined) ?? base.dueSoonDays,
    performance: { ...base.performance, ...((raw.performance as Partial<PerformanceSettings> | undefined) ?? {}) },
    limits: { ...base.limits, ...((raw.limits as object | undefined) ?? {}) },
    history: { updateAllowanceDays: 30, ...((raw.history as object | undefined) ?? {}) },
  };
}

/**
 * Names the schema cannot check: the default risk matrix (a preset or one of the config's own) and the rule
 * ids under rules. A misspelt one would otherwise be ignored in silence.
 */
function unknownNames(config: Config, raw: Record<string, unknown>): { path: string[]; at: 'key' | 'value'; message: string }[] {
  const found: { path: string[]; at: 'key' | 'value'; message: string }[] = [];
  const matrices = config.matrices.map((m) => m.id);
  if (typeof raw.riskMatrix === 'string' && !matrices.includes(raw.riskMatrix)) {
    found.push({ path: ['riskMatrix'], at: 'value', message: `risk matrix '${raw.riskMatrix}' is not defined${didYouMean(raw.riskMatrix, matrices)}: use one of ${matrices.join(', ')}, or define it under matrices` });
  }
  const rules = [...RULES, ...HISTORY_RULES].map((r) => r.meta.id);
  for (const id of Object.keys(config.rules)) {
    if (!rules.includes(id)) found.push({ path: ['rules', id], at: 'key', message: `no lint rule is called '${id}'${didYouMean(id, rules)} (plan lint --list-rules shows every rule)` });
  }
  return found;
}

export function matrixById(config: Config, id: string | undefined): Matrix | undefined {
  return config.matrices.find((m) => m.id === (id ?? config.riskMatrix));
}
