/** plan slippage through a repository built here: how often and how far each due date moved. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan, tempDir } from '../helpers.js';
import { historyRepo } from './history-repo.js';

let repo: ReturnType<typeof historyRepo>;

beforeAll(() => {
  repo = historyRepo();
});
afterAll(() => repo.cleanup());

describe('plan slippage', () => {
  it('lists the action and the milestone whose due dates moved, with how often and how far (JSON)', () => {
    const r = runPlan(['slippage', '--format', 'json'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { items: Record<string, unknown>[]; plans: number; notInGit: string[] };
    expect(out.plans).toBe(1);
    expect(out.notInGit).toEqual([]);
    expect(out.items.map(({ lastMoved, ...rest }) => ({ ...rest, lastMoved: (lastMoved as { date: string }).date }))).toEqual([
      { plan: 'demo-services-2017-18', file: 'plans/demo/services-2017-18.yaml', item: 'A1', kind: 'action', title: 'Build the new depot', moves: 2, totalDays: 182, netDays: 182, firstDue: '2017-09-30', due: '2018-03-31', lastMoved: '2017-10-16T10:00:00+01:00' },
      { plan: 'demo-services-2017-18', file: 'plans/demo/services-2017-18.yaml', item: 'A1/M1', kind: 'milestone', title: 'Planning consent', moves: 1, totalDays: 62, netDays: 62, firstDue: '2017-06-30', due: '2017-08-31', lastMoved: '2017-07-12T10:00:00+01:00' },
    ]);
  });

  it('gives the same rows as CSV and Markdown', () => {
    const csv = runPlan(['slippage', 'plans', '--format', 'csv'], { cwd: repo.dir });
    expect(csv.stdout).toBe(
      [
        'Plan,Item,Kind,Title,Moves,Days in all,Net days,First due,Due now,Last moved',
        `demo-services-2017-18,A1,action,Build the new depot,2,182,182,2017-09-30,2018-03-31,2017-10-16 ${repo.commits[2]}`,
        `demo-services-2017-18,A1/M1,milestone,Planning consent,1,62,62,2017-06-30,2017-08-31,2017-07-12 ${repo.commits[1]}`,
        '',
      ].join('\r\n'),
    );
    const md = runPlan(['slippage', '--format', 'markdown'], { cwd: repo.dir });
    expect(md.stdout).toContain('| demo-services-2017-18 | A1/M1 | milestone | Planning consent | 1 | 62 | 62 | 2017-06-30 | 2017-08-31 |');
    expect(md.stdout).toContain('2 items slipped (3 moves) across 1 plan\n');
  });

  it('says so for plans not in git, and lists nothing', () => {
    const t = tempDir({ 'plans/a.yaml': 'id: a\ncouncil: x\nservice: A\nperiod: 2017/18\nactions:\n  - { id: A1, title: T, owner: Ann, due: 2018-03-31 }\n' });
    try {
      const r = runPlan(['slippage', 'plans'], { cwd: t.dir, env: { GIT_CEILING_DIRECTORIES: t.dir.replace(/\/[^/]+$/, '') } });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('No due date has moved. 0 items slipped (0 moves) across 1 plan; 1 not in git\n');
    } finally {
      t.cleanup();
    }
  });
});
