/** plan history through a repository built here: every change to an item, oldest first, across a rename, with its summary. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan } from '../helpers.js';
import { historyRepo } from './history-repo.js';

let repo: ReturnType<typeof historyRepo>;
let c: string[];

beforeAll(() => {
  repo = historyRepo();
  c = repo.commits;
});
afterAll(() => repo.cleanup());

describe('plan history', () => {
  it("gives an action's changes oldest first, following the plan's rename, with the due-date summary", () => {
    const r = runPlan(['history', 'A1'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'action A1 "Build the new depot" in plan demo-services-2017-18 (plans/demo/services-2017-18.yaml)',
        `  2017-04-10  ${c[0]}  added: “Build the new depot” (owner Ann Smith, due 30 Sep 2017)`,
        `  2017-07-12  ${c[1]}  due date slipped by 92 days, from 30 Sep 2017 to 31 Dec 2017`,
        `  2017-07-12  ${c[1]}  milestone M1 due date slipped by 62 days, from 30 Jun 2017 to 31 Aug 2017`,
        `  2017-07-12  ${c[1]}  update of 30 Jun 2017 added: status on-track, 25% complete`,
        `  2017-10-16  ${c[2]}  plan file moved from plans/demo/services.yaml to plans/demo/services-2017-18.yaml`,
        `  2017-10-16  ${c[2]}  due date slipped by 90 days, from 31 Dec 2017 to 31 Mar 2018`,
        `  2017-10-16  ${c[2]}  update of 31 Jul 2017 added: status at-risk (was on-track), 30% complete`,
        '',
        '6 changes in 4 versions; due date moved twice, 182 days in all (182 days later than first set); update dated before its commit by more than the allowance once',
        '',
      ].join('\n'),
    );
  });

  it("gives a measure's targets and actuals through time: a target lowered after its quarter closed, an actual restated once without a note", () => {
    const r = runPlan(['history', 'PI1'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(1)).toEqual([
      `  2017-04-10  ${c[0]}  added: “Households recycling” (targets 2017/18: 60%, 2017/18 Q1: 58%)`,
      `  2017-07-12  ${c[1]}  actual for 2017/18 Q1 added: 55%`,
      `  2017-10-16  ${c[2]}  plan file moved from plans/demo/services.yaml to plans/demo/services-2017-18.yaml`,
      `  2017-10-16  ${c[2]}  actual for 2017/18 Q1 raised from 55% to 57% (better: higher is better)`,
      `  2018-01-15  ${c[3]}  target for 2017/18 Q1 lowered from 58% to 55% (less ambitious: higher is better)`,
      `  2018-01-15  ${c[3]}  actual for 2017/18 Q1 lowered from 57% to 56% (worse: higher is better)`,
      `  2018-01-15  ${c[3]}  actual for 2017/18 Q1 note added: “validated return”`,
      '',
      '6 changes in 4 versions; target lowered once, after its period closed; actual restated twice, 1 without a note',
      '',
    ]);
  });

  it('gives the summary as JSON: each target change and restatement with its commit', () => {
    const r = runPlan(['history', 'PI1', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { events: { path: string }[]; summary: Record<string, unknown> };
    expect(out.events.map((e) => e.path)).toEqual(['plans/demo/services.yaml', 'plans/demo/services.yaml', 'plans/demo/services-2017-18.yaml', 'plans/demo/services-2017-18.yaml', 'plans/demo/services-2017-18.yaml', 'plans/demo/services-2017-18.yaml', 'plans/demo/services-2017-18.yaml']);
    const full = (short: string) => expect.stringMatching(new RegExp(`^${short}[0-9a-f]{33}$`));
    expect(out.summary.targets).toEqual([{ commit: full(c[3]!), date: '2018-01-15T10:00:00+00:00', period: '2017/18 Q1', from: 58, to: 55, direction: 'lowered', afterPeriodClosed: true }]);
    expect(out.summary.restatements).toEqual([
      { commit: full(c[2]!), date: '2017-10-16T10:00:00+01:00', period: '2017/18 Q1', from: 55, to: 57, noted: false },
      { commit: full(c[3]!), date: '2018-01-15T10:00:00+00:00', period: '2017/18 Q1', from: 57, to: 56, noted: true },
    ]);
    expect(out.summary.dueMoves).toBeNull();
  });

  it("gives a milestone's own changes (ACTION/MILESTONE), and a risk's rewritten reassessment", () => {
    const m = runPlan(['history', 'A1/M1', '--format', 'markdown'], { cwd: repo.dir });
    expect(m.code).toBe(0);
    expect(m.stdout).toContain(`| 2017-07-12 | \`${c[1]}\` | milestone M1 due date slipped by 62 days, from 30 Jun 2017 to 31 Aug 2017 |`);
    expect(m.stdout).toContain('**2 changes in 4 versions; due date moved once, 62 days in all (62 days later than first set)**');
    const r = runPlan(['history', 'R1'], { cwd: repo.dir });
    expect(r.stdout).toContain(`  2018-01-15  ${c[3]}  reassessment of 30 Sep 2017 score fell from 9 (Medium) to 6 (Medium), still Medium: likelihood 3 → 2\n`);
    expect(r.stdout).toContain('3 changes in 4 versions; past reassessment rewritten once\n');
  });

  it('stops with one line and a hint for an unknown id, an id in two plans, and a plan not in git', () => {
    const unknown = runPlan(['history', 'A2'], { cwd: repo.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("plan: no action, milestone, measure or risk 'A2' in the plans — did you mean 'A1'?\nhint: ids are matched exactly; name a milestone as ACTION-ID/MILESTONE-ID\n");
    writeFileSync(join(repo.dir, 'plans/demo/copy.yaml'), 'id: copy\ncouncil: demo\nservice: Copy\nperiod: 2017/18\nactions:\n  - { id: A1, title: Another, owner: Ann Smith, due: 2018-03-31 }\n');
    const twice = runPlan(['history', 'A1'], { cwd: repo.dir });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("'A1' names 2 items");
    expect(twice.stderr).toContain('--plan');
    const untracked = runPlan(['history', 'A1', '--plan', 'plans/demo/copy.yaml'], { cwd: repo.dir });
    expect(untracked.code).toBe(2);
    expect(untracked.stderr).toContain('plans/demo/copy.yaml has no history: git holds no committed version of plans/demo/copy.yaml');
    expect(untracked.stderr).not.toMatch(/\n\s+at /);
    const chosen = runPlan(['history', 'A1', '--plan', 'demo-services-2017-18'], { cwd: repo.dir });
    expect(chosen.code).toBe(0);
  });
});
