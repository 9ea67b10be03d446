/**
 * plan init: starts a council's plan repository that works as written. Writes package.json (pinning this
 * package by name and exact version, so `npm install` gives the repository its own plan), plan.config.yaml, a
 * starter council register and plan (from seeds/init, dated in the current financial year so that they lint
 * clean), a README, VS Code settings, a pre-commit hook and a CI workflow that both run the installed plan.
 * The editor's schema lines point into node_modules/<package>/schemas, so they follow the installed version.
 * It adds what is missing and never changes a file that exists; --force replaces existing files, after
 * naming each one and asking on a terminal (elsewhere only with --yes).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { isoDay, todayIn } from '../model/dates.js';
import { DEFAULT_FY_START, fiscalYearLabel, fiscalYearSpan, previousQuarter, quarterContaining, quarterLabel, quarterSpan } from '../model/period.js';
import { PACKAGE_NAME } from '../util/package-links.js';
import { packagePath, version } from '../util/paths.js';
import type { CommandSpec } from './command.js';
import { UsageError, writeOutput } from './common.js';

export interface InitOptions {
  force?: boolean;
  yes?: boolean;
}

export interface InitFile {
  /** path inside the folder being set up, with / separators */
  path: string;
  content: string;
}

/** The starter council's folder under plans/. */
export const STARTER_COUNCIL = 'my-council';

/** Each file plan init writes, and the seed under seeds/init it is made from. */
const SEEDS: readonly (readonly [path: string, seed: string])[] = [
  ['package.json', 'council-package.json'],
  ['.gitignore', 'gitignore'],
  ['README.md', 'README.md'],
  ['plan.config.yaml', 'plan.config.yaml'],
  [`plans/${STARTER_COUNCIL}/council.yaml`, 'council.yaml'],
  [`plans/${STARTER_COUNCIL}/service-plan.yaml`, 'service-plan.yaml'],
  ['.vscode/settings.json', 'vscode-settings.json'],
  ['.vscode/extensions.json', 'vscode-extensions.json'],
  ['.pre-commit-config.yaml', 'pre-commit-config.yaml'],
  ['.github/workflows/plan.yml', 'plan-workflow.yml'],
];

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
    COUNCIL: STARTER_COUNCIL,
    PACKAGE_NAME,
    PACKAGE_VERSION: version(),
  };
}

function fill(template: string, values: Record<string, string>, name: string): string {
  return template.replace(/__([A-Z][A-Z0-9_]*?)__/g, (whole, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`seed ${name} uses an unknown placeholder ${whole}`);
    return v;
  });
}

/** Every file plan init writes, with its content. */
export function initFiles(now?: Date): InitFile[] {
  const values = templateValues(now);
  return SEEDS.map(([path, seed]) => ({ path, content: fill(readFileSync(packagePath('seeds', 'init', seed), 'utf8'), values, seed) }));
}

function shown(dirArg: string, rel: string): string {
  const base = dirArg.replace(/[\\/]+$/, '');
  return base === '' || base === '.' ? rel : `${base}/${rel}`;
}

/** Asks on the terminal whether to replace the files; anything but y or yes is no. */
async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(question);
    return /^\s*y(es)?\s*$/i.test(answer);
  } finally {
    rl.close();
  }
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
  const replace = options.force ? existing : [];
  if (replace.length) {
    const list = replace.map((f) => `  ${shown(dirText, f.path)}`).join('\n');
    const what = replace.length === 1 ? 'this file' : `these ${replace.length} files`;
    if (!options.yes) {
      if (!process.stdin.isTTY || !process.stderr.isTTY) {
        throw new UsageError(`nothing written: --force would replace ${what}:\n${list}`, 'add --yes to replace them without being asked, or leave out --force to only add the missing files');
      }
      process.stderr.write(`plan init --force would replace ${what} with plan's starter version:\n${list}\n`);
      if (!(await confirm('Replace them? [y/N] '))) {
        process.stderr.write('nothing written\n');
        return 0;
      }
    }
  }
  for (const f of files) {
    const label = shown(dirText, f.path);
    const existed = existing.includes(f);
    if (existed && !replace.includes(f)) {
      process.stdout.write(`kept ${label} (already there)\n`);
      continue;
    }
    const target = join(dir, f.path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeOutput(target, f.content, label);
    process.stdout.write(`${existed ? 'replaced' : 'created'} ${label}\n`);
  }
  const where = dirText === '.' ? '' : ` in ${dirText}`;
  process.stderr.write(
    `\nNext${where}: npm install (installs ${PACKAGE_NAME} ${version()}; commit package-lock.json), pre-commit install, then edit the starter plan and council register under ${shown(dirText, 'plans')}/ and check them with npx plan lint. README.md says more.\n`,
  );
  return 0;
}

export const initCommand: CommandSpec<InitOptions> = {
  name: 'init',
  description: 'start a council plan repository: package.json pinning plan, config, a starter plan, README, editor, pre-commit and CI files',
  arguments: [{ name: '[dir]', description: 'the folder to set up', default: '.' }],
  options: [
    { flags: '--force', description: 'replace files that already exist with the starter versions (names them and asks first)' },
    { flags: '--yes', description: 'with --force: replace without asking (needed when not on a terminal)' },
  ],
  examples: [
    '$ plan init                    set up this folder; files already here are kept',
    '$ plan init council-plans      set up (and create) the folder council-plans',
    '$ plan init --force            put back the starter files, after asking',
  ],
  run: ([dir], options) => runInit(dir, options),
};
