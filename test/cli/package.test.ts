/**
 * The package as a council adopts it: npm pack, install the tarball into an empty folder with
 * --omit=dev (no build step, no devDependencies), `npx plan --version`, `plan init` there, commit, and then
 * the generated pre-commit hook and the generated workflow's lint command, exactly as written: both pass on
 * the starter plan and fail on a plan with an error. The install needs the npm registry (or a warm npm
 * cache) for the package's dependencies.
 *
 * Without pre-commit: in CI (CI set) the test fails; elsewhere the hook part is skipped and says why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_NAME } from '../../src/util/package-links.js';
import { ROOT, hookTestEnv, tempDir } from '../helpers.js';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; files: string[]; dependencies: Record<string, string> };
const HAVE_PRE_COMMIT = spawnSync('pre-commit', ['--version']).status === 0;
const IN_CI = Boolean(process.env.CI);

describe('the packed package, installed and adopted by a council', () => {
  const tmp = tempDir();
  const council = join(tmp.dir, 'council');
  let tarball = '';
  const env = hookTestEnv(tmp.dir);
  delete env.FORCE_COLOR;
  delete env.CI;
  delete env.GITHUB_ACTIONS;

  function run(cmd: string, args: string[], cwd = council, timeout = 300_000) {
    const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
  }
  function ok(cmd: string, args: string[], cwd = council) {
    const r = run(cmd, args, cwd);
    if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}):\n${r.out}`);
    return r.stdout.trim();
  }
  /** The generated workflow's lint step, run as the runner runs it (bash). */
  function workflowLint() {
    const workflow = parse(readFileSync(join(council, '.github/workflows/plan.yml'), 'utf8')) as { jobs: Record<string, { steps: { name?: string; run?: string }[] }> };
    const step = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.name === 'Check the plans');
    expect(step?.run).toMatch(/^npx plan lint --format github/);
    return run('bash', ['-e', '-c', step!.run!]);
  }

  beforeAll(() => {
    writeFileSync(env.GIT_CONFIG_GLOBAL!, '[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n');
    // the build before the tests made dist/; packing must not rebuild it under the other tests' feet
    const packed = ok('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp.dir], ROOT);
    tarball = join(tmp.dir, packed.split('\n').pop()!);
    mkdirSync(council);
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('is named as package-links.ts says and ships what runs: the bundle, schemas, seeds and rule pages, no sources', () => {
    expect(PKG.name).toBe(PACKAGE_NAME);
    const listed = ok('tar', ['-tzf', tarball], tmp.dir).split('\n');
    for (const f of ['package/package.json', 'package/bin/plan.cjs', 'package/dist/plan.cjs', 'package/schemas/plan.schema.json', 'package/seeds/init/service-plan.yaml', 'package/seeds/matrices/standard-5x5.yaml', 'package/docs/rules/risk-on-matrix.md']) {
      expect(listed, f).toContain(f);
    }
    expect(listed.filter((f) => /^package\/(src|test|scripts|bench|plans)\//.test(f) || f.endsWith('.map'))).toEqual([]);
    // the heavy libraries the bundle leaves out are installed with it
    for (const lib of ['exceljs', 'docx', 'mammoth', 'vega', 'vega-lite', '@duckdb/node-api']) expect(PKG.dependencies[lib], lib).toBeDefined();
  });

  it('installs from the tarball with --omit=dev and no build step, and npx plan --version works', { timeout: 600_000 }, () => {
    const install = run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', tarball]);
    expect(install.code, install.out).toBe(0);
    const installed = join(council, 'node_modules', PACKAGE_NAME);
    expect(existsSync(join(installed, 'dist/plan.cjs'))).toBe(true);
    // no devDependency came with it (the build's own tools among them)
    for (const dev of ['esbuild', 'typescript', 'vitest']) expect(existsSync(join(council, 'node_modules', dev)), dev).toBe(false);
    expect(readdirSync(join(installed))).not.toContain('src');
    expect(ok('npx', ['plan', '--version'])).toBe(PKG.version);
  });

  it('plan init there makes a repository whose hook and workflow pass on the starter plan and fail on an error', { timeout: 600_000 }, () => {
    expect(existsSync(join(council, 'node_modules/.bin/plan')), 'the install test ran first').toBe(true);
    ok('git', ['init', '-q']);
    const init = run('npx', ['plan', 'init']);
    expect(init.code, init.out).toBe(0);
    expect(init.stdout).toMatch(/^kept package\.json \(already there\)$/m);
    expect(init.stdout).toMatch(/^created \.pre-commit-config\.yaml$/m);
    ok('git', ['add', '-A']);
    ok('git', ['commit', '-q', '-m', 'plan init']);
    // node_modules stays out of git (the .gitignore plan init wrote)
    expect(ok('git', ['ls-files'])).not.toMatch(/node_modules/);

    const goodLint = workflowLint();
    expect(goodLint.out).not.toMatch(/::error/);
    expect(goodLint.code, goodLint.out).toBe(0);

    const planPath = join(council, 'plans/my-council/service-plan.yaml');
    const plan = readFileSync(planPath, 'utf8');
    expect(plan).toMatch(/^ {4}due: \d{4}-\d{2}-\d{2}$/m);
    const broken = plan.replace(/^( {4}due:) \d{4}-\d{2}-\d{2}$/m, '$1 31/03/2027');

    if (HAVE_PRE_COMMIT) {
      const good = run('pre-commit', ['run', '--all-files']);
      expect(good.out).toMatch(/plan lint\.+Passed/);
      expect(good.code, good.out).toBe(0);
    } else if (IN_CI) {
      throw new Error('pre-commit is not installed, and CI is set: install it so the generated hook is tested');
    }

    writeFileSync(planPath, broken);
    ok('git', ['add', '-A']);
    const badLint = workflowLint();
    expect(badLint.out).toMatch(/::error file=plans\/my-council\/service-plan\.yaml,line=\d+/);
    expect(badLint.out).toMatch(/not in the right form/);
    expect(badLint.code).toBe(1);
    if (HAVE_PRE_COMMIT) {
      const bad = run('pre-commit', ['run', '--all-files']);
      expect(bad.out).toMatch(/plan lint\.+Failed/);
      expect(bad.out).toMatch(/due '31\/03\/2027' is not in the right form/);
      expect(bad.code).not.toBe(0);
    }
  });

  it('a second plan init on the customised repository changes no existing file', { timeout: 120_000 }, () => {
    expect(existsSync(join(council, '.pre-commit-config.yaml')), 'the init test ran first').toBe(true);
    writeFileSync(join(council, 'plan.config.yaml'), '# ours\nfiscalYearStart: 4\nplans: [plans]\nriskMatrix: standard-4x4\n');
    writeFileSync(join(council, 'README.md'), '# Our plans\n');
    const files = ok('git', ['ls-files']).split('\n').concat(['plan.config.yaml', 'README.md']);
    const before = new Map(files.map((f) => [f, readFileSync(join(council, f))]));
    const again = run('npx', ['plan', 'init']);
    expect(again.code, again.out).toBe(0);
    expect(again.stdout).not.toMatch(/^(created|replaced) /m);
    for (const [f, bytes] of before) expect(readFileSync(join(council, f)).equals(bytes), f).toBe(true);
  });
});
