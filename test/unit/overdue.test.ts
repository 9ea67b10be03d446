import { describe, expect, it } from 'vitest';
import { findOverdue, groupWork } from '../../src/analyses/overdue.js';
import { defaultConfig } from '../../src/config.js';
import { OVERDUE_FORMATS } from '../../src/formatters/overdue/index.js';
import { parseIsoDay } from '../../src/model/dates.js';
import { buildPlan } from '../../src/model/plan.js';
import { palette } from '../../src/util/color.js';
import { ROOT } from '../helpers.js';

const config = defaultConfig(ROOT);
const asOf = (s: string) => ({ asOf: parseIsoDay(s)! });
const model = (file: string, data: unknown) => buildPlan(data, { file, config });
const plan = (actions: unknown[]) => [model('p.yaml', { id: 'p', actions })];
const act = (o: Record<string, unknown>) => ({ id: 'A1', title: 't', owner: 'Ann', due: '2017-06-30', ...o });

describe('overdue analysis', () => {
  it('a month-precision due date falls due at the end of its month', () => {
    expect(findOverdue(plan([act({ due: '2016-06' })]), asOf('2016-06-30'))).toEqual([]);
    expect(findOverdue(plan([act({ due: '2016-06' })]), asOf('2016-07-01'))[0]!.daysOverdue).toBe(1);
  });
  it('a range falls due at its end; a fiscal year at its end', () => {
    expect(findOverdue(plan([act({ start: '2016-04', due: '2016-07' })]), asOf('2016-07-31'))).toEqual([]);
    expect(findOverdue(plan([act({ due: '2016/17' })]), asOf('2017-04-01'))[0]!.daysOverdue).toBe(1);
  });
  it('open-ended work is never overdue but can be listed', () => {
    expect(findOverdue(plan([act({ due: 'ongoing' })]), asOf('2030-01-01'))).toEqual([]);
    expect(findOverdue(plan([act({ due: 'ongoing' })]), { ...asOf('2030-01-01'), includeOpen: true })[0]!.state).toBe('open');
  });
  it('completion before the as-of date clears it; completion after does not (history is reproducible)', () => {
    const a = act({ updates: [{ date: '2017-08-15', status: 'complete' }] });
    expect(findOverdue(plan([a]), asOf('2017-07-31'))[0]!.daysOverdue).toBe(31);
    expect(findOverdue(plan([a]), asOf('2017-08-31'))).toEqual([]);
    expect(findOverdue(plan([act({ updates: [{ date: '2017-05-01', status: 'cancelled' }] })]), asOf('2017-08-31'))).toEqual([]);
  });
  it('milestones fall due on their own dates, and close with their action', () => {
    const a = act({ due: '2018-03-31', milestones: [{ id: 'M1', title: 'm', due: '2017-03' }, { id: 'M2', title: 'n', due: '2017-09', updates: [{ date: '2017-09-01', status: 'complete' }] }] });
    const found = findOverdue(plan([a]), asOf('2017-12-01'));
    expect(found.map((w) => `${w.kind} ${w.id} ${w.daysOverdue}`)).toEqual(['milestone A1 / M1 245']);
    expect(findOverdue(plan([{ ...a, updates: [{ date: '2017-11-01', status: 'complete' }] }]), asOf('2017-12-01'))).toEqual([]);
  });
  it('an action with two owners appears under both, most overdue first', () => {
    const list = findOverdue(plan([act({ id: 'A1', owner: ['Ann', 'Bob'], due: '2017-01-31' }), act({ id: 'A2', owner: 'Bob', due: '2016-12-31' })]), asOf('2017-06-30'));
    const groups = groupWork(list, 'owner');
    expect(groups.map((g) => `${g.key}: ${g.items.map((w) => w.id).join(' ')}`)).toEqual(['Bob: A2 A1', 'Ann: A1']);
  });
  it('lists equally late work by plan, then by id with numbers in order (A2 before A10), and groups in one pass', () => {
    const ids = ['A10', 'A2', 'A1', 'B3', 'a2', 'A02'];
    const list = findOverdue(
      [
        model('q.yaml', { id: 'q', actions: ids.map((id) => act({ id })) }),
        model('p.yaml', { id: 'p', actions: ids.map((id) => act({ id })) }),
      ],
      asOf('2017-07-31'),
    );
    const expected = [...ids].sort((x, y) => x.localeCompare(y, undefined, { numeric: true }));
    expect(expected.indexOf('A2')).toBeLessThan(expected.indexOf('A10'));
    const [only] = groupWork(list, 'owner');
    expect(only!.items.map((w) => `${w.plan} ${w.id}`)).toEqual([...expected.map((id) => `p ${id}`), ...expected.map((id) => `q ${id}`)]);
  });
  it('lists every item in every format, grouped where the format groups', async () => {
    const owners = ['Ann', 'Bob', 'Cat', 'Dan', 'Eve', 'Fay'];
    const actions = Array.from({ length: 600 }, (_, i) => act({ id: `A${i}`, owner: owners[i % owners.length], due: '2017-01-31' }));
    const list = findOverdue(plan(actions), asOf('2017-06-30'));
    expect(list.length).toBe(600);
    const options = { by: 'owner' as const, asOf: asOf('2017-06-30').asOf, color: palette(false) };
    const text = async (format: keyof typeof OVERDUE_FORMATS) => (await OVERDUE_FORMATS[format]())(list, options);
    const table = await text('table');
    for (const o of owners) expect(table).toContain(`Owner: ${o}`);
    expect(table.match(/│ A\d+ /g)?.length).toBe(600);
    expect(table.endsWith('600 overdue across 1 plan and 6 owners, as of 2017-06-30\n')).toBe(true);
    expect((await text('markdown')).match(/^### /gm)?.length).toBe(6);
    expect((await text('csv')).trimEnd().split('\r\n').length).toBe(601);
    expect((JSON.parse(await text('json')) as unknown[]).length).toBe(600);
  });
  it('--within lists what falls due soon, marked apart', () => {
    const list = findOverdue(plan([act({ due: '2017-07-10' })]), { ...asOf('2017-06-30'), within: 10 });
    expect(list.map((w) => [w.state, w.daysOverdue])).toEqual([['due-soon', -10]]);
  });
});
