/**
 * A RuleTester in the manner of ESLint's: each case is a plan fragment and the findings it must produce,
 * by rule id, line and column, run through the real loader so positions are the ones users see.
 */
import { expect, it } from 'vitest';
import { type Config, defaultConfig } from '../../src/config.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { lintDocuments } from '../../src/lint/engine.js';
import type { Rule } from '../../src/lint/rule.js';
import { parseIsoDay } from '../../src/model/dates.js';
import { Councils, loadDocument } from '../../src/project.js';
import { ROOT } from '../helpers.js';

export const HEADER = 'id: test-plan\ncouncil: test\nservice: Testing\nperiod: 2017/18\n';

export interface Case {
  name: string;
  /** the plan text; HEADER is prepended unless raw */
  yaml: string;
  raw?: boolean;
  errors?: { line: number; column: number; message?: RegExp | string; severity?: Diagnostic['severity'] }[];
  asOf?: string;
  council?: Record<string, unknown>;
  config?: Partial<Config>;
}

export function lintText(rule: Rule, c: Case): Diagnostic[] {
  const config = { ...defaultConfig(ROOT), ...c.config };
  const text = c.raw ? c.yaml : HEADER + c.yaml;
  const doc = loadDocument(`${ROOT}/test-plan.yaml`, config, { text, kind: 'plan', cwd: ROOT });
  const councils = new Councils(config, ROOT);
  if (c.council) councils.add(loadDocument(`${ROOT}/council.yaml`, config, { text: JSON.stringify(c.council), kind: 'council', cwd: ROOT }));
  const diagnostics = lintDocuments([doc], councils, { config, asOf: parseIsoDay(c.asOf ?? '2017-06-30')!, rules: [rule] });
  return diagnostics.filter((d) => d.ruleId === rule.meta.id);
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: Case[] }): void {
  for (const c of cases.valid) {
    it(`valid: ${c.name}`, () => {
      expect(lintText(rule, c).map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
    });
  }
  for (const c of cases.invalid) {
    it(`invalid: ${c.name}`, () => {
      const found = lintText(rule, c);
      expect(found.map((d) => [d.line, d.column]), found.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')).toEqual((c.errors ?? []).map((e) => [e.line, e.column]));
      (c.errors ?? []).forEach((e, i) => {
        if (e.message) expect(found[i]!.message).toMatch(e.message);
        if (e.severity) expect(found[i]!.severity).toBe(e.severity);
      });
    });
  }
}
