/**
 * plan init: starts a plan repository. Writes plan.config.yaml, a starter council register and plan (from
 * seeds/init, dated in the current financial year so that they lint clean), the four schemas the files'
 * modelines point at, VS Code settings, a pre-commit config and a CI workflow. Nothing is overwritten
 * without --force: when any target exists, nothing at all is written.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isoDay, todayIn } from '../model/dates.js';
import { DEFAULT_FY_START, fiscalYearLabel, fiscalYearSpan, previousQuarter, quarterContaining, quarterLabel, quarterSpan } from '../model/period.js';
import { SCHEMA_NAMES } from '../schema/ajv.js';
import { packagePath } from '../util/paths.js';
import type { CommandSpec } from './command.js';
import { UsageError, writeOutput } from './common.js';

export interface InitOptions {
  force?: boolean;
}

export interface InitFile {
  /** path inside the folder being set up, with / separators */
  path: string;
  content: string;
}

/** The starter council's folder under plans/. */
export const STARTER_COUNCIL = 'my-council';

/** Where the plan project's git repository is, for the pre-commit hook and CI install, unless package.json says. */
const DEFAULT_REPOSITORY = 'https://github.com/plan-tools/plan';

function packageInfo(): { version: string; repository: string } {
  try {
    const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version?: string; repository?: string | { url?: string } };
    const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const repository = raw
      ? raw
          .replace(/^git\+/, '')
          .replace(/^github:/, 'https://github.com/')
          .replace(/\.git$/, '')
      : DEFAULT_REPOSITORY;
    return { version: pkg.version ?? '0.0.0', repository: /^(https?|ssh|git|file):|^\//.test(repository) ? repository : `https://github.com/${repository}` };
  } catch {
    return { version: '0.0.0', repository: DEFAULT_REPOSITORY };
  }
}

/** Template values: the financial year containing today, so the starter plan is current and lints clean. */
export function templateValues(now?: Date): Record<string, string> {
  const today = todayIn('Europe/London', now);
  const fyStart = DEFAULT_FY_START;
  const quarter = quarterContaining(today, fyStart);
  const year = quarter.year;
  const span = fiscalYearSpan(year, fyStart);
  const thisQuarter = quarterSpan(quarter, fyStart);
  // the last complete quarter of this year, or Q1 while the year is in its first quarter
  const reported = quarter.q === 1 ? quarter : previousQuarter(quarter);
  const { version, repository } = packageInfo();
  return {
    YEAR: fiscalYearLabel(year),
    YEAR_SLUG: fiscalYearLabel(year).replace('/', '-'),
    PREV_YEAR: fiscalYearLabel(year - 1),
    FY_START: isoDay(span.start),
    FY_END: isoDay(span.end - 1),
    // due at the end of this quarter, so that the starter milestone is not late on the day it is made
    MILESTONE_DUE: isoDay(thisQuarter.end - 1),
    UPDATE_DATE: isoDay(thisQuarter.start),
    ACTUAL_PERIOD: quarterLabel(reported),
    HOOK_REPO: repository,
    HOOK_REV: `v${version}`,
    PLAN_PACKAGE: `git+${repository}.git#v${version}`,
  };
}

function fill(template: string, values: Record<string, string>, name: string): string {
  const out = template.replace(/__([A-Z][A-Z0-9_]*?)__/g, (whole, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`seed ${name} uses an unknown placeholder ${whole}`);
    return v;
  });
  return out;
}

/** Every file plan init writes, with its content. */
export function initFiles(now?: Date): InitFile[] {
  const values = templateValues(now);
  const seed = (name: string) => fill(readFileSync(packagePath('seeds', 'init', name), 'utf8'), values, name);
  const files: InitFile[] = [
    { path: 'plan.config.yaml', content: seed('plan.config.yaml') },
    { path: `plans/${STARTER_COUNCIL}/council.yaml`, content: seed('council.yaml') },
    { path: `plans/${STARTER_COUNCIL}/service-plan.yaml`, content: seed('service-plan.yaml') },
  ];
  for (const name of SCHEMA_NAMES) {
    files.push({ path: `schemas/${name}.schema.json`, content: readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8') });
  }
  files.push(
    { path: '.vscode/settings.json', content: seed('vscode-settings.json') },
    { path: '.vscode/extensions.json', content: seed('vscode-extensions.json') },
    { path: '.pre-commit-config.yaml', content: seed('pre-commit-config.yaml') },
    { path: '.github/workflows/plan-lint.yml', content: seed('plan-lint.yml') },
  );
  return files;
}

function shown(dirArg: string, rel: string): string {
  const base = dirArg.replace(/[\\/]+$/, '');
  return base === '' || base === '.' ? rel : `${base}/${rel}`;
}

async function runInit(dirArg: string | undefined, options: InitOptions = {}): Promise<number> {
  const dirText = dirArg ?? '.';
  const dir = resolve(dirText);
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UsageError(`'${dirText}' is a file, not a folder`, 'give plan init a folder to set up (it is created if missing)');
  }
  const files = initFiles();
  const existing = files.filter((f) => existsSync(join(dir, f.path)));
  const folders = existing.filter((f) => statSync(join(dir, f.path)).isDirectory());
  if (folders.length) {
    throw new UsageError(`${folders.map((f) => shown(dirText, f.path)).join(', ')} ${folders.length === 1 ? 'is a folder' : 'are folders'} where plan init writes a file`, 'move or rename it, then run plan init again');
  }
  if (existing.length && !options.force) {
    const list = existing.map((f) => `  ${shown(dirText, f.path)}`).join('\n');
    throw new UsageError(
      `nothing written: ${existing.length === 1 ? 'this file already exists' : `these ${existing.length} files already exist`}:\n${list}`,
      'run plan init --force to overwrite them, or run plan init in another folder',
    );
  }
  for (const f of files) {
    const target = join(dir, f.path);
    const existed = existing.includes(f);
    mkdirSync(join(target, '..'), { recursive: true });
    writeOutput(target, f.content, shown(dirText, f.path));
    process.stdout.write(`${existed ? 'overwrote' : 'created'} ${shown(dirText, f.path)}\n`);
  }
  process.stderr.write(`\nNext: edit the starter plan and council register under ${shown(dirText, 'plans')}/, then run plan lint${dirText === '.' ? '' : ` in ${dirText}`}.\n`);
  return 0;
}

export const initCommand: CommandSpec<InitOptions> = {
  name: 'init',
  description: 'start a plan repository here: config, a starter plan, editor settings, pre-commit and CI examples',
  arguments: [{ name: '[dir]', description: 'the folder to set up', default: '.' }],
  options: [{ flags: '--force', description: 'overwrite files that already exist' }],
  examples: [],
  run: ([dir], options) => runInit(dir, options),
};
