/**
 * ajv compiling the schemas at run time, in strict mode, with the settings the build compiles the
 * standalone validators with (src/schema/ajv-setup.json). Editor-only keywords (yaml-language-server's and
 * VS Code's) are registered as a vocabulary so that strict mode can stay on. For tests only: the plan
 * command never loads the ajv compiler.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import setup from '../src/schema/ajv-setup.json' with { type: 'json' };
import { EDITOR_KEYWORDS, SCHEMA_NAMES, readSchema } from '../src/schema/ajv.js';

// ajv-formats is CommonJS; its plugin sits at .default or .default.default depending on the loader.
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const formatsAny = formatsModule as unknown as { default?: FormatsPlugin | { default?: FormatsPlugin } };
const addFormats = (typeof formatsAny.default === 'function' ? formatsAny.default : formatsAny.default?.default) as FormatsPlugin;

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ ...setup.options });
  addFormats(ajv);
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  for (const name of SCHEMA_NAMES) ajv.addSchema(readSchema(name), `${name}.schema.json`);
  return ajv;
}
