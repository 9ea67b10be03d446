/** The schemas' friendly messages in plan lint's output, and plan schema printing and writing them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { selfContained } from '../../src/schema/self-contained.js';
import { SCHEMA_NAMES, readSchema } from '../../src/schema/ajv.js';
import { ROOT, runPlan, tempDir } from '../helpers.js';

describe('friendly messages reach the officer', () => {
  it('plan lint words a bad plan id with the schema patternErrorMessage', () => {
    const { dir, cleanup } = tempDir({
      'plans/x/plan.yaml': "id: Learning Plan\ncouncil: x\nservice: Learning\nperiod: 2017/18\nrisks:\n  - { id: R1, title: T, likelihood: high, impact: 2 }\n",
    });
    try {
      const r = runPlan(['lint', 'plans'], { cwd: dir });
      expect(r.code).toBe(1);
      const slug = (readSchema('plan') as { $defs: { Slug: { patternErrorMessage: string } } }).$defs.Slug.patternErrorMessage;
      expect(r.stdout).toContain(slug.replace(/\.$/, ''));
      expect(r.stdout).toMatch(/1:5 +error +id 'Learning Plan' is not in the right form/);
    } finally {
      cleanup();
    }
  });

  it('the bundled plans still lint with no errors', () => {
    const r = runPlan(['lint', 'plans', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('plan schema prints each schema, and --out writes it; the plan schema with the matrix presets inside', () => {
    for (const name of SCHEMA_NAMES.filter((n) => n !== 'plan')) {
      const r = runPlan(['schema', '--name', name]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
    }
    const printed = runPlan(['schema']).stdout;
    expect(printed).toBe(selfContained(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'), (ref) => readFileSync(join(ROOT, 'schemas', ref), 'utf8')));
    // no reference leaves the file, and every one inside it resolves
    const refs = [...printed.matchAll(/"\$ref": "([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !r.startsWith('#/'))).toEqual([]);
    const defs = (JSON.parse(printed) as { $defs: Record<string, unknown> }).$defs;
    for (const r of refs) expect(defs, r).toHaveProperty([r.slice('#/$defs/'.length)]);
    expect(refs).toContain('#/$defs/matrix-vale-4x4');
    // the same checks as the file: a plan scored off the 4x4 matrix fails, on it passes
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(JSON.parse(printed) as object);
    const atLikelihood = (matrix: string) => {
      validate({ riskMatrix: matrix, risks: [{ likelihood: 5, impact: 2 }] });
      return (validate.errors ?? []).filter((e) => e.instancePath === '/risks/0/likelihood').length;
    };
    expect(atLikelihood('standard-4x4')).toBeGreaterThan(0);
    expect(atLikelihood('standard-5x5')).toBe(0);
    const { dir, cleanup } = tempDir();
    try {
      const r = runPlan(['schema', '--out', 'plan.schema.json'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(join(dir, 'plan.schema.json'), 'utf8')).toBe(printed);
      expect(runPlan(['schema', '--name', 'nonsense']).code).toBe(2);
    } finally {
      cleanup();
    }
  });
});
