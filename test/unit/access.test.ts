import { describe, expect, it } from 'vitest';
import { items, perRegister, updateHolders, walkValues, workItems } from '../../src/lint/access.js';

const plan = () => ({ actions: [{ id: 'A1', milestones: [{ id: 'M1' }, 'not an object', { id: 'M2' }] }, 7, { id: 'A2' }] });

describe('items and workItems', () => {
  it('give each object in a list with its index and path', () => {
    const p = plan();
    expect(items(p, 'actions').map((i) => [i.item.id, i.index, i.path])).toEqual([
      ['A1', 0, ['actions', 0]],
      ['A2', 2, ['actions', 2]],
    ]);
    expect(items(p.actions[0], 'milestones', ['actions', 0]).map((i) => i.path)).toEqual([
      ['actions', 0, 'milestones', 0],
      ['actions', 0, 'milestones', 2],
    ]);
    expect(workItems(p).map((w) => w.name)).toEqual(['action A1', 'action A1, milestone M1', 'action A1, milestone M2', 'action A2']);
  });

  it('give the same list reached by another path its own paths', () => {
    const p = plan();
    expect(items(p, 'actions', ['elsewhere'])[0]!.path).toEqual(['elsewhere', 'actions', 0]);
    expect(items(p, 'actions')[0]!.path).toEqual(['actions', 0]);
  });

  it('do not carry one plan into the next', () => {
    const first = plan();
    const second = plan();
    second.actions[0] = { id: 'B1', milestones: [] };
    const a = workItems(first).map((w) => w.name);
    const b = workItems(second).map((w) => w.name);
    expect(a).toContain('action A1');
    expect(b).toEqual(['action B1', 'action A2']);
  });
});

describe('updateHolders', () => {
  const withAll = () => ({ ...plan(), measures: [{ id: 'PI 1' }, { title: 'no id' }], objectives: [{ id: 'O1' }] });

  it('lists actions with their milestones, then measures, then objectives', () => {
    expect(updateHolders(withAll()).map((h) => [h.name, h.it.path])).toEqual([
      ['action A1', ['actions', 0]],
      ['action A1, milestone M1', ['actions', 0, 'milestones', 0]],
      ['action A1, milestone M2', ['actions', 0, 'milestones', 2]],
      ['action A2', ['actions', 2]],
      ['measure PI 1', ['measures', 0]],
      ['measure #2', ['measures', 1]],
      ['objective O1', ['objectives', 0]],
    ]);
  });

  it('is empty for a plan without actions, measures or objectives', () => {
    expect(updateHolders({ id: 'empty' })).toEqual([]);
  });
});

describe('perRegister', () => {
  it('works a register out once, and each register on its own', () => {
    const memo = new WeakMap<object, string[]>();
    let made = 0;
    const names = (c: Record<string, unknown>) => {
      made++;
      return (c.people as { name: string }[]).map((p) => p.name);
    };
    const first = { people: [{ name: 'Ann' }] };
    const second = { people: [{ name: 'Bob' }] };
    expect(perRegister(first, memo, names)).toEqual(['Ann']);
    expect(perRegister(first, memo, names)).toBe(perRegister(first, memo, names));
    expect(made).toBe(1);
    expect(perRegister(second, memo, names)).toEqual(['Bob']);
    expect(made).toBe(2);
  });

  it('remembers a register with nothing to check against (undefined) as well', () => {
    const memo = new WeakMap<object, string[] | undefined>();
    let made = 0;
    const none = () => {
      made++;
      return undefined;
    };
    const register = {};
    expect(perRegister(register, memo, none)).toBeUndefined();
    expect(perRegister(register, memo, none)).toBeUndefined();
    expect(made).toBe(1);
  });
});

describe('walkValues', () => {
  it('visits every value inside, in document order, with its path', () => {
    const seen: [unknown, unknown[]][] = [];
    walkValues({ a: 1, b: [{ c: 'x' }, 2], d: { e: null } }, (value, path) => {
      seen.push([value, [...path]]);
    });
    expect(seen).toEqual([
      [1, ['a']],
      [[{ c: 'x' }, 2], ['b']],
      [{ c: 'x' }, ['b', 0]],
      ['x', ['b', 0, 'c']],
      [2, ['b', 1]],
      [{ e: null }, ['d']],
      [null, ['d', 'e']],
    ]);
  });

  it('does not walk into a value the visitor has dealt with, and leaves the path as it found it', () => {
    const paths: string[] = [];
    const path: (string | number)[] = ['root'];
    walkValues({ skip: { inner: 1 }, keep: { inner: 2 } }, (_, p) => {
      paths.push(p.join('.'));
      return p[p.length - 1] === 'skip';
    }, path);
    expect(paths).toEqual(['root.skip', 'root.keep', 'root.keep.inner']);
    expect(path).toEqual(['root']);
  });
});
