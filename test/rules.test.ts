/** Table-driven tests for every lint rule: passing and failing cases, asserting rule id, line and column. */
import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../src/lint/rules.js';
import type { Rule } from '../src/lint/rule.js';
import { lintText, ruleTester } from './rule-tester.js';

const r = (id: string) => {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

const A = (extra = '') => `actions:\n  - id: A1\n    title: First\n    owner: Ann\n    due: 2018-03-31\n${extra}`;

describe('unique-ids', () => ruleTester(r('unique-ids'), {
  valid: [{ name: 'distinct ids', yaml: `${A()}  - id: A2\n    title: Second\n    owner: Ann\n    due: 2018-03-31\n` }],
  invalid: [
    { name: 'two actions with one id', yaml: `${A()}  - id: A1\n    title: Second\n    owner: Ann\n    due: 2018-03-31\n`, errors: [{ line: 10, column: 9, message: /duplicate/ }] },
    { name: 'duplicate milestone ids within an action', yaml: A('    milestones:\n      - id: M1\n        title: a\n      - id: M1\n        title: b\n'), errors: [{ line: 13, column: 13 }] },
  ],
}));

describe('known-references', () => ruleTester(r('known-references'), {
  valid: [{ name: 'links to a measure that exists', yaml: `${A('    measures: DP PI 07\n')}measures:\n  - id: DP PI 07\n    title: M\n` }],
  invalid: [
    { name: 'a link to a missing measure, with a suggestion', yaml: `${A('    measures: DP PI 7\n')}measures:\n  - id: DP PI 07\n    title: M\n`, errors: [{ line: 10, column: 15, message: /measure 'DP PI 7'.*did you mean 'DP PI 07'/ }] },
    { name: 'an objective that does not exist (list element position)', yaml: `${A('    objective: [O1, O9]\n')}objectives:\n  - id: O1\n    title: o\n`, errors: [{ line: 10, column: 21, message: /objective 'O9'/ }] },
    { name: 'a risk linking to a missing action', yaml: 'risks:\n  - id: R1\n    title: r\n    likelihood: 1\n    impact: 1\n    actions: A9\n', errors: [{ line: 10, column: 14, message: /the plan has no actions/ }] },
  ],
}));

const council = { id: 'test', name: 'Test Council', aims: [{ id: 'PROSPEROUS', title: 'Prosperous', priorities: [{ id: 'PROSPEROUS-2', title: 'Education' }] }], people: [{ name: 'Alison Gellett' }, { name: 'Amanda Champ', aliases: ['GMSP'] }, { name: 'Ann' }] };

describe('council-references', () => ruleTester(r('council-references'), {
  valid: [
    { name: 'a priority in the register', yaml: A('    priority: PROSPEROUS-2\n'), council },
    { name: 'tbc is allowed while drafting', yaml: A('    priority: tbc\n'), council },
  ],
  invalid: [
    { name: 'a priority not in the register', yaml: A('    priority: PROSPEROUS-9\n'), council, errors: [{ line: 10, column: 15, message: /PROSPEROUS-9.*did you mean 'PROSPEROUS-2'/ }] },
    { name: 'the register is for another council', yaml: A(), council: { ...council, id: 'other' }, errors: [{ line: 2, column: 10 }] },
    { name: 'no register at all is an info', yaml: A('    priority: X\n'), errors: [{ line: 2, column: 10, severity: 'info' }] },
  ],
}));

describe('known-people', () => ruleTester(r('known-people'), {
  valid: [
    { name: 'names and aliases in the register', yaml: A('    managedBy: GMSP\n'), council },
    { name: 'no register: nothing to check', yaml: A() },
  ],
  invalid: [
    { name: 'a misspelt owner', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Alison Gillett\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 12, message: /Alison Gillett.*did you mean 'Alison Gellett'/ }] },
    { name: 'one of two owners unknown', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: [Ann, Bob Unknown]\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 18 }] },
    { name: 'two known owners in one text', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Alison Gellett and Ann\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 12, message: "action A1: owner 'Alison Gellett and Ann' names 2 people in one text" }] },
    { name: 'three, with commas and a slash, in a list item', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: [Ann, "Alison Gellett, Amanda Champ / GMSP"]\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 18, message: /names 3 people in one text/ }] },
    { name: 'a comma in an unknown name is still an unknown name', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann, Head of Service\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 12, message: /is not in the council register's people/ }] },
  ],
}));

