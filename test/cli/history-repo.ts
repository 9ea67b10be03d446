/**
 * A plan repository built for the history tests: four commits a quarter apart (April 2017 to January 2018),
 * a due date slipped twice, a milestone slipped, the plan file renamed (git mv), an update added long after
 * its date, an actual restated without a note and again with one, a past reassessment rewritten, and a
 * quarter's target lowered after that quarter had closed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers.js';

export const OLD_PATH = 'plans/demo/services.yaml';
export const PLAN_PATH = 'plans/demo/services-2017-18.yaml';

function git(dir: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

interface Shape {
  due: string;
  milestoneDue: string;
  updates: string[];
  q1Target: number;
  actuals: string[];
  reviews: string[];
}

function plan(s: Shape): string {
  const list = (items: string[], indent: string) => (items.length ? `\n${items.map((x) => `${indent}- ${x}`).join('\n')}` : ' []');
  return `id: demo-services-2017-18
council: demo
service: Services
period: 2017/18
actions:
  - id: A1
    title: Build the new depot
    owner: Ann Smith
    due: ${s.due}
    milestones:
      - id: M1
        title: Planning consent
        due: ${s.milestoneDue}
    updates:${list(s.updates, '      ')}
measures:
  - id: PI1
    title: Households recycling
    unit: percent
    polarity: higher
    targets: { 2017/18: 60, 2017/18 Q1: ${s.q1Target} }
    actuals:${list(s.actuals, '      ')}
risks:
  - id: R1
    title: Depot site unavailable
    likelihood: 3
    impact: 4
    reviews:${list(s.reviews, '      ')}
`;
}

/** The commits, oldest first: [committed at, message, the plan's shape, rename first]. */
const COMMITS: [string, string, Shape, boolean][] = [
  ['2017-04-10T10:00:00+01:00', 'Plan for 2017/18', { due: '2017-09-30', milestoneDue: '2017-06-30', updates: [], q1Target: 58, actuals: [], reviews: [] }, false],
  ['2017-07-12T10:00:00+01:00', 'Q1 monitoring', { due: '2017-12-31', milestoneDue: '2017-08-31', updates: ['{ date: 2017-06-30, status: on-track, percentComplete: 25 }'], q1Target: 58, actuals: ['{ period: 2017/18 Q1, value: 55 }'], reviews: [] }, false],
  [
    '2017-10-16T10:00:00+01:00',
    'Q2 monitoring, plan renamed',
    { due: '2018-03-31', milestoneDue: '2017-08-31', updates: ['{ date: 2017-06-30, status: on-track, percentComplete: 25 }', '{ date: 2017-07-31, status: at-risk, percentComplete: 30 }'], q1Target: 58, actuals: ['{ period: 2017/18 Q1, value: 57 }'], reviews: ['{ date: 2017-09-30, likelihood: 3, impact: 3 }'] },
    true,
  ],
  [
    '2018-01-15T10:00:00+00:00',
    'Q3 monitoring',
    { due: '2018-03-31', milestoneDue: '2017-08-31', updates: ['{ date: 2017-06-30, status: on-track, percentComplete: 25 }', '{ date: 2017-07-31, status: at-risk, percentComplete: 30 }'], q1Target: 55, actuals: ['{ period: 2017/18 Q1, value: 56, note: validated return }'], reviews: ['{ date: 2017-09-30, likelihood: 2, impact: 3 }'] },
    false,
  ],
];

/** A new repository with the four commits; returns its folder and the commits' short ids, oldest first. */
export function historyRepo(): { dir: string; cleanup: () => void; commits: string[] } {
  const t = tempDir({ 'plan.config.yaml': 'plans: [plans]\n' });
  git(t.dir, ['init', '-q']);
  git(t.dir, ['config', 'user.name', 'Plan Tester']);
  git(t.dir, ['config', 'user.email', 'tester@example.com']);
  let path = OLD_PATH;
  const commits: string[] = [];
  for (const [date, message, shape, rename] of COMMITS) {
    if (rename) {
      mkdirSync(dirname(join(t.dir, PLAN_PATH)), { recursive: true });
      renameSync(join(t.dir, path), join(t.dir, PLAN_PATH));
      path = PLAN_PATH;
    }
    mkdirSync(dirname(join(t.dir, path)), { recursive: true });
    writeFileSync(join(t.dir, path), plan(shape));
    git(t.dir, ['add', '-A']);
    git(t.dir, ['commit', '-q', '-m', message], date);
    commits.push(git(t.dir, ['rev-parse', '--short', 'HEAD']).trim());
  }
  return { ...t, commits };
}
