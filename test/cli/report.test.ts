/** plan report run as users run it: the bundled plans, every format, --out, and changes read from git. */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers.js';

describe('plan report on the bundled plans', () => {
  it('Southend 2017/18 Q4 lists its three risks with scores 12, 4, 12', () => {
    const r = runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.quarter).toBe('2017/18 Q4');
    expect(report.asOf).toBe('2018-03-31');
    const southend = report.plans.find((p: { id: string }) => p.id === 'southend-learning-2017-18');
    expect(southend.risks.register.map((x: { id: string; current: { score: number } }) => `${x.id} ${x.current.score}`)).toEqual(['LS1 12', 'LS2 4', 'LS3 12']);
    expect(runPlan(['report', 'plans/southend', '--quarter', '2017/18-Q4']).stdout).toMatch(/LS2 .*1 x 4 .*4 .*Medium/);
  });
  it("the Plymouth KPI report's quarter shows its measures with actuals; the next quarter, as previous", () => {
    // KPI 14's figures are September snapshots: current in Q2, and in Q3 (annual, not yet due) the previous figure.
    const measures = (q: string) => JSON.parse(runPlan(['report', 'plans/plymouth', '--quarter', q, '--format', 'json']).stdout).plans[0].measures.rows as { id: string; status: string; actual?: { value: number; period: string }; previous?: { value: number; period: string } }[];
    expect(measures('2015/16 Q2').find((m) => m.id === 'KPI 14')!.actual).toMatchObject({ value: 78, period: '2015-09' });
    expect(measures('2015/16 Q2').filter((m) => m.actual).length).toBe(4);
    const q3 = measures('2015/16 Q3').find((m) => m.id === 'KPI 14')!;
    expect([q3.status, q3.actual, q3.previous]).toEqual(['not-due', undefined, { value: 78, period: '2015-09' }]);
    expect(runPlan(['report', 'plans/plymouth', '--quarter', '2015/16 Q2', '--format', 'markdown']).stdout).toMatch(/\| KPI 14 \|.*\| 78% \(2015-09\) \|/);
  });
  it('Vale of Glamorgan 2016/17 Q4 lists its late actions', () => {
    const r = runPlan(['report', 'plans/vale-of-glamorgan', '--quarter', '2016/17 Q4', '--format', 'json']);
    const vale = JSON.parse(r.stdout).plans[0];
    const late = vale.actions.rows.filter((a: { judgements: { kind: string }[] }) => a.judgements.some((j) => j.kind === 'overdue')).map((a: { id: string }) => a.id);
    expect(late).toEqual(expect.arrayContaining(['WSI1 RSI2', 'WSI2 RSI3', 'WSI5 RSI6', 'ITS3', 'AC5.1', 'WSI1 RSI2 / M1']));
    expect(late).not.toContain('AC1'); // due March 2017: not late on 31 March 2017
    expect(vale.actions.counts.judgements.overdue).toBe(late.length);
  });
  it('says where the plans were read from', () => {
    const json = JSON.parse(runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4', '--format', 'json']).stdout);
    expect(json.source).toMatch(/^git commit [0-9a-f]{7}/);
    const { dir, cleanup } = tempDir({ 'p.yaml': readFileSync(join(ROOT, 'plans/southend/learning-2017-18.yaml'), 'utf8') });
    try {
      expect(JSON.parse(runPlan(['report', dir, '--quarter', '2017/18 Q4', '--format', 'json']).stdout).source).toBe('not in git');
      // Said as it is in the footer, never the title ("read from" only for a commit).
      const text = runPlan(['report', dir, '--quarter', '2017/18 Q4']).stdout;
      expect(text.split('\n')[1]).toBe('Quarter 1 Jan 2018 to 31 Mar 2018 · 1 plan');
      expect(text).toMatch(/\nAbout this report\nPlans not in git\. As of 31 Mar 2018\.\n/);
      expect(runPlan(['report', dir, '--quarter', '2017/18 Q4', '--format', 'markdown']).stdout).toContain('\nPlans not in git. As of 31 Mar 2018.\n');
      const inGit = runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4']).stdout;
      expect(inGit.split('\n').slice(0, 3).join('\n')).not.toMatch(/git commit/);
      expect(inGit).toMatch(/\nPlans read from git commit [0-9a-f]{7}/);
      execFileSync('git', ['init', '-q'], { cwd: dir });
      const r = runPlan(['report', dir, '--quarter', '2017/18 Q4', '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).source).toBe('not in git (the repository has no commits yet)');
      // A repository with commits, none of them holding the plan: not added yet, or in a folder git ignores.
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
      writeFileSync(join(dir, 'README.md'), 'notes\n');
      git('add', 'README.md');
      git('commit', '-qm', 'notes');
      const json = () => JSON.parse(runPlan(['report', dir, '--quarter', '2017/18 Q4', '--format', 'json']).stdout);
      expect([json().source, json().plans[0].changes]).toEqual(['not in git (git tracks none of these plans)', { available: false, reason: 'history unavailable: the plans are not in git' }]);
      writeFileSync(join(dir, '.gitignore'), 'p.yaml\n');
      expect(json().source).toBe('not in git (git tracks none of these plans)');
      git('add', '-f', 'p.yaml');
      git('commit', '-qm', 'the plan');
      expect(json().source).toMatch(/^git commit [0-9a-f]+$/);
    } finally {
      cleanup();
    }
  });
  it('refuses an impossible quarter with exit 2', () => {
    const r = runPlan(['report', 'plans', '--quarter', '2017/19 Q3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--quarter: .*not a fiscal year/);
  });
});

describe('report formats', () => {
  const hostile = `id: hostile
council: test
service: "Evil <script>alert(1)</script> </style> \\u001b]0;owned\\u0007"
period: 2017/18
measures:
  - id: "=HYPERLINK(\\"http://x\\")"
    title: "+cmd|' /C calc'!A0"
    polarity: higher
    targets: { 2017/18: 10 }
    actuals: [{ period: 2017/18 Q1, value: 5 }]
risks:
  - { id: "@SUM(1)", title: "-2+3", likelihood: 2, impact: 2 }
`;
  it('csv: one table with a section column, a BOM for Excel, and no cell a spreadsheet would run', () => {
    const { dir, cleanup } = tempDir({ 'p.yaml': hostile });
    try {
      const out = runPlan(['report', dir, '--quarter', '2017/18 Q1', '--format', 'csv']).stdout;
      expect(out.startsWith('\ufeffsection,plan,id,')).toBe(true);
      for (const line of out.slice(1).split('\r\n').slice(1).filter(Boolean)) {
        for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
      }
    } finally {
      cleanup();
    }
  });
  it('html: self-contained, every plan text escaped, a restrictive CSP', () => {
    const { dir, cleanup } = tempDir({ 'p.yaml': hostile });
    try {
      const html = runPlan(['report', dir, '--quarter', '2017/18 Q1', '--format', 'html']).stdout;
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
      expect(html).not.toMatch(/<script/i);
      expect(html).toMatch(/&lt;script&gt;alert\(1\)&lt;\/script&gt; &lt;\/style&gt;/);
      expect(html).not.toMatch(/\u001b/);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    } finally {
      cleanup();
    }
  });
  it('text: control characters in plan text never reach the terminal', () => {
    const { dir, cleanup } = tempDir({ 'p.yaml': hostile });
    try {
      const out = runPlan(['report', dir, '--quarter', '2017/18 Q1']).stdout;
      expect(out).not.toMatch(/\u001b|\u0007/);
      expect(out).toMatch(/\\x1b\]0;owned\\x07/);
    } finally {
      cleanup();
    }
  });
  it('--out writes the file atomically and says so; markdown is a committee-ready document', () => {
    const { dir, cleanup } = tempDir();
    try {
      const out = join(dir, 'q4.md');
      const r = runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4', '--format', 'markdown', '--out', out]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/wrote .*q4\.md/);
      expect(readFileSync(out, 'utf8')).toMatch(/^# Quarterly performance report: 2017\/18 Q4\n[\s\S]*\| LS1 \| That there will be insufficient/);
      expect(readdirSync(dir)).toEqual(['q4.md']);
      expect(runPlan(['report', 'plans/southend', '--out', join(dir, 'missing', 'x.md')]).code).toBe(2);
    } finally {
      cleanup();
    }
  });
  it('json is the full structure', () => {
    const json = JSON.parse(runPlan(['report', 'plans', '--quarter', '2016/17 Q4', '--format', 'json']).stdout);
    expect(Object.keys(json)).toEqual(['quarter', 'start', 'end', 'asOf', 'lastQuarter', 'summary', 'exceptions', 'groups', 'plans', 'outside', 'rollup', 'source', 'changesBasis']);
    expect(json.plans.length).toBe(12);
    expect(json.outside.map((o: { id: string }) => o.id).sort()).toEqual(['plymouth-kpi-report-2015-12', 'southend-learning-2017-18', 'southend-sen-strategy-progress-2014']);
    expect(existsSync(join(ROOT, 'dist/plan.cjs'))).toBe(true);
  });
});

const PLAN_PATH = 'plans/southend/learning-2017-18.yaml';

/** A repository holding the plan as text, with git run in it as of a date (a plan's history, made up). */
function planRepo(text: string) {
  const { dir, cleanup } = tempDir({ [PLAN_PATH]: text });
  const git = (args: string[], date: string) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
  const write = (next: string) => writeFileSync(join(dir, PLAN_PATH), next);
  /** The 2017/18 Q4 report's changes for the plan, as JSON. */
  const q4Changes = (): Record<string, unknown> => {
    const r = runPlan(['report', 'plans', '--quarter', '2017/18 Q4', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout).plans[0].changes;
  };
  git(['init', '-q', '-b', 'main'], '2017-12-01T12:00:00');
  git(['add', '.'], '2017-12-01T12:00:00');
  git(['commit', '-qm', 'Q3 version'], '2017-12-01T12:00:00');
  return { dir, git, write, q4Changes, cleanup };
}

/** A plan committed in Q3 (1 December 2017) as q3 and changed in Q4 (15 February 2018) to q4: the Q4 report's changes. */
function q4ChangesAfter(q3: string, q4: string): Record<string, unknown> {
  const repo = planRepo(q3);
  try {
    repo.write(q4);
    repo.git(['commit', '-qam', 'Q4 update'], '2018-02-15T12:00:00');
    return repo.q4Changes();
  } finally {
    repo.cleanup();
  }
}

describe('changes since the previous quarter, from git', () => {
  const plan = readFileSync(join(ROOT, 'plans/southend/learning-2017-18.yaml'), 'utf8');

  it('says the plans have uncommitted changes when a plan does, not when only the register does', () => {
    const repo = planRepo(plan);
    try {
      const council = readFileSync(join(ROOT, 'plans/southend/council.yaml'), 'utf8');
      writeFileSync(join(repo.dir, dirname(PLAN_PATH), 'council.yaml'), council);
      repo.git(['add', '.'], '2017-12-02T12:00:00');
      repo.git(['commit', '-qm', 'register'], '2017-12-02T12:00:00');
      const source = () => JSON.parse(runPlan(['report', 'plans', '--quarter', '2017/18 Q4', '--format', 'json'], { cwd: repo.dir }).stdout).source as string;
      expect(source()).toMatch(/^git commit [0-9a-f]+$/);
      writeFileSync(join(repo.dir, dirname(PLAN_PATH), 'council.yaml'), `${council}\n# edited\n`);
      expect(source()).toMatch(/^git commit [0-9a-f]+$/);
      repo.write(`${plan}\n# edited\n`);
      expect(source()).toMatch(/^git commit [0-9a-f]+ with uncommitted changes$/);
      // A new plan git does not know yet, in a new folder, is an uncommitted change too.
      repo.write(plan);
      expect(source()).toMatch(/^git commit [0-9a-f]+$/);
      mkdirSync(join(repo.dir, dirname(PLAN_PATH), 'new'));
      writeFileSync(join(repo.dir, dirname(PLAN_PATH), 'new', 'extra.yaml'), plan.replace(/^id: .*$/m, 'id: extra'));
      expect(source()).toMatch(/^git commit [0-9a-f]+ with uncommitted changes$/);
    } finally {
      repo.cleanup();
    }
  });

  it('takes a plan unchanged since last quarter as unchanged, without reading or comparing it', () => {
    const repo = planRepo(plan);
    try {
      // Something else changes in Q4; the plan does not.
      writeFileSync(join(repo.dir, 'README.md'), 'notes\n');
      repo.git(['add', '.'], '2018-02-15T12:00:00');
      repo.git(['commit', '-qm', 'Q4, the plan untouched'], '2018-02-15T12:00:00');
      // Last quarter's object for the plan is taken away: had it been read, the history would be unreadable.
      const oid = repo.git(['rev-parse', `HEAD~1:${PLAN_PATH}`], '2018-02-15T12:00:00').toString().trim();
      rmSync(join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
      expect(repo.q4Changes()).toMatchObject({ available: true, changes: [] });
      // Edited in the working tree, it must be read and compared, and the missing object shows.
      repo.write(`${plan}\n# edited\n`);
      expect(repo.q4Changes()).toMatchObject({ available: false, reason: expect.stringMatching(/git holds no version of/) });
    } finally {
      repo.cleanup();
    }
  });

  it('compares the version committed by the end of last quarter with the one reported on', () => {
    const changed = plan.replace('likelihood: 1\n', 'likelihood: 3\n').replace('due: 2018-03-31\n    desired', 'due: 2018-06-30\n    desired');
    expect(changed).not.toBe(plan);
    const changes = q4ChangesAfter(plan, changed) as { available: boolean; since: string; changes: { summary: string }[] };
    expect(changes.available).toBe(true);
    expect(changes.since).toMatch(/^2017-12-31 \(commit [0-9a-f]+\)$/);
    expect(changes.changes.map((c) => c.summary).join('\n')).toMatch(/LS2.*4.*12/);
  });

  it('a change committed on a branch before the quarter began, but merged after, is a change of the quarter', () => {
    const repo = planRepo(plan);
    try {
      repo.git(['checkout', '-qb', 'draft'], '2017-12-20T12:00:00');
      repo.write(plan.replace('likelihood: 1\n', 'likelihood: 3\n'));
      repo.git(['commit', '-qam', 'drafted before Christmas'], '2017-12-20T12:00:00');
      repo.git(['checkout', '-q', 'main'], '2018-01-15T12:00:00');
      repo.git(['merge', '-q', '--no-ff', '-m', 'agreed in January', 'draft'], '2018-01-15T12:00:00');
      const changes = repo.q4Changes() as { available: boolean; since: string; changes: { summary: string }[] };
      expect(changes.available).toBe(true);
      expect(changes.changes.map((c) => c.summary).join('\n')).toMatch(/LS2.*4.*12/);
    } finally {
      repo.cleanup();
    }
  });

  it('an old version that cannot be read says where and why, and the report goes on', () => {
    const broken = plan.replace(/^title: .*$/m, 'title: Learning: service plan');
    expect(broken).not.toBe(plan);
    const line = broken.split('\n').findIndex((l) => l.startsWith('title: ')) + 1;
    expect(q4ChangesAfter(broken, plan)).toEqual({
      available: false,
      reason: `history unavailable: the version of 2017-12-31 cannot be read (${line}:8 this value has ': ' (a colon and a space) in it, which YAML reads as the start of another key)`,
    });
  });

  it('an old version git cannot read (its object damaged) says why, and the report goes on', () => {
    const repo = planRepo(plan);
    try {
      const oid = repo.git(['rev-parse', `HEAD:${PLAN_PATH}`], '2018-02-15T12:00:00').toString().trim();
      repo.write(plan.replace(/^title: .*$/m, 'title: Learning service plan, revised'));
      repo.git(['commit', '-qam', 'Q4 update'], '2018-02-15T12:00:00');
      // Cut short after its first bytes: git still reads its size, but not the rest.
      const object = join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
      chmodSync(object, 0o644);
      truncateSync(object, Math.floor(statSync(object).size / 2));
      const changes = repo.q4Changes() as { available: boolean; reason: string };
      expect(changes.available).toBe(false);
      expect(changes.reason).toMatch(/^history unavailable: the version of 2017-12-31 cannot be read \(git cannot read commit [0-9a-f]{40}: .+\)$/);
    } finally {
      repo.cleanup();
    }
  });
});
