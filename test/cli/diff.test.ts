/** plan diff on real plans: the Southend learning plan, copied and edited the way officers edit it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers.js';

const SOUTHEND = readFileSync(join(ROOT, 'plans/southend/learning-2017-18.yaml'), 'utf8');

/** Replaces text that must occur exactly once, so an edit never silently misses. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Cuts the block from one marker up to the next. */
function cut(text: string, start: string, end: string): { text: string; block: string } {
  const a = text.indexOf(start);
  const b = text.indexOf(end, a + 1);
  if (a === -1 || b === -1) throw new Error(`no block from ${start} to ${end}`);
  return { text: text.slice(0, a) + text.slice(b), block: text.slice(a, b) };
}

interface JsonChange {
  plan: string;
  section: string;
  id: string;
  kind: string;
  field?: string;
  from: unknown;
  to: unknown;
  days?: number;
  direction?: string;
  judgement?: string;
  bands?: { from?: string; to?: string; steps?: number };
  summary: string;
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function diffOf(newText: string, args: string[] = [], oldText = SOUTHEND) {
  const t = tempDir({ 'old.yaml': oldText, 'new.yaml': newText });
  cleanups.push(t.cleanup);
  return runPlan(['diff', 'old.yaml', 'new.yaml', ...args], { cwd: t.dir });
}

function jsonOf(newText: string): JsonChange[] {
  const r = diffOf(newText, ['--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonChange[];
}

describe('plan diff on the Southend plan', () => {
  it('reports a due date moved, with the signed shift in days', () => {
    const changed = edit(SOUTHEND, '    objective: SO2\n    due: 2018-03-31', '    objective: SO2\n    due: 2018-06-30');
    const changes = jsonOf(changed);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ plan: 'southend-learning-2017-18', section: 'actions', id: 'LS 1718 05', kind: 'changed', field: 'due', from: '2018-03-31', to: '2018-06-30', days: 91, direction: 'slipped' });
    const text = diffOf(changed).stdout;
    expect(text).toContain('LS 1718 05  Secondary School Places Strategy');
    expect(text).toContain('due date slipped by 91 days, from 31 Mar 2018 to 30 Jun 2018');
    const earlier = jsonOf(edit(SOUTHEND, '        due: 2017-08-31', '        due: 2017-07'));
    expect(earlier[0]).toMatchObject({ id: 'LS 1718 04', field: 'milestones[M1].due', days: -31, direction: 'brought forward' });
  });

  it('reports a risk re-scored across a band on the plan’s own matrix', () => {
    const changed = edit(SOUTHEND, '    likelihood: 1\n    impact: 4\n    score: 4', '    likelihood: 3\n    impact: 4\n    score: 12');
    const [c, ...rest] = jsonOf(changed);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ section: 'risks', id: 'LS2', field: 'score', from: 4, to: 12, direction: 'rose', bands: { from: 'Medium', to: 'Very high', steps: 2 } });
    expect(diffOf(changed).stdout).toContain('score rose from 4 (Medium) to 12 (Very high), up 2 bands: likelihood 1 → 3');
  });

  it('reports a measure target lowered, judged by its polarity', () => {
    const [c] = jsonOf(edit(SOUTHEND, '2017/18: 85', '2017/18: 80'));
    expect(c).toMatchObject({ section: 'measures', id: 'DP PI 07', field: 'targets[2017/18]', from: 85, to: 80, direction: 'lowered', judgement: 'worse' });
    expect(c!.summary).toBe('measure DP PI 07: target for 2017/18 lowered from 85% to 80% (less ambitious: higher is better)');
  });

