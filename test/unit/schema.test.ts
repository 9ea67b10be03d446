/** Every bundled plan validates against the schemas with ajv 2020 in strict mode; the schema rejects what it must. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';
import { loadDocument } from '../../src/project.js';
import { SCHEMA_NAMES, readSchema, schemaOnce } from '../../src/schema/ajv.js';
import { firstSentence, numberWritten } from '../../src/schema/messages.js';
import { createAjv } from '../ajv.js';
import { ROOT } from '../helpers.js';

const ajv = createAjv();
const validatePlan = ajv.getSchema('plan.schema.json')!;
const validateCouncil = ajv.getSchema('council.schema.json')!;
const validateMatrix = ajv.getSchema('matrix.schema.json')!;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('bundled plans', () => {
  const files = yamlFiles(join(ROOT, 'plans'));
  it('finds the transcriptions of all five seed documents', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
  });
  for (const file of files) {
    it(`${file.slice(ROOT.length + 1)} is valid`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/(plan|council)\.schema\.json$/);
      const validate = basename(file) === 'council.yaml' ? validateCouncil : validatePlan;
      const ok = validate(parse(text));
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
      expect(ok).toBe(true);
    });
  }
  for (const file of yamlFiles(join(ROOT, 'seeds', 'matrices'))) {
    it(`matrix preset ${basename(file)} is valid`, () => {
      expect(validateMatrix(parse(readFileSync(file, 'utf8')))).toBe(true);
    });
  }
});

const base = { id: 'p', council: 'c', service: 'S', period: '2017/18' };
const action = { id: 'A1', title: 'T', owner: 'O', due: '2018-03-31' };
const risk = { id: 'R1', title: 'T', likelihood: 2, impact: 2 };

describe('the plan schema rejects', () => {
  const cases: [string, unknown, string][] = [
    ['a risk likelihood of 0', { ...base, risks: [{ ...risk, likelihood: 0 }] }, '/risks/0/likelihood'],
    ['a risk likelihood of 9', { ...base, risks: [{ ...risk, likelihood: 9 }] }, '/risks/0/likelihood'],
    ['an impact that is not a whole number', { ...base, risks: [{ ...risk, impact: 2.5 }] }, '/risks/0/impact'],
    ['an action without id', { ...base, actions: [{ title: 'T', owner: 'O', due: '2018-03-31' }] }, '/actions/0'],
    ['an unknown key in an action', { ...base, actions: [{ ...action, owners: 'X' }] }, '/actions/0'],
    ['a malformed date', { ...base, actions: [{ ...action, due: '31/03/2018' }] }, '/actions/0/due'],
    ['a month 13', { ...base, actions: [{ ...action, due: '2018-13-01' }] }, '/actions/0/due'],
    ['a plan without a period', { id: 'p', council: 'c', service: 'S' }, ''],
    ['a percentage over 100 complete', { ...base, actions: [{ ...action, updates: [{ date: '2017-06-30', percentComplete: 120 }] }] }, '/actions/0/updates/0/percentComplete'],
    ['an unknown top-level key', { ...base, acions: [] }, ''],
  ];
  for (const [name, data, path] of cases) {
    it(name, () => {
      expect(validatePlan(data)).toBe(false);
      expect(validatePlan.errors!.some((e) => e.instancePath === path)).toBe(true);
    });
  }
  it('accepts the same plan once fixed', () => {
    expect(validatePlan({ ...base, actions: [action], risks: [risk] })).toBe(true);
  });
  it('accepts every timeframe form the sources use', () => {
    const forms = [{ due: '2018-03-31' }, { due: '2016-06' }, { start: '2016-04', due: '2016-07' }, { due: 'ongoing', recurrence: 'annual' }, { start: '2016-03', due: 'ongoing' }, { due: '2017-04', phase: 'Phase 2' }, { start: '2015-09-01', duration: 'P3Y', due: '2018-08-31' }, { due: '2018/19' }, { due: 'tbc' }];
    for (const f of forms) expect(validatePlan({ ...base, actions: [{ ...action, ...f }] }), JSON.stringify(f)).toBe(true);
  });
});

describe('schema and TypeScript types', () => {
  it('src/model/schema-types.ts is generated from the current schemas', async () => {
    const { generate } = (await import('../../scripts/gen-types.mjs')) as { generate: () => Promise<string> };
    const expected = await generate();
    expect(readFileSync(join(ROOT, 'src/model/schema-types.ts'), 'utf8'), 'run npm run gen:types').toBe(expected);
  });
});

describe('string lengths in the compiled validators', () => {
  it("count as ajv's own helper does, on every string of up to four characters from surrogates and others", async () => {
    const ours = (await import('../../src/schema/ucs2length.js')).default;
    // a CommonJS module: its exports arrive as the default, or (as vitest may give them) directly
    const mod = (await import('ajv/dist/runtime/ucs2length.js')) as unknown as { default: ((s: string) => number) | { default: (s: string) => number } };
    const ajvs = typeof mod.default === 'function' ? mod.default : mod.default.default;
    const alphabet = ['a', 'é', '–', '\uD83D', '\uDE00', '\uDBFF', '\uDC00'];
    let strings = [''];
    let checked = 0;
    for (let len = 0; len <= 4; len++) {
      for (const s of strings) {
        expect(ours(s), JSON.stringify(s)).toBe(ajvs(s));
        checked++;
      }
      strings = strings.flatMap((s) => alphabet.map((c) => s + c));
    }
    expect(checked).toBe(1 + 7 + 49 + 343 + 2401);
    expect(ours('😀 plan')).toBe(6);
  });
  it('are counted by that helper in the validators plan runs', () => {
    const generated = readFileSync(join(ROOT, 'src', 'schema', 'validators.generated.js'), 'utf8');
    expect(generated).toContain('from "./ucs2length.js"');
    expect(generated).not.toContain('ajv/dist/runtime/ucs2length');
  });
});

describe('the compiled validators plan ships', () => {
  /** Every YAML document the repository holds (plans, registers, fixtures, presets), parsed. */
  function documents(): { file: string; data: unknown }[] {
    const out: { file: string; data: unknown }[] = [];
    for (const dir of ['plans', 'seeds', join('test', 'fixtures')]) {
      for (const file of yamlFiles(join(ROOT, dir))) {
        try {
          out.push({ file, data: parse(readFileSync(file, 'utf8')) as unknown });
        } catch {
          // fixtures of broken YAML: nothing to validate
        }
      }
    }
    return out;
  }

  const SWAPS: unknown[] = [12345, '', 'x'.repeat(300), {}, [], null, true, 'not-a-date', -1, { unknown: 1 }];

  /** A copy of data with the value at path replaced (or, with no value given, the key removed). */
  function replaced(data: unknown, path: readonly (string | number)[], ...value: unknown[]): unknown {
    if (path.length === 0) return value[0];
    const copy = structuredClone(data) as Record<string | number, unknown>;
    let parent = copy;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    if (value.length === 0) delete parent[path[path.length - 1]!];
    else parent[path[path.length - 1]!] = value[0];
    return copy;
  }

  /**
   * Copies of a plan with one value replaced by a value of another kind, or one key removed: every swap at
   * every place down to the fields of the first item of each list (so every kind of field is tried), and
   * `random` more anywhere in the plan (seeded).
   */
  function mutations(data: unknown, random: number, seed: number): unknown[] {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(data, []);
    const out: unknown[] = [];
    for (const path of paths) {
      if (path.length > 3 || path.some((k) => typeof k === 'number' && k > 0)) continue;
      for (const swap of SWAPS) out.push(replaced(data, path, swap));
      if (path.length > 0) out.push(replaced(data, path));
    }
    let s = seed;
    const rand = (k: number) => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s % k;
    };
    for (let i = 0; i < random; i++) {
      const path = paths[rand(paths.length)]!;
      out.push(rand(4) === 0 && path.length > 0 ? replaced(data, path) : replaced(data, path, SWAPS[rand(SWAPS.length)]));
    }
    return out;
  }

  it('find exactly the errors a full ajv compile finds, on every document here and on mutated plans', async () => {
    const shipped = (await import('../../src/schema/validators.generated.js')) as unknown as Record<string, (d: unknown) => boolean> & Record<string, { errors?: unknown[] | null }>;
    const errorsOf = (validate: ((d: unknown) => boolean) & { errors?: unknown[] | null }, data: unknown) => {
      validate(data);
      return (validate.errors ?? []).map((e) => {
        const { instancePath, schemaPath, keyword, params } = e as Record<string, unknown>;
        return JSON.stringify([instancePath, schemaPath, keyword, params]);
      });
    };
    const names = ['plan', 'council', 'config', 'matrix'] as const;
    const cases = documents().flatMap((d, i) => [d.data, ...(d.file.includes(`${join('plans', '')}`) && !d.file.endsWith('council.yaml') ? mutations(d.data, 40, i + 1) : [])]);
    let errors = 0;
    for (const data of cases) {
      for (const name of names) {
        const full = errorsOf(ajv.getSchema(`${name}.schema.json`)! as never, data);
        expect(errorsOf(shipped[name] as never, data)).toEqual(full);
        errors += full.length;
      }
    }
    expect(cases.length).toBeGreaterThan(5000);
    expect(errors).toBeGreaterThan(10000);
  });
});

