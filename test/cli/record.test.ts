/**
 * plan update, actual and rescore on copies of every bundled plan, as users run them: each edit adds or
 * changes only the lines it must, every comment survives, and the plan lints no worse.
 */
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers.js';

type Obj = Record<string, any>;

const PLAN_FILES: string[] = [];
for (const council of readdirSync(join(ROOT, 'plans'), { withFileTypes: true })) {
  if (!council.isDirectory()) continue;
  for (const f of readdirSync(join(ROOT, 'plans', council.name)).sort()) if (f.endsWith('.yaml') && f !== 'council.yaml') PLAN_FILES.push(`plans/${council.name}/${f}`);
}

/** The lines removed and added from a to b. */
function lineChanges(a: string, b: string): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(a, b)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.removed) removed.push(...lines);
    else if (part.added) added.push(...lines);
  }
  return { removed, added };
}

/** Every comment of the old text is still in the new one. */
function commentsOf(text: string): string[] {
  return text.split('\n').flatMap((l) => {
    const m = /(^|\s)(#.*)$/.exec(l);
    return m ? [m[2]!] : [];
  });
}

function lintErrors(cwd: string, file: string): string[] {
  const r = runPlan(['lint', file, '-f', 'json', '--quiet'], { cwd });
  const list = JSON.parse(r.stdout) as { severity: string; ruleId: string; message: string }[];
  return list.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.message}`).sort();
}

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(join(ROOT, 'plans'), join(dir, 'plans'), { recursive: true });
});
afterAll(() => cleanup());

/** Runs a command on the copy of file, and checks what it changed. added: the lines the edit must add. */
function edits(file: string, args: string[], expectAdded: (added: string[]) => void, replaced?: RegExp): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const errorsBefore = lintErrors(dir, file);
  const r = runPlan([...args, '--plan', file], { cwd: dir });
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  const after = readFileSync(path, 'utf8');
  const { removed, added } = lineChanges(before, after);
  // A line may change only where an item joins a flow collection on it: the old line is then the start of the new.
  const kept = removed.filter((l) => !replaced?.test(l));
  for (const line of kept) expect(added.some((a) => a.startsWith(line.replace(/\s*[\]}]+\s*(#.*)?$/, ''))), `${file}: removed ${JSON.stringify(line)}`).toBe(true);
  expect(kept.length).toBeLessThanOrEqual(1);
  expectAdded(added);
  const left = commentsOf(after);
  for (const c of commentsOf(before)) expect(left, `${file}: comment lost`).toContain(c);
  expect(lintErrors(dir, file), file).toEqual(errorsBefore);
  expect(errorsBefore, `${file} linted clean before`).toEqual([]);
}

describe('recording the quarter on a copy of every bundled plan', () => {
  for (const file of PLAN_FILES) {
    const plan = parse(readFileSync(join(ROOT, file), 'utf8')) as Obj;
    const action = (plan.actions ?? [])[0] as Obj | undefined;
    const milestone = ((plan.actions ?? []) as Obj[]).flatMap((a) => (a.milestones ?? []).map((m: Obj) => `${a.id}/${m.id}`))[0];
    const measure = (plan.measures ?? [])[0] as Obj | undefined;
    const risk = ((plan.risks ?? []) as Obj[]).find((x) => typeof x.likelihood === 'number');
    const today = new Date().toISOString().slice(0, 10);
    it(`${file}: update, actual and rescore`, () => {
      if (action) {
        edits(file, ['update', String(action.id), '--status', 'on-track', '--percent', '40', '--note', 'Cameras installed at hotspots #3 and #5: yes'], (added) => {
          expect(added.join('\n')).toMatch(/Cameras installed at hotspots #3 and #5: yes/);
          expect(added.length).toBeLessThanOrEqual(5);
        });
        const read = parse(readFileSync(join(dir, file), 'utf8')) as Obj;
        expect(read.actions[0].updates.at(-1)).toEqual({ date: expect.any(String), status: 'on-track', percentComplete: 40, commentary: 'Cameras installed at hotspots #3 and #5: yes' });
      }
      if (milestone) edits(file, ['update', milestone, '--status', 'complete', '--corrective', '- none: needed'], (added) => expect(added.join('\n')).toContain('"- none: needed"'));
      if (measure) {
        const last = (measure.actuals ?? []).at(-1) as Obj | undefined;
        if (last) {
          // A restatement changes the figure's own value and note lines, and adds its history.
          edits(file, ['actual', String(measure.id), String(last.period), String(last.value), '--replace', '--note', 'restated: audited'], (added) => expect(added.join('\n')).toMatch(/restated/), /^\s*(- )?(value|note):|\{ *period:/);
          const restated = ((parse(readFileSync(join(dir, file), 'utf8')) as Obj).measures[0].actuals as Obj[]).find((a) => String(a.period) === String(last.period))!;
          expect(restated.restated.at(-1)).toMatchObject({ value: last.value, date: today });
          expect(restated.note).toBe('restated: audited');
        } else if (/^\d{4}\/\d{2}/.test(String(plan.period))) {
          edits(file, ['actual', String(measure.id), String(plan.period).slice(0, 7), '50'], (added) => expect(added.length).toBeLessThanOrEqual(3));
        }
      }
      if (risk) edits(file, ['rescore', String(risk.id), '--likelihood', '1', '--impact', '1', '--note', 'yes'], (added) => expect(added.join('\n')).toMatch(/note: "yes"/));
    }, 120_000);
  }
});

describe('refusals leave the file as it was (exit 2)', () => {
  const file = 'plans/southend/learning-2017-18.yaml';
  const cases: [string, string[], RegExp][] = [
    ['unknown id', ['update', 'LS 1718 5', '--status', 'on-track'], /no action 'LS 1718 5'.*did you mean 'LS 1718 05'/],
    ['impossible date', ['update', 'LS 1718 05', '--status', 'on-track', '--date', '2018-02-30'], /not a real date/],
    ['likelihood off the matrix', ['rescore', 'LS1', '--likelihood', '7', '--impact', '2'], /off the plan's 4x4 matrix/],
    ['percent over 100', ['update', 'LS 1718 05', '--status', 'on-track', '--percent', '140'], /not between 0 and 100/],
    ['unknown status', ['update', 'LS 1718 05', '--status', 'ontrack'], /did you mean 'on-track'/],
    ['an actual that is there already, without --replace', ['actual', 'KPI 14', '2015-09', '80'], /already has an actual.*--replace/s],
    ['an edit lint would find wrong', ['actual', 'KPI 14', '2015-09', '79', '--replace'], /would make .* invalid.*73\/94/s],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const { dir: d, cleanup: done } = tempDir();
      try {
        cpSync(join(ROOT, 'plans'), join(d, 'plans'), { recursive: true });
        const target = args[0] === 'actual' ? 'plans/plymouth/kpi-report-2015-12.yaml' : file;
        const before = readFileSync(join(d, target));
        const r = runPlan(args, { cwd: d });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(readFileSync(join(d, target)).equals(before)).toBe(true);
        expect(readdirSync(join(d, 'plans', target.split('/')[1]!)).some((f) => f.endsWith('.tmp'))).toBe(false);
      } finally {
        done();
      }
    });
  }
  it('--dry-run prints the change as plan diff does and writes nothing', () => {
    const { dir: d, cleanup: done } = tempDir();
    try {
      cpSync(join(ROOT, 'plans'), join(d, 'plans'), { recursive: true });
      const before = readFileSync(join(d, file));
      const r = runPlan(['rescore', 'LS1', '--likelihood', '2', '--impact', '4', '--date', '2017-09-30', '--dry-run'], { cwd: d });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/LS1[\s\S]*reassessment of 30 Sep 2017 added/);
      expect(readFileSync(join(d, file)).equals(before)).toBe(true);
    } finally {
      done();
    }
  });
  it('an id in two plans needs --plan', () => {
    const { dir: d, cleanup: done } = tempDir();
    try {
      cpSync(join(ROOT, 'plans'), join(d, 'plans'), { recursive: true });
      cpSync(join(d, file), join(d, 'plans/southend/copy.yaml'));
      const r = runPlan(['rescore', 'LS1', '--likelihood', '2', '--impact', '4'], { cwd: d });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/risk LS1 is in 2 plans[\s\S]*--plan/);
      expect(runPlan(['rescore', 'LS1', '--likelihood', '2', '--impact', '4', '--plan', 'plans/southend/copy.yaml'], { cwd: d }).code).toBe(0);
    } finally {
      done();
    }
  });
  it('each new command has --help with examples', () => {
    for (const c of ['update', 'actual', 'rescore']) expect(runPlan([c, '--help']).stdout).toMatch(/Examples:\n\s+\$ plan /);
  });
});