describe('known-people: several people in one text', () => {
  it('says how to list them, in the field the officer wrote', () => {
    const hints = (owner: string) => lintText(r('known-people'), { name: 'plan', yaml: `actions:\n  - id: A1\n    title: t\n    owner: ${owner}\n    due: 2018-03-31\n`, council }).map((d) => d.hint);
    expect(hints('Alison Gellett & Ann')).toEqual(['give each their own place in a list: owner: [Alison Gellett, Ann]']);
    expect(hints('[Ann, "GMSP; Ann"]')).toEqual(['give each their own item in the list']);
  });
});

describe('real-dates', () => ruleTester(r('real-dates'), {
  valid: [{ name: 'real dates of every precision', yaml: A('    start: 2016-02\n    updates:\n      - date: 2016-02-29\n') }],
  invalid: [
    { name: '30 February', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    due: 2018-02-30\n', errors: [{ line: 9, column: 10, message: /February 2018 has 28 days/ }] },
    { name: 'a fiscal year that does not run on, as a target key', yaml: 'measures:\n  - id: M1\n    title: m\n    targets:\n      2017/19: 85\n', errors: [{ line: 9, column: 7, message: /2017\/19 is not a fiscal year/ }] },
  ],
}));

describe('start-before-due', () => ruleTester(r('start-before-due'), {
  valid: [{ name: 'start in the due month', yaml: A('    start: 2018-03\n') }],
  invalid: [{ name: 'start after due', yaml: A('    start: 2018-07\n'), errors: [{ line: 10, column: 12, message: /starts 2018-07.*after it is due/ }] }],
}));

describe('milestones-within-action', () => ruleTester(r('milestones-within-action'), {
  valid: [{ name: 'milestone inside', yaml: A('    milestones:\n      - id: M1\n        title: m\n        due: 2017-12\n') }],
  invalid: [{ name: 'milestone after its action', yaml: A('    milestones:\n      - id: M1\n        title: m\n        due: 2018-06\n'), errors: [{ line: 13, column: 14 }] }],
}));

describe('due-within-period', () => ruleTester(r('due-within-period'), {
  valid: [{ name: 'due at the end of the period', yaml: A() }],
  invalid: [{ name: 'due the year after', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    due: 2019-03-31\n', errors: [{ line: 9, column: 10, severity: 'warning' }] }],
}));

describe('duration-matches-due', () => ruleTester(r('duration-matches-due'), {
  valid: [{ name: 'start plus three years', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    start: 2015-09-01\n    duration: P3Y\n    due: 2018-08-31\n' }],
  invalid: [
    { name: 'due disagrees', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    start: 2015-09-01\n    duration: P3Y\n    due: 2018-09-30\n', errors: [{ line: 11, column: 10, message: /ends 2018-08-31/ }] },
    { name: 'a duration without a start', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    duration: P3Y\n    due: 2018-09-30\n', errors: [{ line: 9, column: 15 }] },
  ],
}));

const R = (l: number, i: number, extra = '') => `riskMatrix: vale-4x4\nrisks:\n  - id: LS1\n    title: r\n    likelihood: ${l}\n    impact: ${i}\n${extra}`;

describe('risk-on-matrix', () => ruleTester(r('risk-on-matrix'), {
  valid: [{ name: 'on a 4x4 matrix', yaml: R(4, 4) }, { name: 'a 5 on a 5x5 matrix', yaml: R(5, 5).replace('vale-4x4', 'standard-5x5') }],
  invalid: [
    { name: 'likelihood 5 on a 4x4 matrix', yaml: R(5, 4), errors: [{ line: 9, column: 17, message: "risk LS1: likelihood 5 is outside this plan's 4x4 matrix (1-4)" }] },
    { name: 'a target off the matrix', yaml: R(2, 2, '    target: { likelihood: 1, impact: 5 }\n'), errors: [{ line: 11, column: 38 }] },
    { name: 'an unknown matrix', yaml: R(2, 2).replace('vale-4x4', 'vale-4by4'), errors: [{ line: 5, column: 13, message: /did you mean 'vale-4x4'/ }] },
  ],
}));

describe('risk-score-agrees', () => ruleTester(r('risk-score-agrees'), {
  valid: [{ name: 'score and band agree', yaml: R(3, 4, '    score: 12\n    band: very-high\n') }],
  invalid: [
    { name: 'score typed wrong', yaml: R(3, 4, '    score: 9\n'), errors: [{ line: 11, column: 12, message: /score 9 does not equal likelihood 3 x impact 4 = 12/ }] },
    { name: 'band wrong for the cell', yaml: R(3, 4, '    band: medium\n'), errors: [{ line: 11, column: 11, message: /'very-high'/ }] },
  ],
}));

describe('risk-ordering', () => ruleTester(r('risk-ordering'), {
  valid: [{ name: 'target below current below inherent', yaml: R(3, 3, '    target: { likelihood: 2, impact: 3 }\n    inherent: { likelihood: 4, impact: 3 }\n') }],
  invalid: [{ name: 'target above current', yaml: R(2, 3, '    target: { likelihood: 3, impact: 3 }\n'), errors: [{ line: 11, column: 13 }] }],
}));

describe('risk-scored', () => ruleTester(r('risk-scored'), {
  valid: [{ name: 'scored', yaml: R(1, 1) }],
  invalid: [{ name: 'named but not scored', yaml: 'risks:\n  - id: R1\n    title: r\n    likelihood: null\n    impact: null\n', errors: [{ line: 8, column: 17 }] }],
}));

describe('measure-polarity', () => ruleTester(r('measure-polarity'), {
  valid: [{ name: 'polarity set', yaml: 'measures:\n  - id: M1\n    title: m\n    polarity: lower\n' }],
  invalid: [{ name: 'polarity missing', yaml: 'measures:\n  - id: M1\n    title: m\n', errors: [{ line: 6, column: 9 }] }],
}));

describe('measure-targets', () => ruleTester(r('measure-targets'), {
  valid: [{ name: 'a target for the year', yaml: 'measures:\n  - id: M1\n    title: m\n    targets:\n      2017/18: 85\n' }, { name: 'context measure', yaml: 'measures:\n  - id: M1\n    title: m\n    polarity: neutral\n' }],
  invalid: [{ name: 'no target', yaml: 'measures:\n  - id: DP PI 07\n    title: m\n    polarity: higher\n', errors: [{ line: 6, column: 9, message: /no target for 2017\/18/ }] }],
}));

describe('actuals-in-period', () => ruleTester(r('actuals-in-period'), {
  valid: [{ name: 'quarterly actuals', yaml: 'measures:\n  - id: M1\n    title: m\n    actuals:\n      - { period: 2017/18 Q1, value: 1 }\n      - { period: 2017/18 Q2, value: 2 }\n' }],
  invalid: [
    { name: 'two actuals for one quarter', yaml: 'measures:\n  - id: M1\n    title: m\n    actuals:\n      - { period: 2017/18 Q1, value: 1 }\n      - { period: 2017/18 Q1, value: 2 }\n', errors: [{ line: 10, column: 19, severity: 'error' }] },
    { name: 'an actual outside the period', yaml: 'measures:\n  - id: M1\n    title: m\n    actuals:\n      - { period: 2019/20 Q1, value: 1 }\n', errors: [{ line: 9, column: 19, severity: 'warning' }] },
  ],
}));

describe('percent-range', () => ruleTester(r('percent-range'), {
  valid: [{ name: 'Plymouth KPI 14: 70 of 91 is 77%', yaml: 'measures:\n  - id: KPI 14\n    title: m\n    unit: percent\n    actuals:\n      - { period: 2017-09, value: 77, numerator: 70, denominator: 91 }\n' }],
  invalid: [
    { name: 'a target over 100%', yaml: 'measures:\n  - id: M1\n    title: m\n    unit: percent\n    targets:\n      2017/18: 185\n', errors: [{ line: 10, column: 16 }] },
    { name: 'a value that disagrees with its fraction', yaml: 'measures:\n  - id: M1\n    title: m\n    unit: percent\n    actuals:\n      - { period: 2017-09, value: 87, numerator: 70, denominator: 91 }\n', errors: [{ line: 10, column: 35, message: /76\.9%/ }] },
  ],
}));

describe('update-not-future', () => ruleTester(r('update-not-future'), {
  valid: [{ name: 'an update before as-of', yaml: A('    updates:\n      - date: 2017-06-30\n') }],
  invalid: [{ name: 'an update after as-of', yaml: A('    updates:\n      - date: 2017-07-01\n'), asOf: '2017-06-30', errors: [{ line: 11, column: 15, message: /after the as-of date 2017-06-30/ }] }],
}));

describe('updates-in-order', () => ruleTester(r('updates-in-order'), {
  valid: [{ name: 'oldest first', yaml: A('    updates:\n      - date: 2017-03-31\n      - date: 2017-06-30\n') }],
  invalid: [{ name: 'newest first', yaml: A('    updates:\n      - date: 2017-06-30\n      - date: 2017-03-31\n'), errors: [{ line: 12, column: 15 }] }],
}));

describe('complete-means-done', () => ruleTester(r('complete-means-done'), {
  valid: [{ name: 'complete at 100%', yaml: A('    updates:\n      - date: 2017-06-30\n        status: complete\n        percentComplete: 100\n') }],
  invalid: [{ name: 'complete at 60%', yaml: A('    updates:\n      - date: 2017-06-30\n        status: complete\n        percentComplete: 60\n'), errors: [{ line: 13, column: 26 }] }],
}));

describe('review-date-passed', () => ruleTester(r('review-date-passed'), {
  valid: [{ name: 'review ahead', yaml: 'review: 2017-09-30\n', asOf: '2017-06-30' }],
  invalid: [{ name: 'review passed', yaml: 'review: 2017-03-31\n', asOf: '2017-06-30', errors: [{ line: 5, column: 9, severity: 'warning' }] }],
}));

describe('savings-totals', () => ruleTester(r('savings-totals'), {
  valid: [{ name: 'adds up', yaml: 'savings:\n  schemes:\n    - name: s\n      byYear: { 2016/17: 40, 2017/18: 40 }\n      total: 80\n  total: 80\n' }],
  invalid: [
    { name: "Vale's ALN row as printed", yaml: 'savings:\n  schemes:\n    - name: ALN\n      byYear: { 2016/17: 292, 2017/18: 271, 2018/19: 60 }\n      total: 563\n', errors: [{ line: 9, column: 14, message: /total 563 is not the sum of its years \(623\)/ }] },
  ],
}));

describe('unresolved-tbc', () => ruleTester(r('unresolved-tbc'), {
  valid: [{ name: 'no tbc', yaml: A() }],
  invalid: [
    { name: 'tbc in a draft is info', yaml: A('    priority: tbc\n'), errors: [{ line: 10, column: 15, severity: 'info' }] },
    { name: 'tbc in a published plan is a warning', yaml: `status: published\n${A('    priority: tbc\n')}`, errors: [{ line: 11, column: 15, severity: 'warning' }] },
  ],
}));

describe('measure-codes-council', () => ruleTester(r('measure-codes-council'), {
  valid: [{ name: 'name matches the catalogue', yaml: 'measures:\n  - id: EDU/003\n    title: KS2 CSI\n', council: { id: 'test', name: 'T', measures: [{ id: 'EDU/003', title: 'KS2 CSI' }] } }],
  invalid: [{ name: 'a code that means something else', yaml: 'measures:\n  - id: EDU/003\n    title: Attendance\n', council: { id: 'test', name: 'T', measures: [{ id: 'EDU/003', title: 'KS2 CSI' }] }, errors: [{ line: 7, column: 12 }] }],
}));

describe('every rule', () => {
  it('has metadata, a doc example and a test block above', () => {
    for (const rule of RULES) {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(20);
      expect(rule.meta.docs.why.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
    }
  });
});

describe('a rule that throws', () => {
  const meta = { id: 'broken-rule', description: 'a rule that fails on any plan', severity: 'warning' as const, category: 'housekeeping' as const, docs: { why: 'to test the engine' } };
  const yaml = 'actions:\n  - id: A1\n    title: An action\n';
  it('is reported as its own error at the top of the file, and does not stop linting', () => {
    const rule: Rule = {
      meta,
      checkPlan: () => {
        throw new Error('boom');
      },
    };
    expect(lintText(rule, { name: 'plan', yaml })).toEqual([
      { file: 'test-plan.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'broken-rule', message: 'internal error in rule broken-rule: boom', hint: 'please report this with the file that caused it' },
    ]);
  });
  it('across plans is reported the same way', () => {
    const rule: Rule = {
      meta,
      project: {
        collect: () => 1,
        check: () => {
          throw new Error('bang');
        },
      },
    };
    expect(lintText(rule, { name: 'plan', yaml })).toEqual([
      { file: 'test-plan.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'broken-rule', message: 'internal error in rule broken-rule: bang', hint: 'please report this with the files that caused it' },
    ]);
  });
});
