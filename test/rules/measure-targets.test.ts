/** The measure-targets rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe, expect, it } from 'vitest';
import rule from '../../src/lint/rules/measure-targets.js';
import { lintText, ruleTester } from './rule-tester.js';

describe('measure-targets', () => ruleTester(rule, {
  valid: [{ name: 'a target for the year', yaml: 'measures:\n  - id: M1\n    title: m\n    targets:\n      2017/18: 85\n' }, { name: 'context measure', yaml: 'measures:\n  - id: M1\n    title: m\n    polarity: neutral\n' }, { name: 'data-only measure', yaml: 'measures:\n  - id: M1\n    title: m\n    polarity: higher\n    dataOnly: true\n' }],
  invalid: [
    { name: 'no target', yaml: 'measures:\n  - id: DP PI 07\n    title: m\n    polarity: higher\n', errors: [{ line: 6, column: 9, message: /no target for 2017\/18/ }] },
    { name: "the hint names the plan's own year", raw: true, yaml: 'id: p\ncouncil: test\nservice: s\nperiod: 2026/27\nmeasures:\n  - id: M1\n    title: m\n    polarity: higher\n', errors: [{ line: 6, column: 9, message: /no target for 2026\/27/ }] },
  ],
}));

describe('measure-targets hint', () => {
  it("names the plan's own year, not 2017/18", () => {
    const [d] = lintText(rule, { name: 'hint', raw: true, yaml: 'id: p\ncouncil: test\nservice: s\nperiod: 2026/27\nmeasures:\n  - id: M1\n    title: m\n    polarity: higher\n' });
    expect(d?.hint).toBe('add targets: { 2026/27: 85 }, or tbc while a target is being agreed');
  });
});
