/**
 * The schemas and their validators. The validators are compiled ahead of time by scripts/build.mjs into
 * standalone code, so the ajv compiler itself is never loaded by the plan command (test/ajv.ts compiles the
 * same schemas with the same settings, for the tests).
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packagePath } from '../util/paths.js';
import setup from './ajv-setup.json' with { type: 'json' };
import * as standalone from './validators.generated.js';

export const EDITOR_KEYWORDS: readonly string[] = setup.editorKeywords;

export type SchemaName = 'plan' | 'council' | 'config' | 'matrix';
export const SCHEMA_NAMES: SchemaName[] = ['plan', 'council', 'config', 'matrix'];

/** A schema file as written, for editors: with the matrix presets' ranges that riskMatrix selects. */
export function readSchemaFile(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
}

/**
 * A schema as the validators are compiled from it (scripts/build.mjs withoutEditorOnly): without the
 * editor-only allOf entries that select a matrix preset's range (ajv-setup.json editorOnlyRefPrefix).
 */
export function readSchema(name: SchemaName): Record<string, unknown> {
  const schema = readSchemaFile(name);
  if (!Array.isArray(schema.allOf)) return schema;
  const allOf = (schema.allOf as { then?: { $ref?: unknown } }[]).filter((s) => !(typeof s?.then?.$ref === 'string' && s.then.$ref.startsWith(setup.editorOnlyRefPrefix)));
  const { allOf: _, ...rest } = schema;
  return allOf.length ? { ...rest, allOf } : rest;
}

const readOnce = new Map<SchemaName, Record<string, unknown>>();

/**
 * A schema read once per process, for explaining schema errors: every invalid file needs it (callers must
 * not change it).
 */
export function schemaOnce(name: SchemaName): Record<string, unknown> {
  let schema = readOnce.get(name);
  if (!schema) readOnce.set(name, (schema = readSchema(name)));
  return schema;
}

/**
 * The validator for a schema: compiled ahead of time by scripts/build.mjs (standalone code, so start-up
 * pays nothing for schema compilation).
 */
export function validator(name: SchemaName): ValidateFunction {
  return standalone[name];
}

export type { ErrorObject };
