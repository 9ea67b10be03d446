/** The unique-ids rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/unique-ids.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('unique-ids', () => ruleTester(rule, {
  valid: [{ name: 'distinct ids', yaml: `${actionA1()}  - id: A2\n    title: Second\n    owner: Ann\n    due: 2018-03-31\n` }],
  invalid: [
    { name: 'two actions with one id', yaml: `${actionA1()}  - id: A1\n    title: Second\n    owner: Ann\n    due: 2018-03-31\n`, errors: [{ line: 10, column: 9, message: /duplicate/ }] },
    { name: 'duplicate milestone ids within an action', yaml: actionA1('    milestones:\n      - id: M1\n        title: a\n      - id: M1\n        title: b\n'), errors: [{ line: 13, column: 13 }] },
  ],
}));
