/**
 * The matrix presets' schemas (schemas/matrix/): exactly what scripts/gen-matrix-schemas.mjs makes from
 * seeds/matrices, one per preset, each selected by riskMatrix in plan.schema.json; and for editors only: the
 * validators plan lint runs leave the selection out (its risk-on-matrix rule judges the range).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, presets } from '../../scripts/gen-matrix-schemas.mjs';
import { readSchema, readSchemaFile, validator } from '../../src/schema/ajv.js';
import { ROOT } from '../helpers.js';

type Node = Record<string, unknown>;
const DIR = join(ROOT, 'schemas/matrix');

describe('matrix preset schemas', () => {
  it('are the generator\'s output, byte for byte, and nothing else is in schemas/matrix (run npm run gen:matrix-schemas)', () => {
    const made = generate();
    expect(readdirSync(DIR).sort()).toEqual(made.map((m) => m.file).sort());
    for (const { file, text } of made) expect(readFileSync(join(DIR, file), 'utf8'), file).toBe(text);
  });

  it('one per bundled preset, each allowing exactly its scores', () => {
    const ids = presets().map((p) => p.id);
    expect(ids.sort()).toEqual(readdirSync(join(ROOT, 'seeds/matrices')).map((f) => f.replace(/\.yaml$/, '')).sort());
    for (const p of presets()) {
      const schema = JSON.parse(readFileSync(join(DIR, `${p.id}.schema.json`), 'utf8')) as { $defs: Record<string, { then: { enum: number[]; errorMessage: string } }> };
      expect(schema.$defs.Likelihood!.then.enum).toEqual(p.likelihood.map((s) => s.score));
      expect(schema.$defs.Impact!.then.enum).toEqual(p.impact.map((s) => s.score));
      expect(schema.$defs.Impact!.then.errorMessage).toContain(`(1-${p.impact.length})`);
    }
  });

  it('are selected by riskMatrix in plan.schema.json, one if/then per preset', () => {
    const plan = readSchemaFile('plan');
    const selections = (plan.allOf as { if: { properties: { riskMatrix: { const: string } } }; then: { $ref: string } }[]).filter((s) => s.then.$ref.startsWith('matrix/'));
    expect(selections.map((s) => s.if.properties.riskMatrix.const).sort()).toEqual(presets().map((p) => p.id).sort());
    for (const s of selections) expect(s.then.$ref).toBe(`matrix/${s.if.properties.riskMatrix.const}.schema.json`);
    // no $id: an editor finds the presets beside the installed plan.schema.json, never over the network
    expect(plan.$id).toBeUndefined();
    for (const f of readdirSync(DIR)) expect((JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Node).$id, f).toBeUndefined();
  });

  it('are left out of the validators: a 5 on a 4x4 matrix is the risk-on-matrix rule\'s to report, not the schema\'s', () => {
    expect(readSchema('plan').allOf).toBeUndefined();
    const data = { id: 'x-2017-18', council: 'x', service: 'Learning', period: '2017/18', riskMatrix: 'standard-4x4', risks: [{ id: 'R1', title: 'That schools decline', likelihood: 5, impact: 4 }] };
    const validate = validator('plan');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
});
