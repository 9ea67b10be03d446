/**
 * plan init: sets up a council's plan repository that lints clean and runs the installed plan (package.json,
 * hook, CI, editor schema lines); run again it adds only what is missing and changes no existing file;
 * --force names what it would replace, asks on a terminal, and needs --yes elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initFiles } from '../../src/commands/init.js';
import { BIN, ROOT, runPlan, tempDir } from '../helpers.js';

const EXPECTED = [
  'package.json',
  '.gitignore',
  'README.md',
  'plan.config.yaml',
  'plans/my-council/council.yaml',
  'plans/my-council/service-plan.yaml',
  '.vscode/settings.json',
  '.vscode/extensions.json',
  '.pre-commit-config.yaml',
  '.github/workflows/plan.yml',
];

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The severity of each finding in plan lint --format json output. */
function severities(json: string): string[] {
  const findings = JSON.parse(json) as { severity: string }[];
  expect(Array.isArray(findings)).toBe(true);
  return findings.map((f) => f.severity);
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function temp(files: Record<string, string> = {}): string {
  const t = tempDir(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('plan init', () => {
  it('creates package.json, the config, a starter council and plan, a README, editor, pre-commit and CI files, and says so', () => {
    const dir = temp();
    const r = runPlan(['init'], { cwd: dir });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(listFiles(dir)).toEqual([...EXPECTED].sort());
    // one line per file created
    expect(r.stdout.trim().split('\n').sort()).toEqual(EXPECTED.map((f) => `created ${f}`).sort());
    // no temporary files left behind by the atomic writes, and no copies of the schemas
    expect(listFiles(dir).some((f) => f.endsWith('.tmp') || f.endsWith('.schema.json'))).toBe(false);
    expect(r.stderr).toMatch(/npm install/);
  });

  it('pins this package by name and exact version in package.json, as a devDependency', () => {
    const dir = temp();
    runPlan(['init'], { cwd: dir });
    const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { private: boolean; devDependencies: Record<string, string>; dependencies?: unknown };
    expect(pkg.private).toBe(true);
    expect(pkg.devDependencies).toEqual({ [ours.name]: ours.version });
    expect(pkg.dependencies).toBeUndefined();
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
  });

  it('sets up a repository that lints clean; run again it keeps every file and adds only what is missing', () => {
    const dir = temp();
    expect(runPlan(['init'], { cwd: dir }).code).toBe(0);

    const lint = runPlan(['lint'], { cwd: dir });
    expect(lint.stdout + lint.stderr).toMatch(/2 files checked/);
    expect(lint.stdout).not.toMatch(/\berror\b/);
    expect(lint.code).toBe(0);
    // the starter plan is an example officers can copy: a few warnings at most
    const findings = severities(runPlan(['lint', '--format', 'json'], { cwd: dir }).stdout);
    expect(findings.filter((s) => s === 'error')).toEqual([]);
    expect(findings.filter((s) => s === 'warning').length).toBeLessThanOrEqual(2);
    // the config itself is valid too
    expect(runPlan(['lint', 'plan.config.yaml'], { cwd: dir }).code).toBe(0);

    // the council makes the repository its own: edits some files, deletes the example plan and the README
    writeFileSync(join(dir, 'plan.config.yaml'), '# ours\nfiscalYearStart: 4\nplans: [plans]\n');
    writeFileSync(join(dir, '.vscode/settings.json'), '{ "editor.tabSize": 4 }\n');
    writeFileSync(join(dir, 'package.json'), '{ "private": true, "devDependencies": { "council-plans": "0.0.9" } }\n');
    writeFileSync(join(dir, 'plans/my-council/learning.yaml'), 'id: ours\n');
    rmSync(join(dir, 'plans/my-council/service-plan.yaml'));
    rmSync(join(dir, 'README.md'));
    const before = snapshot(dir);

    const again = runPlan(['init'], { cwd: dir });
    expect(again.code).toBe(0);
    // every existing file byte for byte as it was; the two missing ones back
    const after = snapshot(dir);
    for (const [f, content] of Object.entries(before)) expect(after[f], f).toBe(content);
    expect(Object.keys(after).filter((f) => !(f in before)).sort()).toEqual(['README.md', 'plans/my-council/service-plan.yaml']);
    const lines = again.stdout.trim().split('\n');
    expect(lines).toContain('created README.md');
    expect(lines).toContain('created plans/my-council/service-plan.yaml');
    expect(lines).toContain('kept plan.config.yaml (already there)');
    expect(lines.filter((l) => l.startsWith('kept '))).toHaveLength(EXPECTED.length - 2);

    // a third run changes nothing at all
    const third = runPlan(['init'], { cwd: dir });
    expect(third.code).toBe(0);
    expect(snapshot(dir)).toEqual(after);
    expect(third.stdout).not.toMatch(/^created /m);
  });

  it('--force names every file it would replace and, off a terminal, replaces nothing without --yes', () => {
    const dir = temp();
    expect(runPlan(['init'], { cwd: dir }).code).toBe(0);
    const fresh = snapshot(dir);
    writeFileSync(join(dir, 'plans/my-council/service-plan.yaml'), 'id: mine\n');
    writeFileSync(join(dir, 'plan.config.yaml'), '# mine\n');
    const before = snapshot(dir);

    const refused = runPlan(['init', '--force'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    for (const f of EXPECTED) expect(refused.stderr).toContain(f);
    expect(refused.stderr).toMatch(/--yes/);
    expect(snapshot(dir)).toEqual(before);

    const forced = runPlan(['init', '--force', '--yes'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout.trim().split('\n').sort()).toEqual(EXPECTED.map((f) => `replaced ${f}`).sort());
    expect(snapshot(dir)).toEqual(fresh);
    expect(runPlan(['lint'], { cwd: dir }).code).toBe(0);
  });

  it.skipIf(spawnSync('script', ['--version']).error !== undefined)('--force on a terminal names the files and asks; anything but y keeps them', () => {
    const dir = temp();
    expect(runPlan(['init'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'plan.config.yaml'), '# mine\n');
    // script(1) gives plan a terminal; the answer is typed into it
    const typed = (answer: string) => spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} init --force; echo "exit $?"`, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 60_000, input: `${answer}\n`, env: { ...process.env, NO_COLOR: '1' } });
    const no = typed('n');
    expect(no.stdout).toMatch(/plan\.config\.yaml/);
    expect(no.stdout).toMatch(/Replace them\? \[y\/N\]/);
    expect(no.stdout).toMatch(/exit 0/);
    expect(readFileSync(join(dir, 'plan.config.yaml'), 'utf8')).toBe('# mine\n');
    const yes = typed('y');
    expect(yes.stdout).toMatch(/replaced plan\.config\.yaml/);
    expect(readFileSync(join(dir, 'plan.config.yaml'), 'utf8')).not.toBe('# mine\n');
  });

  it('sets up a named folder, creating it, and lint there finds the plans through plan.config.yaml', () => {
    const parent = temp();
    const r = runPlan(['init', 'council-plans/2026'], { cwd: parent });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created council-plans/2026/plans/my-council/service-plan.yaml');
    const dir = join(parent, 'council-plans/2026');
    expect(existsSync(join(dir, 'plan.config.yaml'))).toBe(true);
    const lint = runPlan(['lint'], { cwd: join(dir, 'plans') });
    expect(lint.code).toBe(0);
    expect(lint.stdout + lint.stderr).toMatch(/2 files checked/);
  });

  it('refuses a file in place of the folder, and a folder in place of a file', () => {
    const dir = temp({ 'plans.txt': 'x' });
    expect(runPlan(['init', 'plans.txt'], { cwd: dir }).code).toBe(2);
    mkdirSync(join(dir, 'repo/plan.config.yaml'), { recursive: true });
    const r = runPlan(['init', 'repo', '--force', '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan.config.yaml');
    expect(statSync(join(dir, 'repo/plan.config.yaml')).isDirectory()).toBe(true);
  });

  it('writes files whose first line points the editor at the schema of the installed package', () => {
    const dir = temp();
    runPlan(['init'], { cwd: dir });
    const name = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;
    const modeline = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n')[0];
    expect(modeline('plans/my-council/service-plan.yaml')).toBe(`# yaml-language-server: $schema=../../node_modules/${name}/schemas/plan.schema.json`);
    expect(modeline('plans/my-council/council.yaml')).toBe(`# yaml-language-server: $schema=../../node_modules/${name}/schemas/council.schema.json`);
    expect(modeline('plan.config.yaml')).toBe(`# yaml-language-server: $schema=node_modules/${name}/schemas/config.schema.json`);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    // as npm install would leave it: the package under node_modules
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', name), 'dir');
    for (const f of ['plans/my-council/service-plan.yaml', 'plans/my-council/council.yaml', 'plan.config.yaml']) {
      const target = modeline(f)!.replace(/^.*\$schema=/, '');
      expect(existsSync(join(dir, f, '..', target)), f).toBe(true);
    }
    for (const target of Object.keys(settings['yaml.schemas'])) {
      expect(target.startsWith(`./node_modules/${name}/schemas/`), target).toBe(true);
      expect(existsSync(join(dir, target)), target).toBe(true);
    }
  });

  it('shows a starter plan with an action, milestone and update, a measure with targets and an actual, and a risk', () => {
    const dir = temp();
    runPlan(['init'], { cwd: dir });
    const plan = parse(readFileSync(join(dir, 'plans/my-council/service-plan.yaml'), 'utf8')) as Record<string, unknown[]>;
    const action = plan.actions![0] as Record<string, unknown[]>;
    expect(action.milestones!.length).toBeGreaterThan(0);
    expect(action.updates!.length).toBeGreaterThan(0);
    const measure = plan.measures![0] as Record<string, unknown>;
    expect(Object.keys(measure.targets as object).length).toBeGreaterThan(0);
    expect((measure.actuals as unknown[]).length).toBeGreaterThan(0);
    expect(plan.risks!.length).toBeGreaterThan(0);
    const council = parse(readFileSync(join(dir, 'plans/my-council/council.yaml'), 'utf8')) as { id: string };
    expect((plan as unknown as { council: string }).council).toBe(council.id);
    const config = parse(readFileSync(join(dir, 'plan.config.yaml'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ fiscalYearStart: 4, plans: ['plans'], riskMatrix: expect.any(String) });
    expect(readFileSync(join(dir, 'plan.config.yaml'), 'utf8').match(/^#/gm)!.length).toBeGreaterThan(10);
  });

  it('writes VS Code settings, a local pre-commit hook and a Node 24 CI workflow that run the installed plan, and a README', () => {
    const dir = temp();
    runPlan(['init'], { cwd: dir });
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const schemaFor = (name: string) => Object.entries(settings['yaml.schemas']).find(([k]) => k.endsWith(`/${name}.schema.json`))![1];
    expect(schemaFor('plan')).toContain('plans/**/*.yaml');
    expect(schemaFor('plan')).toContain('!plans/**/council.yaml');
    expect(schemaFor('council')).toContain('plans/**/council.yaml');
    const extensions = JSON.parse(readFileSync(join(dir, '.vscode/extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(extensions.recommendations).toContain('redhat.vscode-yaml');
    const preCommit = parse(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')) as { repos: { repo: string; rev?: string; hooks: Record<string, unknown>[] }[] };
    expect(preCommit.repos).toHaveLength(1);
    expect(preCommit.repos[0]!.repo).toBe('local');
    expect(preCommit.repos[0]!.rev).toBeUndefined();
    expect(preCommit.repos[0]!.hooks[0]).toMatchObject({ id: 'plan-lint', entry: 'npx --no-install plan lint', language: 'system', pass_filenames: true });
    const workflow = parse(readFileSync(join(dir, '.github/workflows/plan.yml'), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown>; run?: string }[] }> };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with!['node-version']).toBe(24);
    const runs = steps.map((s) => s.run ?? '');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npx plan lint --format github --history');
    expect(runs.indexOf('npm ci')).toBeLessThan(runs.indexOf('npx plan lint --format github --history'));
    // the whole history is fetched, or lint --history has nothing to compare with
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with!['fetch-depth']).toBe(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const words of ['npm install', 'pre-commit install', 'npx plan lint', 'npx plan update', 'npx plan actual', 'npx plan rescore', 'npx plan report']) expect(readme).toContain(words);
    expect(readme).not.toMatch(/__[A-Z_]+__/);
  });

  // The starter plan is dated in the financial year of the day init runs. Whatever that day is, the plan
  // must lint clean as at that day: no update in the future, no milestone already late.
  for (const day of ['2026-04-01', '2026-06-30', '2026-09-30', '2026-12-31', '2027-01-01', '2027-03-31']) {
    it(`makes a starter plan that lints clean when run on ${day}`, () => {
      const dir = temp();
      for (const f of initFiles(new Date(`${day}T12:00:00Z`))) {
        mkdirSync(join(dir, f.path, '..'), { recursive: true });
        writeFileSync(join(dir, f.path), f.content);
      }
      const r = runPlan(['lint', '--as-of', day, '--format', 'json'], { cwd: dir });
      expect(severities(r.stdout).filter((s) => s !== 'info'), r.stdout).toEqual([]);
      expect(r.code).toBe(0);
      const overdue = runPlan(['overdue', '--as-of', day, '--fail-if-any'], { cwd: dir });
      expect(overdue.code, overdue.stdout).toBe(0);
    });
  }
});
