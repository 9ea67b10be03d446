/** plan schema: the JSON Schema for editors that want a file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packagePath } from '../util/paths.js';
import { writeFileAtomic } from '../util/write.js';
import { UsageError } from './common.js';

export async function runSchema(options: { name: string; out?: string }): Promise<number> {
  const text = readFileSync(packagePath('schemas', `${options.name}.schema.json`), 'utf8');
  if (options.out) {
    try {
      writeFileAtomic(resolve(options.out), text);
    } catch (err) {
      throw new UsageError(`cannot write ${options.out}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'check the folder exists and you can write there');
    }
    process.stderr.write(`wrote ${options.out}\n`);
  } else process.stdout.write(text);
  return 0;
}
