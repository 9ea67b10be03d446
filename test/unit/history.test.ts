/** The history analyses, pure: versions built here in memory, no git. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { versionChanges } from '../../src/history/changes.js';
import { dueMoves, slippageOf } from '../../src/history/due-moves.js';
import { backdatedUpdates, restatements, reviewRewrites, targetChanges } from '../../src/history/integrity.js';
import { itemHistory, summaryLine } from '../../src/history/item-history.js';
import type { PlanVersion } from '../../src/history/types.js';
import { pathTo } from '../../src/lint/history/run.js';
import { parseIsoDay, todayIn } from '../../src/model/dates.js';
import { commitText } from '../../src/lint/history/rule.js';
import { buildPlan } from '../../src/model/plan.js';

const config = defaultConfig('/');

/** A version committed on day (YYYY-MM-DD) holding data. */
function version(n: number, day: string, data: Record<string, unknown>): PlanVersion {
  return { commit: `${n}`.repeat(40).slice(0, 40), short: `c${n}`, date: `${day}T12:00:00+00:00`, day: parseIsoDay(day)!, subject: `v${n}`, path: 'p.yaml', data, model: buildPlan(data, { file: 'p.yaml', config }) };
}

const plan = (extra: Record<string, unknown>) => ({ id: 'p', council: 'x', service: 'S', period: '2017/18', ...extra });

describe('due moves and slippage', () => {
  it('follows an action renamed between versions, so its moves count against its id now', () => {
    const v = [
      version(1, '2017-04-01', plan({ actions: [{ id: 'OLD', title: 'Build it', due: '2017-06-30' }] })),
      version(2, '2017-07-01', plan({ actions: [{ id: 'OLD', title: 'Build it', due: '2017-09-30' }] })),
      version(3, '2017-10-01', plan({ actions: [{ id: 'NEW', title: 'Build it', due: '2017-09-30' }] })),
      version(4, '2018-01-01', plan({ actions: [{ id: 'NEW', title: 'Build it', due: '2017-08-31' }] })),
    ];
    const changes = versionChanges(v, config);
    const moves = dueMoves(v, changes);
    expect(moves.map((m) => [m.item, m.short, m.days])).toEqual([
      ['NEW', 'c2', 92],
      ['NEW', 'c4', -30],
    ]);
    expect(slippageOf(moves)).toMatchObject([{ item: 'NEW', moves: 2, totalDays: 122, netDays: 62, firstDue: '2017-06-30', due: '2017-08-31' }]);
    const h = itemHistory(v, changes, { section: 'actions', id: 'NEW' }, { fyStart: 4, allowanceDays: 30 });
    expect(h.events.map((e) => `${e.short} ${e.change.kind}`)).toEqual(['c1 added', 'c2 changed', 'c3 renamed', 'c4 changed']);
    expect(summaryLine(h)).toBe('4 changes in 4 versions; due date moved twice, 122 days in all (62 days later than first set)');
  });
});

describe('integrity', () => {
  const measure = (targets: Record<string, unknown>, actuals: unknown[] = []) => plan({ measures: [{ id: 'M', polarity: 'higher', targets, actuals }] });

  it('counts a target changed from the day after its period ends as after it closed, and not on its last day', () => {
    const v = [version(1, '2017-04-01', measure({ '2017/18 Q1': 50 })), version(2, '2017-06-30', measure({ '2017/18 Q1': 45 })), version(3, '2017-07-01', measure({ '2017/18 Q1': 40 })), version(4, '2017-08-01', measure({}))];
    expect(targetChanges(v, 4).map((t) => [t.short, t.direction, t.afterClose])).toEqual([
      ['c2', 'lowered', false],
      ['c3', 'lowered', true],
      ['c4', 'removed', true],
    ]);
  });

  it('takes a new note on the actual, or a note on the figure kept under restated:, as saying why', () => {
    const a = (value: number, more: Record<string, unknown> = {}) => ({ period: '2017/18 Q1', value, ...more });
    const v = [
      version(1, '2017-07-01', measure({}, [a(10)])),
      version(2, '2017-08-01', measure({}, [a(11)])),
      version(3, '2017-09-01', measure({}, [a(12, { restated: [{ value: 11, date: '2017-09-01', note: 'late return' }] })])),
      version(4, '2017-10-01', measure({}, [a(13, { note: 'audited', restated: [{ value: 11, date: '2017-09-01', note: 'late return' }] })])),
      version(5, '2017-11-01', measure({}, [a(14, { note: 'audited', restated: [{ value: 11, date: '2017-09-01', note: 'late return' }] })])),
    ];
    expect(restatements(v).map((r) => [r.short, r.from, r.to, r.noted])).toEqual([
      ['c2', 10, 11, false],
      ['c3', 11, 12, true],
      ['c4', 12, 13, true],
      ['c5', 13, 14, false],
    ]);
  });

  it('reports a reassessment rewritten or removed once its date has passed, not one corrected the same day', () => {
    const risk = (reviews: unknown[]) => plan({ risks: [{ id: 'R', likelihood: 3, impact: 3, reviews }] });
    const v = [version(1, '2017-09-30', risk([{ date: '2017-09-30', likelihood: 3, impact: 3 }])), version(2, '2017-09-30', risk([{ date: '2017-09-30', likelihood: 2, impact: 3 }])), version(3, '2017-10-02', risk([{ date: '2017-09-30', likelihood: 1, impact: 3 }])), version(4, '2017-11-02', risk([]))];
    expect(reviewRewrites(v, 4).map((r) => [r.short, r.reviewDate, r.removed])).toEqual([
      ['c3', '2017-09-30', false],
      ['c4', '2017-09-30', true],
    ]);
  });

  it('reports updates added more than the allowance after their date, to items already in git, and never in the first version', () => {
    const act = (id: string, updates: unknown[]) => ({ id, due: '2018-03-31', updates });
    const v = [
      version(1, '2017-12-01', plan({ actions: [act('A', [{ date: '2017-06-30', status: 'on-track' }])] })),
      version(2, '2017-07-30', plan({ actions: [act('A', [{ date: '2017-06-30', status: 'on-track' }, { date: '2017-06-30', status: 'at-risk' }])] })),
      version(3, '2017-07-31', plan({ actions: [act('A', [{ date: '2017-06-30', status: 'on-track' }, { date: '2017-06-30', status: 'at-risk' }, { date: '2017-06-30', status: 'off-track' }]), act('B', [{ date: '2017-01-01' }])] })),
    ];
    expect(backdatedUpdates(v, 30, 4).map((b) => [b.short, b.item, b.daysBefore])).toEqual([['c3', 'A', 31]]);
  });
});

