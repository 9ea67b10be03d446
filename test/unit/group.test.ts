/** groupBy (src/util/group.ts): the grouping the analyses, formatters and rules share. */
import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/util/group.js';

describe('groupBy', () => {
  it('keeps the groups in the order their keys first come and each in the items order; no key leaves an item out, two put it in both', () => {
    const items = [
      { id: 'a', keys: ['x'] },
      { id: 'b', keys: ['y', 'x'] },
      { id: 'c', keys: [] },
      { id: 'd', keys: ['y'] },
    ];
    const groups = groupBy(items, (i) => i.keys);
    expect([...groups].map(([k, list]) => `${k}: ${list.map((i) => i.id).join(' ')}`)).toEqual(['x: a b', 'y: b d']);
  });
});
