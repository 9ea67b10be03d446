/** plan lint --history through a repository built here: each integrity finding, where it stands in the plan now, naming its commit. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan } from '../helpers.js';
import { PLAN_PATH, historyRepo } from './history-repo.js';

let repo: ReturnType<typeof historyRepo>;

beforeAll(() => {
  repo = historyRepo();
});
afterAll(() => repo.cleanup());

interface Finding {
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
}

const historyFindings = (stdout: string) => (JSON.parse(stdout) as Finding[]).filter((d) => d.ruleId.startsWith('history-')).map(({ line, column, severity, ruleId, message }) => ({ line, column, severity, ruleId, message }));

describe('plan lint --history', () => {
  it('is off by default', () => {
    const r = runPlan(['lint', '--format', 'json'], { cwd: repo.dir });
    expect(historyFindings(r.stdout)).toEqual([]);
  });

  it('reports the backdated update, the target lowered after its quarter, the silent restatement and the rewritten reassessment, each naming its commit', () => {
    const [, , c3, c4] = repo.commits;
    const r = runPlan(['lint', '--history', '--format', 'json'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(historyFindings(r.stdout)).toEqual([
      { line: 16, column: 9, severity: 'warning', ruleId: 'history-update-backdated', message: `action A1: update dated 2017-07-31 was added in commit ${c3} (2017-10-16), 77 days later (the allowance is 30)` },
      { line: 22, column: 29, severity: 'warning', ruleId: 'history-target-changed-late', message: `measure PI1: target for 2017/18 Q1 lowered from 58 to 55 in commit ${c4} (2018-01-15), after the period it applies to had ended (it ended on 30 Jun 2017)` },
      { line: 24, column: 9, severity: 'warning', ruleId: 'history-actual-restated-silently', message: `measure PI1: actual for 2017/18 Q1 restated from 55 to 57 in commit ${c3} (2017-10-16) without a note` },
      { line: 31, column: 9, severity: 'warning', ruleId: 'history-reassessment-rewritten', message: `risk R1: the reassessment of 2017-09-30 was rewritten in commit ${c4} (2018-01-15), after its date` },
    ]);
  });

  it("takes the council's allowance, severities and plan-lint-disable directives from the project as for any rule", () => {
    writeFileSync(join(repo.dir, 'plan.config.yaml'), 'plans: [plans]\nhistory:\n  updateAllowanceDays: 90\nrules:\n  history-target-changed-late: error\n');
    const text = readFileSync(join(repo.dir, PLAN_PATH), 'utf8');
    writeFileSync(join(repo.dir, PLAN_PATH), text.replace('      - { period: 2017/18 Q1, value: 56, note: validated return }', '      - { period: 2017/18 Q1, value: 56, note: validated return }  # plan-lint-disable-line history-actual-restated-silently -- see the audit note'));
    try {
      const r = runPlan(['lint', '--history', '--format', 'json'], { cwd: repo.dir });
      expect(r.code).toBe(1);
      expect(historyFindings(r.stdout).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['history-target-changed-late error', 'history-reassessment-rewritten warning']);
      // without --history, the directive is not reported as suppressing nothing
      const plain = runPlan(['lint', '--format', 'json'], { cwd: repo.dir });
      expect((JSON.parse(plain.stdout) as Finding[]).filter((d) => d.ruleId === 'unused-disable')).toEqual([]);
    } finally {
      writeFileSync(join(repo.dir, 'plan.config.yaml'), 'plans: [plans]\n');
      writeFileSync(join(repo.dir, PLAN_PATH), text);
    }
  });

  it('lists the history rules with the others, and shows them in stylish output with the commit', () => {
    expect(runPlan(['lint', '--list-rules'], { cwd: repo.dir }).stdout).toContain('history-reassessment-rewritten');
    const r = runPlan(['lint', '--history'], { cwd: repo.dir });
    expect(r.stdout).toContain(`history-reassessment-rewritten`);
    expect(r.stdout).toContain(`in commit ${repo.commits[3]} (2018-01-15)`);
  });
});
