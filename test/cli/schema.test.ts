/** The schemas' friendly messages in plan lint's output, and plan schema printing and writing them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('plan schema prints each schema, and --out writes it byte for byte', () => {
    for (const name of SCHEMA_NAMES) {
      const r = runPlan(['schema', '--name', name]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
    }
    expect(runPlan(['schema']).stdout).toBe(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
    const { dir, cleanup } = tempDir();
    try {
      const r = runPlan(['schema', '--out', 'plan.schema.json'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(join(dir, 'plan.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
      expect(runPlan(['schema', '--name', 'nonsense']).code).toBe(2);
    } finally {
      cleanup();
    }
  });
});