describe('descriptions quoted in messages', () => {
  it("a missing key's message quotes its description's first sentence whole, not cut at a file name", () => {
    const descriptions: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) if (k === 'description' && typeof v === 'string') descriptions.push(v);
        else walk(v);
      }
    };
    for (const f of readdirSync(join(ROOT, 'schemas')).filter((n) => n.endsWith('.schema.json'))) walk(JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')));
    expect(descriptions.length).toBeGreaterThan(100);
    for (const d of descriptions) {
      const first = firstSentence(d);
      expect(d.startsWith(first), d).toBe(true);
      expect(/^(\s|$)/.test(d.slice(first.length)), `${d}\n  cut as: ${first}`).toBe(true);
    }
    expect(firstSentence('Kept as plan.config.yaml at the root. More.')).toBe('Kept as plan.config.yaml at the root.');
  });
});

describe('a date written as in Word', () => {
  it('is named in the form the plan needs, where the schema would take that form', () => {
    const plan = readFileSync(join(ROOT, 'plans/southend/learning-2017-18.yaml'), 'utf8');
    const dues = ['31/03/2018', '31 March 2018', 'March 2018', 'Q4'];
    let text = plan;
    for (const due of dues) text = text.replace(/^(\s+)due: 2018-03-31$/m, `$1due: ${due.includes(' ') ? `'${due}'` : due}`);
    const doc = loadDocument(join(ROOT, 'plans/southend/x.yaml'), loadConfig({ cwd: ROOT }), { text });
    const messages = doc.diagnostics.filter((d) => / due '/.test(d.message)).map((d) => d.message.replace(/^action [^:]+: /, ''));
    expect(messages).toEqual([
      "due '31/03/2018' is not in the right form: write it as 2018-03-31",
      "due '31 March 2018' is not in the right form: write it as 2018-03-31",
      "due 'March 2018' is not in the right form: write it as 2018-03",
      "due 'Q4' is not in the right form: Write a day as 2018-03-31, a month as 2016-06, or a financial year as 2018/19; or write ongoing or tbc",
    ]);
  });
});

describe('a misspelt key', () => {
  const config = loadConfig({ cwd: ROOT });
  const plan = readFileSync(join(ROOT, 'plans/southend/learning-2017-18.yaml'), 'utf8');
  const findings = (text: string) => loadDocument(join(ROOT, 'plans/southend/x.yaml'), config, { text }).diagnostics.filter((d) => d.ruleId.startsWith('schema/')).map((d) => d.message);

  it('is one finding when it stands for a required key that is missing', () => {
    expect(findings(plan.replace(/^(\s+)due: 2018-03-31$/m, '$1deu: 2018-03-31'))).toEqual(["action LS 1718 01: unknown key 'deu' — did you mean 'due'? (due is required, and missing)"]);
  });

  it('is only an unknown key when the key it stands for is there too', () => {
    expect(findings(plan.replace(/^(\s+)due: 2018-03-31$/m, '$1due: 2018-03-31\n$1deu: 2018-03-31'))).toEqual(["action LS 1718 01: unknown key 'deu' — did you mean 'due'?"]);
  });
});

describe('a number written as text', () => {
  const config = loadConfig({ cwd: ROOT });
  const plan = readFileSync(join(ROOT, 'plans/southend/learning-2017-18.yaml'), 'utf8');
  const findings = (target: string) =>
    loadDocument(join(ROOT, 'plans/southend/x.yaml'), config, { text: plan.replace('2017/18: 85\n', `2017/18: ${target}\n`) })
      .diagnostics.filter((d) => d.ruleId.startsWith('schema/'))
      .map((d) => d.message);

  it('says it must be a number, a mapping (a range, a change on the baseline, a gap) or tbc (not only tbc), and which number', () => {
    expect(findings('85%')).toEqual(["measure DP PI 07: targets.2017/18 is '85%' but must be a number or a mapping of keys (write 85); or write tbc"]);
    expect(findings("'1,234.5'")).toEqual(["measure DP PI 07: targets.2017/18 is '1,234.5' but must be a number or a mapping of keys (write 1234.5); or write tbc"]);
    expect(findings('high')).toEqual(["measure DP PI 07: targets.2017/18 is 'high' but must be a number or a mapping of keys; or write tbc"]);
  });

  it('reads only what is plainly a number', () => {
    expect([numberWritten('85%'), numberWritten('£1,250'), numberWritten('€40'), numberWritten('$7'), numberWritten('-3.5'), numberWritten(' 12 ')]).toEqual([85, 1250, 40, 7, -3.5, 12]);
    expect([numberWritten('1,23'), numberWritten('85 %s'), numberWritten('one'), numberWritten(''), numberWritten(85)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('schemas for explaining errors', () => {
  it('are read once per process, and are the schemas on disk', () => {
    expect(schemaOnce('plan')).toBe(schemaOnce('plan'));
    expect(schemaOnce('council')).not.toBe(schemaOnce('plan'));
    for (const name of SCHEMA_NAMES) expect(schemaOnce(name)).toEqual(readSchema(name));
  });
});
