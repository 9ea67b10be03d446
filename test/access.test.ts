import { describe, expect, it } from 'vitest';
import { items, sharingItems, workItems } from '../src/lint/access.js';

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

  it('are made once per list while sharing, and again outside it', () => {
    const p = plan();
    sharingItems(() => {
      expect(items(p, 'actions')).toBe(items(p, 'actions'));
      expect(workItems(p)).toBe(workItems(p));
      // the same list reached by another path gets its own paths
      expect(items(p, 'actions', ['elsewhere'])[0]!.path).toEqual(['elsewhere', 'actions', 0]);
      expect(items(p, 'actions')[0]!.path).toEqual(['actions', 0]);
    });
    expect(items(p, 'actions')).not.toBe(items(p, 'actions'));
    expect(workItems(p)).not.toBe(workItems(p));
  });

  it('do not carry one plan into the next', () => {
    const first = plan();
    const second = plan();
    second.actions[0] = { id: 'B1', milestones: [] };
    const a = sharingItems(() => workItems(first).map((w) => w.name));
    const b = sharingItems(() => workItems(second).map((w) => w.name));
    expect(a).toContain('action A1');
    expect(b).toEqual(['action B1', 'action A2']);
  });
});
