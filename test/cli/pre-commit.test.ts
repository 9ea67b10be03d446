/**
 * This repository as a pre-commit hook repository: the real `language: node` hook from
 * .pre-commit-hooks.yaml, installed by the pre-commit framework from a git copy of this project, guards
 * commits in a plan repository made by `plan init`: a bad plan is rejected, a good one accepted.
 *
 * pre-commit installs a node hook by cloning the hook repository at `rev`, running `npm install` and
 * `npm pack` there, and installing the packed tarball into its own environment. So the test commits a
 * copy of this working tree (the files the package needs) to a temporary git repository and points
 * `repo:` at it. npm works from its cache where it can (prefer-offline) so the test does not depend on
 * the network when the cache is warm.
 *
 * Without pre-commit: in CI (CI set) the test fails, so a missing install cannot pass unnoticed; elsewhere
 * it is skipped and says why.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, hookTestEnv, runPlan, tempDir } from '../helpers.js';

const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const HAVE_PRE_COMMIT = !version.error && version.status === 0;
const IN_CI = Boolean(process.env.CI);
const MISSING = 'pre-commit is not installed (apt-get install -y pre-commit, or pip install pre-commit)';

/** What the package needs to install and build, as npm pack and npm install see it. */
const PACKAGE_PATHS = ['package.json', 'package-lock.json', '.npmrc', 'tsconfig.json', '.pre-commit-hooks.yaml', 'bin', 'src', 'scripts', 'schemas', 'seeds'];

describe('pre-commit hook (plan-lint)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  const env: NodeJS.ProcessEnv = {
    ...hookTestEnv(tmp.dir),
    // pre-commit before 4.x reads the tarball name from `npm pack` stdout, which npm fills with the
    // banner of the package's prepare script when scripts run in the foreground (pre-commit PR #3460).
    npm_config_foreground_scripts: 'false',
  };
  delete env.FORCE_COLOR;
  delete env.PRE_COMMIT_ALLOW_NO_CONFIG;

  function run(cmd: string, args: string[], cwd: string, timeout = 240_000) {
    const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  }
  function git(args: string[], cwd: string) {
    const r = run('git', args, cwd);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${r.out}`);
    return r.out.trim();
  }

  it('the hook definition lints staged plan files with the node hook and leaves the config out', () => {
    const text = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    expect(text).toMatch(/^- id: plan-lint$/m);
    expect(text).toMatch(/^ {2}language: node$/m);
    expect(text).toMatch(/^ {2}entry: plan lint$/m);
    expect(text).toMatch(/^ {2}pass_filenames: true$/m);
    const files = new RegExp(/^ {2}files: (.+)$/m.exec(text)![1]!);
    const exclude = new RegExp(/^ {2}exclude: (.+)$/m.exec(text)![1]!);
    const picked = (f: string) => files.test(f) && !exclude.test(f);
    expect(picked('plans/southend/learning-2017-18.yaml')).toBe(true);
    expect(picked('plans/southend/council.yaml')).toBe(true);
    expect(picked('plans/x/plan.yml')).toBe(true);
    expect(picked('plan.config.yaml')).toBe(false);
    expect(picked('.pre-commit-config.yaml')).toBe(false);
    expect(picked('.github/workflows/plan-lint.yml')).toBe(false);
    expect(picked('schemas/plan.schema.json')).toBe(false);
  });

  if (!HAVE_PRE_COMMIT && IN_CI) {
    it('needs pre-commit in CI', () => {
      throw new Error(`${MISSING}, and CI is set: install it in the CI image so the hook is tested`);
    });
    return;
  }

  it.skipIf(!HAVE_PRE_COMMIT)(`rejects a commit with a bad plan and accepts a good one${HAVE_PRE_COMMIT ? '' : ` (skipped: ${MISSING})`}`, { timeout: 420_000 }, () => {
    writeFileSync(env.GIT_CONFIG_GLOBAL!, '[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n');

    // 1. The hook repository: this project's package files, committed.
    const hookRepo = join(tmp.dir, 'plan-hook-repo');
    mkdirSync(hookRepo);
    for (const p of PACKAGE_PATHS) if (existsSync(join(ROOT, p))) cpSync(join(ROOT, p), join(hookRepo, p), { recursive: true });
    git(['init', '-q'], hookRepo);
    git(['add', '-A'], hookRepo);
    git(['commit', '-q', '-m', 'plan'], hookRepo);
    const rev = git(['rev-parse', 'HEAD'], hookRepo);

    // 2. A plan repository made by plan init, its pre-commit entry replaced by one for the hook repository
    //    (plan init's own entry is a local hook running the installed plan: test/cli/package.test.ts).
    const repo = join(tmp.dir, 'council-plans');
    mkdirSync(repo);
    git(['init', '-q'], repo);
    expect(runPlan(['init'], { cwd: repo }).code).toBe(0);
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: plan-lint\n        files: ^plans/.*\\.ya?ml$\n`);
    const install = run('pre-commit', ['install'], repo);
    expect(install.code, install.out).toBe(0);

    // 3. A good starter plan is accepted (this also installs the node hook environment).
    git(['add', '-A'], repo);
    const good = run('git', ['commit', '-m', 'Starter plans'], repo);
    expect(good.out).toMatch(/plan lint\.+Passed/);
    expect(good.code, good.out).toBe(0);
    const head = git(['rev-parse', 'HEAD'], repo);

    // 4. A bad plan is rejected with plan lint's message, and nothing is committed.
    const planPath = join(repo, 'plans/my-council/service-plan.yaml');
    const plan = readFileSync(planPath, 'utf8');
    expect(plan).toMatch(/^ {4}due: \d{4}-\d{2}-\d{2}$/m);
    writeFileSync(planPath, plan.replace(/^( {4}due:) \d{4}-\d{2}-\d{2}$/m, '$1 31/03/2027'));
    git(['add', '-A'], repo);
    const bad = run('git', ['commit', '-m', 'Write the due date the British way'], repo);
    expect(bad.out).toMatch(/plan lint\.+Failed/);
    expect(bad.out).toMatch(/plans\/my-council\/service-plan\.yaml/);
    expect(bad.out).toMatch(/due '31\/03\/2027' is not in the right form/);
    expect(bad.code).not.toBe(0);
    expect(git(['rev-parse', 'HEAD'], repo)).toBe(head);

    // 5. Fixed (the date put back, the title reworded), it is accepted.
    writeFileSync(planPath, plan.replace('title: Review customer contact arrangements', 'title: Review how residents contact the service'));
    git(['add', '-A'], repo);
    const fixed = run('git', ['commit', '-m', 'Reword the action'], repo);
    expect(fixed.out).toMatch(/plan lint\.+Passed/);
    expect(fixed.code, fixed.out).toBe(0);
    expect(git(['rev-parse', 'HEAD'], repo)).not.toBe(head);
  });
});
