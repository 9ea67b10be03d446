/**
 * The schemas as editor help: every property has a title and a markdownDescription, enums are described,
 * patterns have friendly messages, snippets and examples are themselves valid, strict ajv still compiles
 * them, and the agreed model changes (vacant roles, biannual, council notes and posts, legislation) hold.
 */
import { describe, expect, it } from 'vitest';
import { EDITOR_KEYWORDS, SCHEMA_NAMES, readSchema } from '../../src/schema/ajv.js';
import { createAjv } from '../ajv.js';

type Node = Record<string, unknown>;
const ajv = createAjv();
const schemas = Object.fromEntries(SCHEMA_NAMES.map((n) => [n, readSchema(n)])) as Record<string, Node>;

/** Every schema object in a schema, with its JSON pointer. Map keys of properties/$defs are not schemas. */
function* schemaNodes(node: unknown, pointer = ''): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* schemaNodes(node[i], `${pointer}/${i}`);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Node;
  yield [pointer, obj];
  for (const [k, v] of Object.entries(obj)) {
    if (['defaultSnippets', 'examples', 'enum', 'const', 'required', 'enumDescriptions', 'type'].includes(k)) continue;
    if (k === 'properties' || k === '$defs' || k === 'patternProperties') {
      for (const [name, sub] of Object.entries(v as Node)) yield* schemaNodes(sub, `${pointer}/${k}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    } else yield* schemaNodes(v, `${pointer}/${k}`);
  }
}

/** Properties a person types: entries of `properties` (anyOf branches restating a required key are not). */
function* properties(name: string): Generator<[string, Node]> {
  for (const [pointer, node] of schemaNodes(schemas[name])) {
    if (/\/properties\/[^/]+$/.test(pointer) && !/\/(anyOf|oneOf)\/\d+\/properties\//.test(pointer)) yield [pointer, node];
  }
}

/** Replaces ${1:text} and ${1} placeholders with their defaults, as an editor does before the officer types. */
function fillSnippet(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}/g, 'x');
  if (Array.isArray(value)) return value.map(fillSnippet);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [fillSnippet(k) as string, fillSnippet(v)]));
  return value;
}

describe('schemas written for people', () => {
  for (const name of SCHEMA_NAMES) {
    it(`${name}: every property has a title and a markdownDescription`, () => {
      const missing: string[] = [];
      let count = 0;
      for (const [pointer, node] of properties(name)) {
        count++;
        if (typeof node.title !== 'string' || !node.title) missing.push(`${pointer}: title`);
        if (typeof node.markdownDescription !== 'string' || node.markdownDescription.length < 20) missing.push(`${pointer}: markdownDescription`);
      }
      expect(count).toBeGreaterThan(10);
      expect(missing).toEqual([]);
    });

    it(`${name}: every enum has one enumDescription per value, and every pattern a friendly message`, () => {
      const problems: string[] = [];
      for (const [pointer, node] of schemaNodes(schemas[name])) {
        if (Array.isArray(node.enum)) {
          const d = node.enumDescriptions;
          if (!Array.isArray(d) || d.length !== node.enum.length || d.some((x) => typeof x !== 'string' || !x)) problems.push(`${pointer}: enumDescriptions`);
        }
        if (typeof node.pattern === 'string' && typeof node.patternErrorMessage !== 'string') problems.push(`${pointer}: patternErrorMessage`);
      }
      expect(problems).toEqual([]);
    });

    it(`${name}: examples are valid values of their own schema`, () => {
      const bad: string[] = [];
      let count = 0;
      for (const [pointer, node] of schemaNodes(schemas[name])) {
        if (!Array.isArray(node.examples)) continue;
        const validate = ajv.compile({ $ref: `${name}.schema.json#${pointer}` });
        for (const ex of node.examples) {
          count++;
          if (!validate(ex)) bad.push(`${pointer}: ${JSON.stringify(ex)} ${ajv.errorsText(validate.errors)}`);
        }
      }
      expect(bad).toEqual([]);
      if (name !== 'matrix') expect(count).toBeGreaterThan(0);
    });
  }

  it('uses no keyword outside JSON Schema and the registered editor vocabulary (so strict ajv accepts it)', () => {
    const fresh = createAjv();
    for (const name of SCHEMA_NAMES) expect(fresh.getSchema(`${name}.schema.json`), name).toBeTypeOf('function');
    const used = new Set<string>();
    for (const name of SCHEMA_NAMES) for (const [, node] of schemaNodes(schemas[name])) for (const k of Object.keys(node)) if (EDITOR_KEYWORDS.includes(k)) used.add(k);
    expect([...used].sort()).toEqual(expect.arrayContaining(['defaultSnippets', 'enumDescriptions', 'errorMessage', 'markdownDescription', 'patternErrorMessage']));
  });

  it('offers a snippet for a new action, measure, risk and update, with bodies that are valid items', () => {
    const plan = schemas.plan as { $defs: Record<string, Node> };
    for (const def of ['Action', 'Measure', 'Risk', 'Update']) {
      const snippets = plan.$defs[def]!.defaultSnippets as { label: string; body: unknown }[] | undefined;
      expect(snippets?.length, def).toBeGreaterThan(0);
      const validate = ajv.compile({ $ref: `plan.schema.json#/$defs/${def}` });
      for (const s of snippets!) {
        expect(typeof s.body, `${def} ${s.label}: body is an object`).toBe('object');
        const ok = validate(fillSnippet(s.body));
        expect(validate.errors ?? [], `${def} ${s.label}`).toEqual([]);
        expect(ok).toBe(true);
      }
    }
    const action = fillSnippet((plan.$defs.Action!.defaultSnippets as { body: Node }[])[0]!.body) as Node;
    expect(Object.keys(action)).toEqual(expect.arrayContaining(['id', 'title', 'owner', 'due', 'milestones', 'updates']));
  });
});