describe('placing a history finding in the plan now', () => {
  const data = plan({ measures: [{ id: 'M', targets: { '2017/18': 5 }, actuals: [{ period: '2017/18 Q1', value: 1 }] }], actions: [{ id: 'A', milestones: [{ id: 'M1', updates: [{ date: '2017-06-30' }] }] }] });
  it('finds the entry, else its list, else the item, else the top', () => {
    expect(pathTo(data, { section: 'measures', id: 'M', entry: ['targets', '2017/18'] })).toEqual(['measures', 0, 'targets', '2017/18']);
    expect(pathTo(data, { section: 'measures', id: 'M', entry: ['targets', '2016/17'] })).toEqual(['measures', 0, 'targets']);
    expect(pathTo(data, { section: 'measures', id: 'M', entry: ['actuals', '2017/18 Q1'] })).toEqual(['measures', 0, 'actuals', 0]);
    expect(pathTo(data, { section: 'actions', id: 'A', milestone: 'M1', entry: ['updates', '2017-06-30'] })).toEqual(['actions', 0, 'milestones', 0, 'updates', 0]);
    expect(pathTo(data, { section: 'risks', id: 'R' })).toEqual([]);
  });
});

describe('the day a commit is shown with', () => {
  // 23:30 in New York on 31 March is already 1 April in London, the day every history rule judges by.
  const committed = '2018-03-31T23:30:00-05:00';
  const ref = { commit: 'a'.repeat(40), short: 'aaaaaaa', date: committed, day: todayIn('Europe/London', new Date(committed)) };

  it('is the London day it is judged by, not the committer’s own date', () => {
    expect(commitText(ref)).toBe('commit aaaaaaa (2018-04-01)');
  });
});

describe('a version that cannot be read', () => {
  const measure = (target: number) => plan({ measures: [{ id: 'M', polarity: 'higher', targets: { '2017/18': target } }] });
  const broken = { ...version(2, '2018-04-10', {}), problem: 'YAML error' };
  const v = [version(1, '2017-04-01', measure(85)), broken, version(3, '2018-05-01', measure(80))];

  it('is passed over: the next readable version is compared with the last readable one', () => {
    const changes = versionChanges(v, config);
    expect(changes[1]).toEqual([]);
    expect(changes[2]!.map((c) => `${c.kind} ${c.section} ${c.id}`)).toEqual(['changed measures M']);
    expect(targetChanges(v, 4).map((t) => [t.short, t.direction, t.afterClose])).toEqual([['c3', 'lowered', true]]);
  });
});

describe('an item renamed after a finding about it', () => {
  it('keeps the finding in its history under the id it has now', () => {
    const measure = (id: string, target: number) => plan({ measures: [{ id, title: 'Pupils at the expected standard', polarity: 'higher', targets: { '2017/18': target } }] });
    const v = [version(1, '2017-04-01', measure('DP PI 07', 85)), version(2, '2018-05-01', measure('DP PI 07', 80)), version(3, '2018-06-01', measure('DP PI 07X', 80))];
    const h = itemHistory(v, versionChanges(v, config), { section: 'measures', id: 'DP PI 07X' }, { fyStart: 4, allowanceDays: 30 });
    expect(h.summary.targets.map((t) => [t.short, t.direction, t.afterClose])).toEqual([['c2', 'lowered', true]]);
  });
});
