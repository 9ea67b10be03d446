import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The installed package's root (where package.json, schemas/ and seeds/ are), from source or bundle. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schemas'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the plan package root');
    dir = up;
  }
}

export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}

/** plan's version: inlined by the build (no file read at start-up), else read from package.json (tests). */
export function version(): string {
  return process.env.PLAN_VERSION ?? (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}
