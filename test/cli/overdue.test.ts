/** plan overdue on the bundled plans, run as users run it. */
import { describe, expect, it } from 'vitest';
import { runPlan } from '../helpers.js';

describe('plan overdue on the bundled plans', () => {
  it('as of 2017-06-01, lists Vale actions that finished in 2016 with no completion update, and not Southend 2017-18', () => {
    const r = runPlan(['overdue', 'plans', '--as-of', '2017-06-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { plan: string; id: string; daysOverdue: number; kind: string; status: string }[];
    const vale = Object.fromEntries(rows.filter((x) => x.plan === 'vale-school-improvement-2016-20' && x.kind === 'action').map((x) => [x.id, x.daysOverdue]));
    expect(vale['WSI1 RSI2']).toBe(397); // due April 2016: 30 Apr 2016 to 1 Jun 2017
    expect(vale['WSI2 RSI3']).toBe(305); // due July 2016
    expect(vale['AC5.1']).toBe(183); // due November 2016: 30 Nov 2016 to 1 Jun 2017
    expect(rows.some((x) => x.plan === 'southend-learning-2017-18')).toBe(false);
    for (const x of rows) expect(Object.keys(x)).toEqual(expect.arrayContaining(['plan', 'id', 'title', 'owner', 'due', 'daysOverdue', 'status', 'kind']));
  });
  it("as of 2018-04-30, Southend's open actions are listed", () => {
    const rows = JSON.parse(runPlan(['overdue', 'plans/southend/learning-2017-18.yaml', '--as-of', '2018-04-30', '--format', 'json']).stdout) as { id: string; kind: string; daysOverdue: number }[];
    const actions = rows.filter((x) => x.kind === 'action');
    expect(actions.length).toBe(16); // all but LS 1718 13, due 31 March 2019
    expect(actions.every((x) => x.daysOverdue === 30)).toBe(true);
    expect(rows.filter((x) => x.kind === 'milestone').map((x) => `${x.id} ${x.daysOverdue}`)).toEqual(['LS 1718 04 / M1 242']); // 31 Aug 2017
    expect(runPlan(['overdue', 'plans/southend/learning-2017-18.yaml', '--as-of', '2017-06-01', '--format', 'json']).stdout.trim()).toBe('[]');
  });
  it('--fail-if-any exits 1 when something is overdue; usage errors exit 2', () => {
    expect(runPlan(['overdue', 'plans/southend', '--as-of', '2018-04-30', '--fail-if-any']).code).toBe(1);
    expect(runPlan(['overdue', 'plans/southend/learning-2017-18.yaml', '--as-of', '2017-04-30', '--fail-if-any']).code).toBe(0);
    const bad = runPlan(['overdue', '--as-of', '2018-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of "2018-02-30" is not a real date/);
    const uk = runPlan(['overdue', '--as-of', '1/4/2018']);
    expect(uk.code).toBe(2);
    expect(uk.stderr).toBe('plan: --as-of "1/4/2018" is not a real date\nhint: write it as YYYY-MM-DD: --as-of 2018-04-01\n');
  });
  it('filters by owner and plan; summarises across plans and owners', () => {
    const r = runPlan(['overdue', 'plans', '--as-of', '2017-06-01', '--owner', 'mike glavin', '--by', 'plan']);
    expect(r.stdout).toMatch(/Plan: vale-school-improvement-2016-20/);
    expect(r.stdout).not.toMatch(/Plan: birmingham/);
    expect(r.stdout).toMatch(/\d+ overdue across 1 plan and \d+ owners, as of 2017-06-01/);
  });
});
