/** plan schema: the JSON Schema for editors that want a file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packagePath } from '../util/paths.js';
import type { CommandSpec } from './command.js';
import { writeOutput } from './common.js';

interface SchemaOptions {
  name: string;
  out?: string;
}

async function runSchema(options: SchemaOptions): Promise<number> {
  const text = readFileSync(packagePath('schemas', `${options.name}.schema.json`), 'utf8');
  if (options.out) {
    writeOutput(resolve(options.out), text, options.out);
    process.stderr.write(`wrote ${options.out}\n`);
  } else process.stdout.write(text);
  return 0;
}

export const schemaCommand: CommandSpec<SchemaOptions> = {
  name: 'schema',
  description: 'print the plan JSON Schema (or write it with --out) for editors that want a file',
  arguments: [],
  options: [
    { flags: '--name <schema>', description: 'which schema', choices: ['plan', 'council', 'config', 'matrix'], default: 'plan' },
    { flags: '-o, --out <file>', description: 'write to this file' },
  ],
  examples: [],
  run: (_args, options) => runSchema(options),
};
