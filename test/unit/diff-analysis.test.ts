/** plan diff, the pure analysis: no CLI, no files, no git. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Change, SECTIONS, diffPlans, fieldLabel, identical, matchLists, normText, planPresence, renderWords, same, tally, tallyText, wordDiff } from '../../src/analyses/diff/index.js';
import type { Matrix } from '../../src/model/matrix.js';
import { LINEAR, ROOT, growth, random } from '../helpers.js';

const M4: Matrix = {
  id: 'standard-4x4',
  likelihood: [1, 2, 3, 4].map((score) => ({ score, label: `L${score}` })),
  impact: [1, 2, 3, 4].map((score) => ({ score, label: `I${score}` })),
  bands: [
    { id: 'low', label: 'Low', min: 1, max: 3 },
    { id: 'medium', label: 'Medium', min: 4, max: 6 },
    { id: 'high', label: 'High', min: 8, max: 9 },
    { id: 'very-high', label: 'Very high', min: 12, max: 16 },
  ],
};

type P = Record<string, unknown>;

const base = (): P => ({
  id: 'p1',
  council: 'c',
  service: 'Learning',
  period: '2017/18',
  version: 'v1',
  actions: [
    { id: 'A1', title: 'School places', owner: 'Cathy Braun', due: '2018-03', description: 'Deliver a strategy for secondary school places.' },
    { id: 'A2', title: 'Admissions review', owner: ['Cathy Braun'], due: '2018-03-31', updates: [{ date: '2017-06-30', status: 'on-track', percentComplete: 20 }] },
  ],
  measures: [
    { id: 'M1', title: 'Good schools', polarity: 'higher', unit: 'percent', targets: { '2017/18': 85, '2018/19': 'tbc' }, actuals: [{ period: '2017/18 Q1', value: 80 }] },
    { id: 'M2', title: 'Absence', polarity: 'lower', targets: { '2017/18': 5 } },
  ],
  risks: [
    { id: 'R1', title: 'Schools decline', likelihood: 1, impact: 4, score: 4 },
    { id: 'R2', title: 'Too few places', likelihood: 3, impact: 4 },
  ],
});

function change(p: (plan: P) => void): Change[] {
  const after = structuredClone(base());
  p(after);
  return diffPlans(base(), after, { oldMatrix: M4, newMatrix: M4 });
}

const list = (plan: P, key: string) => plan[key] as P[];

describe('plan diff analysis: dates', () => {
  it('gives the signed shift in days on the due day the model resolves (a month is due at its end)', () => {
    const [c, ...rest] = change((p) => (list(p, 'actions')[0]!.due = '2018-06'));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ section: 'actions', id: 'A1', kind: 'changed', field: 'due', from: '2018-03', to: '2018-06', days: 91, direction: 'slipped' });
    expect(c!.summary).toBe('action A1: due date slipped by 91 days, from 2018-03 (31 Mar 2018) to 2018-06 (30 Jun 2018)');
  });
  it('says brought forward, with negative days, when a date moves earlier', () => {
    const [c] = change((p) => (list(p, 'actions')[1]!.due = '2018-01-31'));
    expect(c).toMatchObject({ days: -59, direction: 'brought forward' });
    expect(c!.what).toContain('brought forward by 59 days');
  });
  it('does not report a date written differently that means the same day', () => {
    expect(change((p) => (list(p, 'actions')[0]!.due = '2018-03-31'))).toEqual([]);
  });
  it('reports a move to ongoing or tbc in words', () => {
    const [c] = change((p) => (list(p, 'actions')[0]!.due = 'ongoing'));
    expect(c!.what).toBe('due date changed from 2018-03 (31 Mar 2018) to ongoing');
    expect(c!.days).toBeUndefined();
  });
});

describe('plan diff analysis: risks', () => {
  it('scores on the matrix and counts the bands crossed', () => {
    const [c] = change((p) => Object.assign(list(p, 'risks')[0]!, { likelihood: 3, score: 12 }));
    expect(c).toMatchObject({ id: 'R1', field: 'score', from: 4, to: 12, direction: 'rose', bands: { from: 'Medium', to: 'Very high', steps: 2 } });
    expect(c!.summary).toBe('risk R1: score rose from 4 (Medium) to 12 (Very high), up 2 bands: likelihood 1 → 3');
  });
  it('says down a band for a one-band fall, and does not repeat the stated score', () => {
    const changes = change((p) => Object.assign(list(p, 'risks')[1]!, { impact: 3 }));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.what).toBe('score fell from 12 (Very high) to 9 (High), down a band: impact 4 → 3');
  });
  it('notes a re-score that keeps the score', () => {
    const [c] = change((p) => Object.assign(list(p, 'risks')[1]!, { likelihood: 4, impact: 3 }));
    expect(c!.what).toBe('score re-scored from 3 × 4 to 4 × 3, still 12 (Very high)');
  });
  it('uses each version’s matrix', () => {
    const M5: Matrix = { ...M4, id: 'other', bands: [{ id: 'all', label: 'Everything', min: 1, max: 36 }] };
    const [c] = diffPlans(base(), base(), { oldMatrix: M4, newMatrix: M5 }).filter((x) => x.id === 'R1');
    expect(c!.what).toContain('band changed from Medium to Everything');
  });
});

describe('plan diff analysis: measures', () => {
  it('judges a lowered target by polarity: less ambitious when higher is better', () => {
    const [c] = change((p) => ((list(p, 'measures')[0]!.targets as P)['2017/18'] = 80));
    expect(c).toMatchObject({ field: 'targets[2017/18]', from: 85, to: 80, direction: 'lowered', judgement: 'worse' });
    expect(c!.what).toBe('target for 2017/18 lowered from 85% to 80% (less ambitious: higher is better)');
  });
  it('judges a lowered target as more ambitious when lower is better', () => {
    const [c] = change((p) => ((list(p, 'measures')[1]!.targets as P)['2017/18'] = 4));
    expect(c).toMatchObject({ direction: 'lowered', judgement: 'better' });
  });
  it('reports actuals revised, added and a tbc target set', () => {
    const changes = change((p) => {
      const m = list(p, 'measures')[0]!;
      (m.targets as P)['2018/19'] = 90;
      m.actuals = [{ period: '2017/18 Q1', value: 78 }, { period: '2017/18 Q2', value: 82 }];
    });
    expect(changes.map((c) => c.what)).toEqual([
      'target for 2018/19 set at 90% (was tbc)',
      'actual for 2017/18 Q1 lowered from 80% to 78% (worse: higher is better)',
      'actual for 2017/18 Q2 added: 82%',
    ]);
  });
});

describe('plan diff analysis: items', () => {
  it('reports an added and a removed item with their facts', () => {
    const changes = change((p) => {
      const actions = list(p, 'actions');
      actions.shift();
      actions.push({ id: 'A3', title: 'Attendance', owner: 'Amanda Champ', due: '2018-03-31' });
    });
    expect(changes.map((c) => [c.kind, c.id, c.summary])).toEqual([
      ['added', 'A3', 'action A3 added: “Attendance” (owner Amanda Champ, due 31 Mar 2018)'],
      ['removed', 'A1', 'action A1 removed: “School places” (owner Cathy Braun, due 2018-03)'],
    ]);
  });
  it('reports an id changed on an otherwise equal item as renamed, not removed plus added', () => {
    const changes = change((p) => (list(p, 'actions')[1]!.id = 'A2a'));
    expect(changes).toEqual([expect.objectContaining({ kind: 'renamed', id: 'A2a', field: 'id', from: 'A2', to: 'A2a', summary: 'action A2 renamed to A2a' })]);
  });
  it('pairs a re-coded item by its title and lists its edits', () => {
    const changes = change((p) => Object.assign(list(p, 'actions')[1]!, { id: 'A9', due: '2018-04-30' }));
    expect(changes.map((c) => [c.kind, c.id, c.field])).toEqual([
      ['renamed', 'A9', 'id'],
      ['changed', 'A9', 'due'],
    ]);
  });
  it('ignores order, whitespace and quoting', () => {
    const changes = change((p) => {
      list(p, 'actions').reverse();
      list(p, 'risks').reverse();
      list(p, 'actions')[1]!.description = '  Deliver a strategy   for secondary\nschool places.  ';
      list(p, 'risks')[1]!.score = '4';
      p.version = 'v1';
    });
    expect(changes).toEqual([]);
  });
  it('lists owners added and removed', () => {
    const [a] = change((p) => (list(p, 'actions')[0]!.owner = ['Cathy Braun', 'Amanda Champ']));
    expect(a!.what).toBe('owner: added Amanda Champ');
    const [b] = change((p) => (list(p, 'actions')[0]!.owner = 'Amanda Champ'));
    expect(b!.what).toBe('owner changed from Cathy Braun to Amanda Champ');
  });
  it('reports status changes in updates, and a new update against the last status', () => {
    const changes = change((p) => {
      const a = list(p, 'actions')[1]!;
      a.updates = [{ date: '2017-06-30', status: 'at-risk', percentComplete: 20 }, { date: '2017-09-30', status: 'off-track', commentary: 'Consultation delayed.' }];
    });
    expect(changes.map((c) => [c.field, c.what])).toEqual([
      ['updates[2017-06-30].status', 'update of 30 Jun 2017 status changed from on-track to at-risk'],
      ['updates[2017-09-30]', 'update of 30 Sep 2017 added: status off-track (was on-track), “Consultation delayed.”'],
    ]);
  });
  it('shows a text edit as a word diff', () => {
    const [c] = change((p) => (list(p, 'actions')[0]!.description = 'Deliver a plan for secondary school places.'));
    expect(c!.what).toBe('description: Deliver a [-strategy-] {+plan+} for secondary school places.');
  });
  it('reports plan header fields', () => {
    const changes = change((p) => Object.assign(p, { period: '2017/18-2018/19', version: 'v2', status: 'published' }));
    expect(changes.map((c) => [c.section, c.field, c.what])).toEqual([
      ['plan', 'period', 'period changed from 2017/18 to 2017/18-2018/19'],
      ['plan', 'version', 'version changed from v1 to v2'],
      ['plan', 'status', 'status set: published'],
    ]);
  });
});

describe('plan diff analysis: field labels', () => {
  it('names a field by its title in the plan schema, as it reads mid-sentence', () => {
    expect(fieldLabel('controls')).toBe('mitigating controls');
    expect(fieldLabel('outcome')).toBe('desired outcome');
    expect(fieldLabel('managedBy')).toBe('managed by');
    expect(fieldLabel('published')).toBe('publication date');
    // an acronym keeps its capitals; a note in brackets is dropped
    expect(fieldLabel('rag')).toBe('RAG');
    expect(fieldLabel('fte')).toBe('FTE');
    expect(fieldLabel('band')).toBe('band');
  });
  it('says due date and linked measures where the schema title is too short or differs from place to place', () => {
    expect(fieldLabel('due')).toBe('due date');
    expect(fieldLabel('start')).toBe('start date');
    expect(fieldLabel('measures')).toBe('linked measures');
    // titled Milestone, Risk, Job title... in different places: the key in words
    expect(fieldLabel('title')).toBe('title');
  });
  it('spells out a key the schema does not title, and never takes a name from the object prototype', () => {
    expect(fieldLabel('someNewField')).toBe('some new field');
    expect(fieldLabel('constructor')).toBe('constructor');
    expect(fieldLabel('__proto__')).toBe('__proto__');
  });
  it('uses the label in the sentence of a change', () => {
    const [c] = change((p) => (list(p, 'risks')[0]!.controls = ['Termly visits']));
    expect(c!.summary).toBe('risk R1: mitigating controls: added “Termly visits”');
  });
});

describe('plan diff analysis: building blocks', () => {
  it('word diff marks deletions and insertions and cuts long unchanged stretches', () => {
    expect(renderWords(wordDiff('a b c d', 'a x c d'))).toBe('a [-b-] {+x+} c d');
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const edited = [...long.slice(0, 20), 'NEW', ...long.slice(20)];
    expect(renderWords(wordDiff(long.join(' '), edited.join(' ')))).toBe('… w16 w17 w18 w19 {+NEW+} w20 w21 w22 w23 …');
  });
  it('word diff grows linearly on very long texts', () => {
    const texts = (n: number): [string, string] => [Array.from({ length: n }, (_, i) => `a${i}`).join(' '), Array.from({ length: n }, (_, i) => `b${i}`).join(' ')];
    expect(wordDiff(...texts(5000)).every((p) => p.text.length <= 160)).toBe(true);
    expect(growth(texts, ([a, b]) => wordDiff(a, b), 5000)).toBeLessThan(LINEAR);
  });
  it('matches lists by key, keeping duplicates apart', () => {
    const spec = { key: (o: P) => o.id as string, noun: 'x', keyField: 'id' };
    const m = matchLists([{ id: 'a', v: 1 }, { id: 'a', v: 2 }, { id: 'b' }], [{ id: 'a', v: 1 }, { id: 'c' }, { id: 'a', v: 3 }], spec);
    expect(m.pairs.map((p) => p.key)).toEqual(['a', 'a#2']);
    expect(m.renamed.map((r) => [r.from, r.to])).toEqual([['b', 'c']]);
  });
  it('evens out whitespace as a replace-and-trim would, also when it takes the short way', () => {
    const full = (s: string) => s.replace(/\s+/g, ' ').trim();
    // every string of up to four characters from letters, a space and other whitespace (tab, line breaks,
    // no-break and ideographic spaces, BOM), which are where the shortcut's test could go wrong
    const parts = ['a', 'b', ' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\ufeff', '\u2028'];
    let texts = [''];
    const all: string[] = [''];
    for (let n = 0; n < 4; n++) {
      texts = texts.flatMap((t) => parts.map((p) => t + p));
      all.push(...texts);
    }
    for (const t of all) expect(normText(t), JSON.stringify(t)).toBe(full(t));
    expect(normText('School places review')).toBe('School places review');
  });

  it('compares by meaning: quoting and key order do not count', () => {
    expect(same({ a: 7, b: ['x  y'] }, { b: ['x y'], a: '7' })).toBe(true);
    expect(same({ a: 7 }, { a: 8 })).toBe(false);
  });
  it('compares by meaning: a key set to nothing is a key left out, any other missing key is a change', () => {
    expect(same({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(same({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(same({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(same({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(same({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(same({ a: { x: [1, { y: 2 }] } }, { a: { x: [1, { y: 2 }] } })).toBe(true);
    expect(same({ a: { x: [1, { y: 2 }] } }, { a: { x: [1, { y: 3 }] } })).toBe(false);
    expect(same([1, 2], [1, 2, 3])).toBe(false);
    expect(same([1, 2, 3], [1, 2])).toBe(false);
    expect(same({ a: null }, { a: 'null' })).toBe(false);
    expect(same({ a: [] }, { a: {} })).toBe(false);
  });
  it('tells identical data apart from data that is only the same by meaning', () => {
    expect(identical({ a: 7, b: ['x', { c: null }] }, { b: ['x', { c: null }], a: 7 })).toBe(true);
    expect(identical({ a: 7 }, { a: '7' })).toBe(false);
    expect(identical({ a: 'x y' }, { a: 'x  y' })).toBe(false);
    expect(identical({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(identical({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(identical({ a: [] }, { a: {} })).toBe(false);
    expect(identical({ 0: 'x' }, ['x'])).toBe(false);
    expect(identical([1, [2]], [1, [2, 3]])).toBe(false);
    expect(identical(null, {})).toBe(false);
  });
  it('passes over identical sections and items without missing a change among them (held to the thorough way)', () => {
    const plans = readdirSync(join(ROOT, 'plans'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(ROOT, 'plans', d.name)).filter((f) => f.endsWith('.yaml') && f !== 'council.yaml').map((f) => join(ROOT, 'plans', d.name, f)))
      .map((f) => parse(readFileSync(f, 'utf8')) as Record<string, unknown>);
    expect(plans.length).toBeGreaterThan(10);
    const rnd = random(8);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    // One edit: a field of the plan's own, or somewhere in a random item: a scalar changed (at any depth),
    // an item removed, or one added.
    const edit = (plan: Record<string, unknown>): Record<string, unknown> => {
      const copy = structuredClone(plan);
      if (rnd() < 0.2) {
        const k = pick(Object.keys(copy).filter((key) => !Array.isArray(copy[key])));
        copy[k] = typeof copy[k] === 'string' ? `${copy[k] as string} (revised)` : 'changed';
        return copy;
      }
      const lists = SECTIONS.map((s) => copy[s.section]).filter((l): l is Record<string, unknown>[] => Array.isArray(l) && l.length > 0);
      const list = pick(lists);
      const i = Math.floor(rnd() * list.length);
      const r = rnd();
      if (r < 0.15) list.splice(i, 1);
      else if (r < 0.3) list.push({ ...structuredClone(list[i]!), id: `NEW-${i}` });
      else {
        let node: Record<string, unknown> | unknown[] = list[i]!;
        for (;;) {
          const keys = Object.keys(node);
          if (keys.length === 0) return copy;
          const k = pick(keys);
          const v = (node as Record<string, unknown>)[k];
          if (v !== null && typeof v === 'object' && rnd() < 0.7) node = v as Record<string, unknown>;
          else {
            (node as Record<string, unknown>)[k] = typeof v === 'number' ? v + 1 : typeof v === 'string' ? `${v} (revised)` : 'changed';
            return copy;
          }
        }
      }
      return copy;
    };
    let changed = 0;
    for (let round = 0; round < 20; round++) {
      for (const plan of plans) {
        const next = edit(plan);
        const quick = diffPlans(plan, next, { oldMatrix: M4, newMatrix: M4 });
        expect(quick).toEqual(diffPlans(plan, next, { oldMatrix: M4, newMatrix: M4, thorough: true }));
        if (quick.length > 0) changed++;
      }
    }
    expect(changed).toBeGreaterThan(200);
    for (const plan of plans) expect(diffPlans(plan, structuredClone(plan), { oldMatrix: M4, newMatrix: M4 })).toEqual([]);
  });
  it('describes a whole plan added, and tallies changes', () => {
    const c = planPresence('added', base());
    expect(c.summary).toBe('plan p1: new plan: “Learning” (2 actions, 2 measures, 2 risks)');
    expect(tallyText(tally([c]))).toBe('1 change: 1 added');
    expect(tallyText(tally([]))).toBe('no semantic changes');
  });
});
