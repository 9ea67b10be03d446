/** plan risks on the bundled plans and with a council's own matrix, run as users run it. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { runPlan, tempDir } from '../helpers.js';

describe('scoring on the bundled plans', () => {
  it("Southend's LS1 and LS3 score 12 and LS2 scores 4 on a 4x4 matrix; Vale's five score 6, 6, 9, 9 and 4", () => {
    const r = runPlan(['risks', 'plans', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { plan: string; id: string; score: number; matrix: string }[];
    const of = (plan: string) => Object.fromEntries(rows.filter((x) => x.plan === plan).map((x) => [x.id, x.score]));
    expect(of('southend-learning-2017-18')).toEqual({ LS1: 12, LS2: 4, LS3: 12 });
    expect(rows.filter((x) => x.plan === 'southend-learning-2017-18').every((x) => x.matrix.endsWith('4x4'))).toBe(true);
    expect(of('vale-school-improvement-2016-20')).toEqual({ R1: 6, R2: 6, R3: 9, R4: 9, R5: 4 });
    expect(rows.map((x) => x.score ?? -1)).toEqual([...rows.map((x) => x.score ?? -1)].sort((a, b) => b - a));
  });
});

describe('a custom 5x5 matrix in plan.config.yaml', () => {
  it('changes the bands as configured', () => {
    const matrix = `matrices:
  - id: council-5x5
    likelihood: [{score: 1, label: Rare}, {score: 2, label: Unlikely}, {score: 3, label: Possible}, {score: 4, label: Likely}, {score: 5, label: Almost certain}]
    impact: [{score: 1, label: Minimal}, {score: 2, label: Minor}, {score: 3, label: Moderate}, {score: 4, label: Major}, {score: 5, label: Critical}]
    bands:
      - {id: green, label: Green, min: 1, max: 6, colour: green}
      - {id: amber, label: Amber, min: 8, max: 12, colour: amber}
      - {id: red, label: Red, min: 15, max: 25, colour: red}
riskMatrix: council-5x5
`;
    const p = 'id: p\ncouncil: c\nservice: S\nperiod: 2017/18\nrisks:\n  - {id: R1, title: a, likelihood: 2, impact: 3}\n  - {id: R2, title: b, likelihood: 3, impact: 4}\n  - {id: R3, title: c, likelihood: 5, impact: 3}\n';
    const { dir, cleanup } = tempDir({ 'plan.config.yaml': matrix, 'plans/p.yaml': p });
    try {
      expect(loadConfig({ cwd: dir }).riskMatrix).toBe('council-5x5');
      const r = runPlan(['risks', '--format', 'json'], { cwd: dir });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { id: string; band: string }[]).map((x) => `${x.id}:${x.band}`)).toEqual(['R3:red', 'R2:amber', 'R1:green']);
      expect(runPlan(['risks', '--band', 'amber', '--format', 'json'], { cwd: dir }).stdout).toMatch(/"R2"/);
    } finally {
      cleanup();
    }
  });
});
