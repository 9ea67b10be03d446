/** The corrective-action-given rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/corrective-action-given.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

const measure = (actual: string, extra = '') =>
  `measures:\n  - id: M1\n    title: m\n    unit: percent\n    polarity: higher\n    frequency: quarterly\n    targets: { 2017/18: 80 }\n    actuals:\n      - ${actual}\n${extra}`;

describe('corrective-action-given', () =>
  ruleTester(rule, {
    valid: [
      { name: 'on track', yaml: actionA1('    updates:\n      - { date: 2017-06-30, status: on-track }\n') },
      { name: 'off track with a corrective action', yaml: actionA1('    updates:\n      - { date: 2017-06-30, status: off-track, correctiveAction: Re-tendered }\n') },
      { name: 'off track, the corrective action in an earlier update of the same quarter', yaml: actionA1('    updates:\n      - { date: 2017-05-31, status: at-risk, correctiveAction: Extra officer }\n      - { date: 2017-06-30, status: off-track }\n') },
      { name: 'off track once, on track since', yaml: actionA1('    updates:\n      - { date: 2017-05-31, status: off-track }\n      - { date: 2017-06-30, status: on-track }\n') },
      { name: 'off track after the as-of date is not yet reported', yaml: actionA1('    updates:\n      - { date: 2017-07-31, status: off-track }\n') },
      { name: 'a green measure', yaml: measure('{ period: 2017/18 Q1, value: 85 }') },
      { name: 'a red measure with a corrective action on its figure', yaml: measure('{ period: 2017/18 Q1, value: 70, correctiveAction: Two extra officers }') },
      { name: 'a red measure with a corrective action in an update that quarter', yaml: measure('{ period: 2017/18 Q1, value: 70 }', '    updates:\n      - { date: 2017-06-30, commentary: Short-staffed, correctiveAction: Agency cover }\n') },
    ],
    invalid: [
      { name: 'off track with none', yaml: actionA1('    updates:\n      - { date: 2017-06-30, status: off-track, commentary: Late }\n'), errors: [{ line: 11, column: 37, message: /action A1 is reported off track on 2017-06-30 with no correctiveAction in 2017\/18 Q1/ }] },
      { name: 'red RAG with none, the corrective action a quarter before', yaml: actionA1('    updates:\n      - { date: 2017-03-31, status: at-risk, correctiveAction: Old plan }\n      - { date: 2017-06-30, rag: red }\n'), errors: [{ line: 12, column: 34, message: /off track/ }] },
      { name: 'a milestone off track with none', yaml: actionA1('    milestones:\n      - id: M1\n        title: m\n        updates:\n          - { date: 2017-06-30, status: off-track }\n'), errors: [{ line: 14, column: 41, message: /action A1, milestone M1 is reported off track/ }] },
      { name: 'a red measure with none', yaml: measure('{ period: 2017/18 Q1, value: 70, note: Short-staffed }'), errors: [{ line: 13, column: 38, message: /measure M1 is red for 2017\/18 Q1 with no correctiveAction/ }] },
    ],
  }));
