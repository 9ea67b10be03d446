// Builds the plan executable. Three steps, at install (prepare) and before tests:
// 1. compile the JSON Schemas to standalone ajv validators (no schema compilation at start-up);
// 2. bundle src/ into one CommonJS file, dist/plan.cjs, with esbuild: bin/plan.cjs starts without compiling
//    TypeScript or resolving hundreds of modules;
// 3. make V8's code cache for the bundle (see bin/plan.cjs).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// The same ajv settings the tests compile with (test/ajv.ts), from one file.
const SETUP = JSON.parse(readFileSync(new URL('../src/schema/ajv-setup.json', import.meta.url), 'utf8'));

const ANNOTATIONS = new Set([...SETUP.editorKeywords, 'title', 'description', 'examples', '$comment', 'default']);
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);

/** The schema without what only editors use: a matrix preset's range, selected by riskMatrix (ajv-setup.json). */
export function withoutEditorOnly(schema) {
  if (!Array.isArray(schema.allOf)) return schema;
  const allOf = schema.allOf.filter((s) => !(typeof s?.then?.$ref === 'string' && s.then.$ref.startsWith(SETUP.editorOnlyRefPrefix)));
  const { allOf: _, ...rest } = schema;
  return allOf.length ? { ...rest, allOf } : rest;
}

/** The schema without its annotations (they change nothing the validator does), so the compiled code stays small. */
export function stripAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue;
    if (SCHEMA_MAPS.has(k) && v && typeof v === 'object') out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, stripAnnotations(sub)]));
    else if (k === 'enum' || k === 'const' || k === 'required') out[k] = v;
    else out[k] = stripAnnotations(v);
  }
  return out;
}

// Keywords of draft 2020-12 that need ajv to track, in every validator, which properties and items were
// evaluated, and to pass dynamic anchors to every call.
const TRACKED = /"(unevaluatedProperties|unevaluatedItems|\$dynamicRef|\$dynamicAnchor|\$recursiveRef|\$recursiveAnchor)"/;

export function standaloneValidators() {
  const ajv = new Ajv2020({ ...SETUP.options, code: { source: true, esm: true, lines: false } });
  const schemas = ['plan', 'council', 'config', 'matrix'].map((name) => ({ name, text: readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8') }));
  // Ajv2020 always generates that tracking code; none of our schemas uses those keywords, so it is left out:
  // the validators do the same with less code. Should a schema start using one, the tracking comes back.
  // test/unit/schema.test.ts holds these validators to a full ajv compile, error for error.
  if (!schemas.some((s) => TRACKED.test(s.text))) {
    ajv.opts.unevaluated = false;
    ajv.opts.dynamicRef = false;
  }
  addFormats(ajv);
  ajv.addVocabulary(SETUP.editorKeywords);
  for (const { name, text } of schemas) ajv.addSchema(stripAnnotations(withoutEditorOnly(JSON.parse(text))), `${name}.schema.json`);
  const code = standaloneCode.default ?? standaloneCode;
  const source = code(ajv, { plan: 'plan.schema.json', council: 'council.schema.json', config: 'config.schema.json', matrix: 'matrix.schema.json' });
  // ajv's ESM output still calls require() for its runtime helpers; turn those into imports so the module
  // loads in plain Node ESM (tests run from source) as well as in the bundle.
  const deps = new Map();
  const body = source.replace(/require\("([^"]+)"\)/g, (_, required) => {
    // string lengths counted by our own helper (src/schema/ucs2length.ts), which gives ajv's count
    const mod = required === 'ajv/dist/runtime/ucs2length' ? './ucs2length.js' : required;
    if (!deps.has(mod)) deps.set(mod, `__dep${deps.size}`);
    return deps.get(mod);
  });
  // Node's ESM gives a CommonJS module's exports as the namespace's default; bundlers and vitest may give
  // its named exports directly. Accept either.
  const imports = [...deps]
    .map(([mod, name]) => `import * as ${name}ns from ${JSON.stringify(mod.endsWith('.js') ? mod : `${mod}.js`)};\nconst ${name} = ${name}ns.default && typeof ${name}ns.default === 'object' ? ${name}ns.default : ${name}ns;`)
    .join('\n');
  // ajv appends a sub-validator's errors with concat(), quadratic over a long list of invalid items; push instead.
  const linear = body.replace(/^"use strict";/, '').replace(/vErrors\.concat\(/g, '__append(vErrors, ');
  return `${imports}\nfunction __append(a, b) { for (const x of b) a.push(x); return a; }\n${linear}`;
}

if (process.argv[1]?.endsWith('build.mjs')) await main();

async function main() {
const generated = new URL('../src/schema/validators.generated.js', import.meta.url);
writeFileSync(generated, `// Generated by scripts/build.mjs from schemas/*.schema.json: do not edit.\n${standaloneValidators()}`);

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/plan.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.PLAN_MINIFY !== '0',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // Heavy libraries that only some commands use (workbooks, Word, charts, DuckDB) stay outside the bundle and
  // are loaded from node_modules by the command that needs them, so every other command starts as before.
  external: ['exceljs', 'docx', 'mammoth', 'vega', 'vega-lite', '@duckdb/node-api'],
  // import.meta.url, in a CommonJS bundle, is the bundle's own file URL.
  define: { 'process.env.PLAN_VERSION': JSON.stringify(pkg.version), 'import.meta.url': '__planBundleUrl' },
  banner: { js: "const __planBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// V8's code cache for the bundle (see bin/plan.cjs), made by linting the starter plan once. Only a shortcut:
// a build that cannot make it still works, so a failure here only warns.
const bin = fileURLToPath(new URL('../bin/plan.cjs', import.meta.url));
const starter = fileURLToPath(new URL('../seeds/init/service-plan.yaml', import.meta.url));
const made = spawnSync(process.execPath, [bin, 'lint', '--no-color', starter], { stdio: 'ignore', env: { ...process.env, PLAN_WRITE_CODE_CACHE: '1' } });
if (made.status === null || made.status > 1) process.stderr.write(`build: no code cache made (exit ${made.status}); plan will start a little slower\n`);
}
