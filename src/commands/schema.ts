/** plan schema: the JSON Schema for editors that want a file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packagePath } from '../util/paths.js';
import { writeOutput } from './common.js';

export async function runSchema(options: { name: string; out?: string }): Promise<number> {
  const text = readFileSync(packagePath('schemas', `${options.name}.schema.json`), 'utf8');
  if (options.out) {
    writeOutput(resolve(options.out), text, options.out);
    process.stderr.write(`wrote ${options.out}\n`);
  } else process.stdout.write(text);
  return 0;
}
