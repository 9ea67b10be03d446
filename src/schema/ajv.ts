/**
 * One ajv instance for every schema, in strict mode. Editor-only keywords (yaml-language-server's and
 * VS Code's) are registered as a vocabulary so that strict mode can stay on.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as formatsModule from 'ajv-formats';
import { packagePath } from '../util/paths.js';
import setup from './ajv-setup.json' with { type: 'json' };
import * as standalone from './validators.generated.js';

// ajv-formats is CommonJS; its plugin sits at .default or .default.default depending on the loader.
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const formatsAny = formatsModule as unknown as { default?: FormatsPlugin | { default?: FormatsPlugin } };
const addFormats = (typeof formatsAny.default === 'function' ? formatsAny.default : formatsAny.default?.default) as FormatsPlugin;

export const EDITOR_KEYWORDS: readonly string[] = setup.editorKeywords;

export type SchemaName = 'plan' | 'council' | 'config' | 'matrix';
export const SCHEMA_NAMES: SchemaName[] = ['plan', 'council', 'config', 'matrix'];

export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
}


export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ ...setup.options });
  addFormats(ajv);
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  for (const name of SCHEMA_NAMES) ajv.addSchema(readSchema(name), `${name}.schema.json`);
  return ajv;
}

/**
 * The validator for a schema: compiled ahead of time by scripts/build.mjs (standalone code, so start-up
 * pays nothing for schema compilation).
 */
export function validator(name: SchemaName): ValidateFunction {
  return standalone[name];
}

export type { ErrorObject };
