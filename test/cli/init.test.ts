/**
 * plan init: sets up a plan repository that lints clean, refuses to overwrite anything without --force
 * (writing nothing at all), and overwrites with it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initFiles } from '../../src/commands/init.js';
import { ROOT, runPlan, tempDir } from '../helpers.js';

const EXPECTED = [
  'plan.config.yaml',
  'plans/my-council/council.yaml',
  'plans/my-council/service-plan.yaml',
  'schemas/plan.schema.json',
  'schemas/council.schema.json',
  'schemas/config.schema.json',
  'schemas/matrix.schema.json',
  '.vscode/settings.json',
  '.vscode/extensions.json',
  '.pre-commit-config.yaml',
  '.github/workflows/plan-lint.yml',
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
  it('creates the config, a starter council and plan, the schemas, editor, pre-commit and CI files, and says so', () => {
    const dir = temp();
    const r = runPlan(['init'], { cwd: dir });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(listFiles(dir)).toEqual([...EXPECTED].sort());
    // one line per file created
    expect(r.stdout.trim().split('\n').sort()).toEqual(EXPECTED.map((f) => `created ${f}`).sort());
    // no temporary files left behind by the atomic writes
    expect(listFiles(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('sets up a repository that lints clean, then refuses to overwrite it, then overwrites it with --force', () => {
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

    const before = snapshot(dir);
    const again = runPlan(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    for (const f of EXPECTED) expect(again.stderr).toContain(f);
    expect(again.stderr).toMatch(/--force/);
    expect(snapshot(dir)).toEqual(before);

    // change two files; --force puts them back and reports every file as overwritten
    writeFileSync(join(dir, 'plans/my-council/service-plan.yaml'), 'id: mine\n');
    writeFileSync(join(dir, 'plan.config.yaml'), '# mine\n');
    const forced = runPlan(['init', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout.trim().split('\n').sort()).toEqual(EXPECTED.map((f) => `overwrote ${f}`).sort());
    expect(snapshot(dir)).toEqual(before);
    expect(runPlan(['lint'], { cwd: dir }).code).toBe(0);
  });

  it('refuses when even one target exists, writing nothing, and lists only the existing files', () => {
    const dir = temp({ '.vscode/settings.json': '{ "editor.tabSize": 4 }\n', 'notes.txt': 'keep me\n' });
    const r = runPlan(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.vscode/settings.json');
    expect(r.stderr).not.toContain('plan.config.yaml');
    expect(listFiles(dir)).toEqual(['.vscode/settings.json', 'notes.txt']);
    expect(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')).toBe('{ "editor.tabSize": 4 }\n');
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
    const r = runPlan(['init', 'repo', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan.config.yaml');
    expect(statSync(join(dir, 'repo/plan.config.yaml')).isDirectory()).toBe(true);
  });

  it('writes files whose first line points the editor at the copied schema', () => {
    const dir = temp();
    runPlan(['init'], { cwd: dir });
    const modeline = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n')[0];
    expect(modeline('plans/my-council/service-plan.yaml')).toBe('# yaml-language-server: $schema=../../schemas/plan.schema.json');
    expect(modeline('plans/my-council/council.yaml')).toBe('# yaml-language-server: $schema=../../schemas/council.schema.json');
    expect(modeline('plan.config.yaml')).toBe('# yaml-language-server: $schema=schemas/config.schema.json');
    for (const f of ['plans/my-council/service-plan.yaml', 'plans/my-council/council.yaml', 'plan.config.yaml']) {
      const target = modeline(f)!.replace(/^.*\$schema=/, '');
      expect(existsSync(join(dir, f, '..', target)), f).toBe(true);
    }
    for (const name of ['plan', 'council', 'config', 'matrix']) {
      expect(readFileSync(join(dir, 'schemas', `${name}.schema.json`), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
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

  it('writes VS Code settings, a pre-commit entry and a CI workflow that use plan', () => {
    const dir = temp();
    runPlan(['init'], { cwd: dir });
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']['./schemas/plan.schema.json']).toContain('plans/**/*.yaml');
    expect(settings['yaml.schemas']['./schemas/plan.schema.json']).toContain('!plans/**/council.yaml');
    expect(settings['yaml.schemas']['./schemas/council.schema.json']).toContain('plans/**/council.yaml');
    const extensions = JSON.parse(readFileSync(join(dir, '.vscode/extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(extensions.recommendations).toContain('redhat.vscode-yaml');
    const preCommit = parse(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    expect(preCommit.repos[0]!.hooks[0]!.id).toBe('plan-lint');
    expect(preCommit.repos[0]!.rev).toMatch(/^v\d+\.\d+\.\d+/);
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
    expect(hooks.map((h) => h.id)).toContain(preCommit.repos[0]!.hooks[0]!.id);
    const workflow = parse(readFileSync(join(dir, '.github/workflows/plan-lint.yml'), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const runs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    expect(runs).toContain('plan lint --format github');
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
