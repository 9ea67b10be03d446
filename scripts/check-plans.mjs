// Quick schema check of plan and council files, for transcription work before `plan lint` exists.
// Usage: node scripts/check-plans.mjs FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'defaultSnippets', 'patternErrorMessage', 'errorMessage', 'doNotSuggest', 'deprecationMessage']);
for (const n of ['plan', 'council', 'matrix', 'config']) ajv.addSchema(JSON.parse(readFileSync(new URL(`../schemas/${n}.schema.json`, import.meta.url), 'utf8')), `${n}.schema.json`);
let bad = 0;
for (const f of process.argv.slice(2)) {
  const doc = parseDocument(readFileSync(f, 'utf8'), { prettyErrors: true });
  if (doc.errors.length) { bad++; for (const e of doc.errors) console.log(`${f}: ${e.message}`); continue; }
  const name = basename(f) === 'council.yaml' ? 'council' : 'plan';
  const validate = ajv.getSchema(`${name}.schema.json`);
  if (!validate(doc.toJS())) { bad++; for (const e of validate.errors) console.log(`${f}: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`); }
  else console.log(`${f}: ok`);
}
process.exit(bad ? 1 : 0);
