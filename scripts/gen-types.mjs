// Generates src/model/schema-types.ts from the JSON Schemas, so the TypeScript types and the schemas have
// one source of truth. `npm run gen:types` writes it; test/unit/schema.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { withoutEditorOnly } from './build.mjs';

export async function generate() {
  const out = ['/* Generated from schemas/*.schema.json by scripts/gen-types.mjs: do not edit; run npm run gen:types. */', ''];
  for (const [name, type] of [['plan', 'Plan'], ['council', 'Council'], ['matrix', 'MatrixFile'], ['config', 'ConfigFile']]) {
    // the editor-only matrix preset ranges add nothing to the types
    const schema = withoutEditorOnly(JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8')));
    schema.title = type;
    const ts = await compile(schema, type, {
      bannerComment: '',
      additionalProperties: false,
      declareExternallyReferenced: true,
      enableConstEnums: false,
      strictIndexSignatures: true,
      unreachableDefinitions: false,
      format: true,
      cwd: new URL('../schemas/', import.meta.url).pathname,
      style: { singleQuote: true, printWidth: 120 },
    });
    out.push(`// ---- ${name}.schema.json ----`, `export namespace ${type}Types {`, ts.replace(/^/gm, '  ').replace(/^\s+$/gm, ''), '}', '');
  }
  return out.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  writeFileSync(new URL('../src/model/schema-types.ts', import.meta.url), await generate());
  console.log('wrote src/model/schema-types.ts');
}
