/** plan schema: the JSON Schema for editors that want a file. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { selfContained } from '../schema/self-contained.js';
import { packagePath } from '../util/paths.js';
import type { CommandSpec } from './command.js';
import { writeOutput } from './common.js';

interface SchemaOptions {
  name: string;
  out?: string;
}

async function runSchema(options: SchemaOptions): Promise<number> {
  const file = packagePath('schemas', `${options.name}.schema.json`);
  // The bundled matrices' ranges live in files beside the schema; a copy carries them inside.
  const text = selfContained(readFileSync(file, 'utf8'), (ref) => readFileSync(join(dirname(file), ref), 'utf8'));
  if (options.out) {
    writeOutput(resolve(options.out), text, options.out);
    process.stderr.write(`wrote ${options.out}\n`);
  } else process.stdout.write(text);
  return 0;
}

export const schemaCommand: CommandSpec<SchemaOptions> = {
  name: 'schema',
  description: 'print the plan JSON Schema (or write it with --out) for editors that want a file; the copy is self-contained',
  arguments: [],
  options: [
    { flags: '--name <schema>', description: 'which schema', choices: ['plan', 'council', 'config', 'matrix'], default: 'plan' },
    { flags: '-o, --out <file>', description: 'write to this file' },
  ],
  examples: [],
  run: (_args, options) => runSchema(options),
};