describe('agreed model changes', () => {
  const validatePlan = ajv.getSchema('plan.schema.json')!;
  const validateCouncil = ajv.getSchema('council.schema.json')!;
  const base = { id: 'p', council: 'c', service: 'S', period: '2017/18' };
  const action = { id: 'A1', title: 'T', owner: 'O', due: '2018-03-31' };

  it('a role may be a vacant post with no name, but must have a name or be vacant', () => {
    expect(validatePlan({ ...base, leadership: [{ role: 'Head of Service', vacant: true }] })).toBe(true);
    expect(validatePlan({ ...base, leadership: [{ role: 'Service Director', name: 'Brin Martin' }] })).toBe(true);
    expect(validatePlan({ ...base, leadership: [{ role: 'Head of Service' }] })).toBe(false);
    expect(validatePlan({ ...base, leadership: [{ role: 'Head of Service', vacant: false }] })).toBe(false);
    expect(validatePlan({ ...base, leadership: [{ role: 'Head of Service', vacant: 'yes' }] })).toBe(false);
  });

  it('recurrence accepts biannual', () => {
    expect(validatePlan({ ...base, actions: [{ ...action, due: 'ongoing', recurrence: 'biannual' }] })).toBe(true);
    expect(validatePlan({ ...base, actions: [{ ...action, due: 'ongoing', recurrence: 'fortnightly' }] })).toBe(false);
  });

  it('a plan may list the legislation the service works under', () => {
    expect(validatePlan({ ...base, legislation: 'Children and Families Act 2014' })).toBe(true);
    expect(validatePlan({ ...base, legislation: ['Children and Families Act 2014', 'Education Act 1996'] })).toBe(true);
    expect(validatePlan({ ...base, legislation: [{ act: 'x' }] })).toBe(false);
  });

  it('council people may be posts with notes, and register entries may carry notes', () => {
    const council = { id: 'c', name: 'C' };
    expect(validateCouncil({ ...council, people: [{ name: 'Head of Service', post: true, note: 'Vacant' }] })).toBe(true);
    expect(validateCouncil({ ...council, people: [{ name: 'A', post: 'yes' }] })).toBe(false);
    expect(validateCouncil({ ...council, aims: [{ id: 'A', title: 'Aim', priorities: [{ id: 'A-1', title: 'P', notes: ['Worded differently in plan 3'] }] }] })).toBe(true);
    expect(validateCouncil({ ...council, values: [{ id: 'V', title: 'T', notes: 'one line' }] })).toBe(true);
    expect(validateCouncil({ ...council, values: [{ id: 'V', title: 'T', notes: 3 }] })).toBe(false);
  });

  it('risk likelihood and impact still accept a whole number in range or null, and nothing else', () => {
    const risk = { id: 'R1', title: 'T', impact: 2 };
    for (const [value, ok] of [[null, true], [1, true], [6, true], [0, false], [7, false], [2.5, false], ['high', false]] as const) {
      expect(validatePlan({ ...base, risks: [{ ...risk, likelihood: value }] }), String(value)).toBe(ok);
      expect(validatePlan({ ...base, risks: [{ ...risk, likelihood: 2, impact: value }] }), String(value)).toBe(ok);
    }
  });
});
