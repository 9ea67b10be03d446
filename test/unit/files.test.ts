/**
 * Paths shown to people. displayPath cuts the working folder off a path under it rather than asking
 * path.relative (which resolves both again, for every file of a corpus); it must say what path.relative
 * would, for any path and any working folder. Council registers are looked up once per plan folder.
 */
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, underFolder } from '../../src/load/files.js';
import { loadConfig } from '../../src/config.js';
import { Councils, loadDocument } from '../../src/project.js';
import { random, tempDir } from '../helpers.js';

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

describe('council registers', () => {
  it('finds each plan folder’s register once, and again after one is added', () => {
    const t = tempDir({
      'plans/a/council.yaml': 'id: a\nname: A council\n',
      'plans/a/one.yaml': 'id: one\n',
      'plans/a/sub/two.yaml': 'id: two\n',
      'plans/b/three.yaml': 'id: three\n',
    });
    try {
      const config = loadConfig({ cwd: t.dir });
      const councils = new Councils(config, t.dir);
      const a = councils.forPlan(join(t.dir, 'plans/a/one.yaml'));
      expect(a?.file).toBe('plans/a/council.yaml');
      // a folder below finds the register above it; a folder without one finds none
      expect(councils.forPlan(join(t.dir, 'plans/a/sub/two.yaml'))).toBe(a);
      expect(councils.forPlan(join(t.dir, 'plans/b/three.yaml'))).toBeUndefined();
      expect(councils.forPlan(join(t.dir, 'plans/a/one.yaml'))).toBe(a);
      expect(councils.loadedImplicitly()).toHaveLength(1);
      // a register named on the command line, read after the plans' folders were looked up, is the one used
      const named = loadDocument(join(t.dir, 'plans/b/council.yaml'), config, { cwd: t.dir, kind: 'council', text: 'id: b\nname: B council\n' });
      councils.add(named);
      expect(councils.forPlan(join(t.dir, 'plans/b/three.yaml'))).toBe(named);
      expect(councils.forPlan(join(t.dir, 'plans/a/one.yaml'))).toBe(a);
    } finally {
      t.cleanup();
    }
  });
});
