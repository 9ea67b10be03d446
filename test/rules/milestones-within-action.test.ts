/** The milestones-within-action rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/milestones-within-action.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('milestones-within-action', () => ruleTester(rule, {
  valid: [{ name: 'milestone inside', yaml: actionA1('    milestones:\n      - id: M1\n        title: m\n        due: 2017-12\n') }],
  invalid: [{ name: 'milestone after its action', yaml: actionA1('    milestones:\n      - id: M1\n        title: m\n        due: 2018-06\n'), errors: [{ line: 13, column: 14 }] }],
}));
