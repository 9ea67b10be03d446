/**
 * Paths shown to people. displayPath cuts the working folder off a path under it rather than asking
 * path.relative (which resolves both again, for every file of a corpus); it must say what path.relative
 * would, for any path and any working folder.
 */
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, underFolder } from '../src/load/files.js';
import { random } from './helpers.js';

/** What displayPath said before the shortcut. */
function byRelative(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return (rel && !rel.startsWith('..') ? rel : file).split(sep).join('/');
}

const PARTS = ['plans', 'b', 'plan.yaml', '.', '..', '', '.hidden', 'x..y', 'a b', 'é', 'plans.yaml'];

function path(next: () => number, absolute: boolean): string {
  const n = Math.floor(next() * 5);
  const parts = Array.from({ length: n }, () => PARTS[Math.floor(next() * PARTS.length)]!);
  return (absolute ? '/' : '') + parts.join('/') + (next() < 0.1 ? '/' : '');
}

describe('displayPath', () => {
  it.runIf(sep === '/')('says what path.relative says, for random paths and folders', () => {
    const next = random(20261123);
    let cut = 0;
    for (let i = 0; i < 20_000; i++) {
      const cwd = path(next, next() < 0.9);
      // Often a path under cwd, as a folder's files are; sometimes anything at all.
      const file = next() < 0.7 ? `${cwd}/${path(next, false)}` : path(next, next() < 0.8);
      if (underFolder(file, cwd) !== undefined) cut++;
      expect(displayPath(file, cwd), `${file} from ${cwd}`).toBe(byRelative(file, cwd));
    }
    // The shortcut is taken often enough for the comparison to mean something.
    expect(cut).toBeGreaterThan(2_000);
  });

  it.runIf(sep === '/')('cuts the folder off the paths a walk gives, and leaves the rest to path.relative', () => {
    expect(underFolder('/work/plans/a/plan.yaml', '/work')).toBe('plans/a/plan.yaml');
    expect(underFolder('/work/plans', '/work/plans')).toBeUndefined();
    expect(underFolder('/workshop/plan.yaml', '/work')).toBeUndefined();
    expect(underFolder('/work/./plan.yaml', '/work')).toBeUndefined();
    expect(underFolder('/work/a/../plan.yaml', '/work')).toBeUndefined();
    expect(underFolder('/plan.yaml', '/')).toBeUndefined();
    expect(underFolder('work/plan.yaml', 'work')).toBeUndefined();
  });
});