  it('reports an action added and one removed', () => {
    const { text } = cut(SOUTHEND, '  - id: LS 1718 02\n', '  - id: LS 1718 03\n');
    const changed = edit(text, '\n# Section 6:', '  - id: LS 1718 18\n    title: School attendance strategy\n    due: 2018-03\n    owner: Amanda Champ\n\n# Section 6:');
    const changes = jsonOf(changed);
    expect(changes.map((c) => [c.kind, c.id])).toEqual([
      ['added', 'LS 1718 18'],
      ['removed', 'LS 1718 02'],
    ]);
    expect(changes[0]!.summary).toBe('action LS 1718 18 added: “School attendance strategy” (owner Amanda Champ, due 2018-03)');
    expect(changes[1]!.summary).toBe('action LS 1718 02 removed: “Physical Activity action” (owner Sarah Greaves, due 31 Mar 2018)');
    expect((changes[1]!.from as { title: string }).title).toBe('Physical Activity action');
  });

  it('reports an id renamed as renamed, not as removed and added', () => {
    const changes = jsonOf(edit(SOUTHEND, 'id: LS 1718 06\n', 'id: LS 1718 06A\n'));
    expect(changes).toEqual([expect.objectContaining({ section: 'actions', kind: 'renamed', id: 'LS 1718 06A', field: 'id', from: 'LS 1718 06', to: 'LS 1718 06A' })]);
  });

  it('finds no change in a version that only reorders items and edits comments and quoting (exit 0 with --exit-code)', () => {
    const moved = cut(SOUTHEND, '  - id: LS 1718 01\n', '  - id: LS 1718 02\n');
    let v = edit(moved.text, '\n# Section 6:', `${moved.block.replace('    title: Business', '    # moved to the end of the list\n    title: Business')}\n# Section 6:`);
    const risk = cut(v, '  - id: LS1\n', '  - id: LS2\n');
    v = edit(risk.text, '\n# Section 8:', `${risk.block}\n# Section 8:`);
    v = edit(v, "version: '17/18 LSP V 7 EB 24.2.17'", 'version: "17/18 LSP V 7 EB 24.2.17" # quoted differently');
    v = edit(v, '# Section 7: Service Plan Risks (current score, Likelihood x Impact)', '# Risks, in a new order');
    v = edit(v, 'description: Deliver a strategy for secondary school places that meets rising pupil numbers.', 'description: >-\n      Deliver a strategy for secondary school places\n      that meets rising pupil numbers.');
    expect(v).not.toBe(SOUTHEND);
    const r = diffOf(v, ['--exit-code']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No semantic changes.');
    expect(JSON.parse(diffOf(v, ['--format', 'json']).stdout)).toEqual([]);
  });

  it('exits 1 on changes with --exit-code, 0 without', () => {
    const changed = edit(SOUTHEND, '2017/18: 85', '2017/18: 80');
    expect(diffOf(changed, ['--exit-code']).code).toBe(1);
    expect(diffOf(changed).code).toBe(0);
  });
});

describe('plan diff: errors and safety', () => {
  it('names the side and the position of invalid YAML (exit 2)', () => {
    const r = diffOf(edit(SOUTHEND, 'service: Learning\n', 'service: [Learning\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: new side \(new\.yaml\): \d+:\d+ /);
    expect(r.stdout).toBe('');
  });

  it('refuses a missing file and a single file (exit 2)', () => {
    const t = tempDir({ 'old.yaml': SOUTHEND });
    cleanups.push(t.cleanup);
    const missing = runPlan(['diff', 'old.yaml', 'nope.yaml'], { cwd: t.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('new side (nope.yaml): no such file');
    const single = runPlan(['diff', 'old.yaml'], { cwd: t.dir });
    expect(single.code).toBe(2);
    expect(single.stderr).toContain('needs two versions');
  });

  it('colours only when asked, and never lets plan text drive the terminal', () => {
    const hostile = edit(SOUTHEND, 'title: Review of admissions arrangements', 'title: "Review \\e[2J\\e]0;pwned\\a of admissions"');
    const plain = diffOf(hostile);
    expect(plain.stdout).not.toContain('\u001b');
    expect(plain.stdout).toContain('\\x1b[2J');
    const coloured = diffOf(hostile, ['--color']);
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout).not.toContain('\u001b[2J');
    expect(coloured.stdout).not.toContain('\u0007');
  });
});
