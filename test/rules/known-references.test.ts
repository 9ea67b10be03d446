/** The known-references rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/known-references.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('known-references', () => ruleTester(rule, {
  valid: [{ name: 'links to a measure that exists', yaml: `${actionA1('    measures: DP PI 07\n')}measures:\n  - id: DP PI 07\n    title: M\n` }],
  invalid: [
    { name: 'a link to a missing measure, with a suggestion', yaml: `${actionA1('    measures: DP PI 7\n')}measures:\n  - id: DP PI 07\n    title: M\n`, errors: [{ line: 10, column: 15, message: /measure 'DP PI 7'.*did you mean 'DP PI 07'/ }] },
    { name: 'an objective that does not exist (list element position)', yaml: `${actionA1('    objective: [O1, O9]\n')}objectives:\n  - id: O1\n    title: o\n`, errors: [{ line: 10, column: 21, message: /objective 'O9'/ }] },
    { name: 'a risk linking to a missing action', yaml: 'risks:\n  - id: R1\n    title: r\n    likelihood: 1\n    impact: 1\n    actions: A9\n', errors: [{ line: 10, column: 14, message: /the plan has no actions/ }] },
  ],
}));
