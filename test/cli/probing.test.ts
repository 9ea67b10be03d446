/** Bugs found by probing (issue 40): each test reproduces one item as a user meets it. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers.js';

const PLAN_PATH = 'plans/southend/learning-2017-18.yaml';
const PLAN = readFileSync(join(ROOT, PLAN_PATH), 'utf8');
const COUNCIL = readFileSync(join(ROOT, 'plans/southend/council.yaml'), 'utf8');
/** The plan with one risk re-scored: a change the report's history shows. */
const RESCORED = PLAN.replace('likelihood: 1\n', 'likelihood: 3\n');

/** A git repository in dir, with commits dated as asked. */
function gitIn(dir: string) {
  return (args: string[], date = '2017-05-01T12:00:00+01:00') =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
    }).toString();
}

/** A repository with the plan committed on 1 May 2017 (2017/18 Q1). */
function planRepo(files: Record<string, string> = { [PLAN_PATH]: PLAN }) {
  const t = tempDir(files);
  const git = gitIn(t.dir);
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-qm', 'Q1 version']);
  return { ...t, git };
}

type Changes = { available: boolean; reason?: string; since?: string; changes?: { summary: string }[] };

function reportJson(args: string[], cwd: string, env: Record<string, string | undefined> = {}): { source: string; plans: { id: string; changes: Changes }[] } {
  const r = runPlan(['report', ...args, '--format', 'json'], { cwd, env });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('item 2: last quarter ends at midnight in London, whatever TZ is', () => {
  it('a commit at 00:30 BST on 1 July is a change of Q2 under any TZ', () => {
    const repo = planRepo();
    try {
      writeFileSync(join(repo.dir, PLAN_PATH), RESCORED);
      repo.git(['commit', '-qam', 'just after midnight'], '2017-07-01T00:30:00+01:00');
      for (const TZ of ['Europe/London', 'UTC', 'America/New_York', 'Pacific/Auckland']) {
        const changes = reportJson(['plans', '--quarter', '2017/18 Q2'], repo.dir, { TZ }).plans[0]!.changes;
        expect(changes.available, TZ).toBe(true);
        expect(changes.since, TZ).toMatch(/^2017-06-30 /);
        expect(changes.changes!.length, TZ).toBeGreaterThan(0);
      }
    } finally {
      repo.cleanup();
    }
  });
});

describe('item 4: a plan moved with git mv keeps its history', () => {
  it('compares with the version at its old path', () => {
    const repo = planRepo();
    try {
      mkdirSync(join(repo.dir, 'plans/essex'));
      repo.git(['mv', PLAN_PATH, 'plans/essex/learning.yaml'], '2017-08-01T12:00:00+01:00');
      writeFileSync(join(repo.dir, 'plans/essex/learning.yaml'), RESCORED);
      repo.git(['commit', '-qam', 'moved and re-scored'], '2017-08-01T12:00:00+01:00');
      const changes = reportJson(['plans', '--quarter', '2017/18 Q2'], repo.dir).plans[0]!.changes;
      expect(changes.available, changes.reason).toBe(true);
      expect(changes.changes!.map((c) => c.summary).join('\n')).toMatch(/LS2/);
      // Moved but not yet committed (staged by git mv) is followed too.
      repo.git(['mv', 'plans/essex/learning.yaml', 'plans/essex/learning-2017-18.yaml'], '2017-08-02T12:00:00+01:00');
      expect(reportJson(['plans', '--quarter', '2017/18 Q2'], repo.dir).plans[0]!.changes.available).toBe(true);
    } finally {
      repo.cleanup();
    }
  });
});

describe('item 7: GIT_DIR set, as git hooks export it', () => {
  it('plan diff and plan report find the repository from the plans, not from GIT_DIR and the working folder', () => {
    const repo = planRepo();
    try {
      writeFileSync(join(repo.dir, PLAN_PATH), RESCORED);
      repo.git(['commit', '-qam', 're-scored'], '2017-08-01T12:00:00+01:00');
      const env = { GIT_DIR: join(repo.dir, '.git') };
      const diff = runPlan(['diff', 'HEAD~1', '--format', 'json'], { cwd: join(repo.dir, 'plans'), env });
      expect(diff.code, diff.stderr).toBe(0);
      expect(JSON.parse(diff.stdout).map((c: { kind: string; section: string }) => `${c.section} ${c.kind}`)).not.toContain('plan removed');
      expect(diff.stdout).toContain('LS2');
      const report = reportJson(['southend', '--quarter', '2017/18 Q2'], join(repo.dir, 'plans'), env);
      expect(report.source).toMatch(/^git commit [0-9a-f]+$/);
      expect(report.plans[0]!.changes.available).toBe(true);
    } finally {
      repo.cleanup();
    }
  });
});

