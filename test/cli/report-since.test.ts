/**
 * plan report --since REV: "changes since" compared with the plans as at the last return's tag or commit. In
 * the ordinary cycle Q1's figures are committed in July, after the quarter, so no version "on or before 30
 * June" exists; the footer says which version was used and how to choose another.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers.js';

const PLAN = 'plans/learning.yaml';

describe('report --since', () => {
  let repo: ReturnType<typeof tempDir>;
  const git = (args: string[], date: string) =>
    execFileSync('git', args, { cwd: repo.dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
  const report = (...more: string[]) => runPlan(['report', 'plans', '--quarter', '2017/18 Q2', ...more], { cwd: repo.dir });
  beforeAll(() => {
    const plan = readFileSync(join(ROOT, 'plans/southend/learning-2017-18.yaml'), 'utf8');
    repo = tempDir({ [PLAN]: plan });
    // Q1's return, committed and tagged in July; Q2's changes in September.
    git(['init', '-q', '-b', 'main'], '2017-07-14T12:00:00');
    git(['add', '.'], '2017-07-14T12:00:00');
    git(['commit', '-qm', 'Q1 return'], '2017-07-14T12:00:00');
    git(['tag', 'q1-return'], '2017-07-14T12:00:00');
    writeFileSync(join(repo.dir, PLAN), plan.replace('title: Secondary School Places Strategy', 'title: Secondary School Places Strategy 2018-2022'));
    git(['commit', '-qam', 'Q2 update'], '2017-09-20T12:00:00');
  });
  afterAll(() => repo.cleanup());

  it('without it, no version from before the quarter exists: the report says so and names --since', () => {
    const r = report('--format', 'markdown');
    expect(r.code, r.stderr).toBe(0);
    const footer = r.stdout.slice(r.stdout.indexOf('## About this report'));
    expect(footer).toMatch(/No earlier version of the plans was compared \(git holds no commit from on or before 30 Jun 2017\)\. To compare with another version, such as the tag or commit of the last return, run plan report with --since REV\./);
    expect(JSON.parse(report('--format', 'json').stdout).changesBasis).toEqual({ description: 'none: git holds no commit from on or before 30 Jun 2017', chosen: false });
  });

  it('with the tag of the last return, the changes since it are listed and the footer names it', () => {
    const json = JSON.parse(report('--since', 'q1-return', '--format', 'json').stdout);
    const changes = json.plans[0].changes;
    expect(changes.available).toBe(true);
    expect(changes.since).toMatch(/^q1-return \(commit [0-9a-f]{7,}\)$/);
    expect(changes.changes.map((c: { summary: string }) => c.summary).join('\n')).toMatch(/action LS 1718 05: title: Secondary School Places Strategy .*2018-2022/);
    expect(json.changesBasis.chosen).toBe(true);
    const text = report('--since', 'q1-return').stdout;
    expect(text).toMatch(/Changes since the last return compare each plan with q1-return \(commit [0-9a-f]{7,}\), chosen with --since\./);
    expect(text).not.toMatch(/run plan report with --since REV/);
  });

  it('a commit works as well as a tag, and the current commit has no changes since', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir }).toString().trim();
    const changes = JSON.parse(report('--since', head, '--format', 'json').stdout).plans[0].changes;
    expect(changes).toMatchObject({ available: true, changes: [] });
  });

  it('a revision git does not know is a usage error', () => {
    const r = report('--since', 'q9-return');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since: git knows no tag or commit 'q9-return'/);
    expect(r.stderr).toMatch(/hint: /);
    expect(report('--since', '--output=x').code).toBe(2);
  });
});
