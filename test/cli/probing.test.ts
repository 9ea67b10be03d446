/** Bugs found by probing (issue 40): each test reproduces one item as a user meets it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runPlan, tempDir } from '../helpers.js';

const PLAN_PATH = 'plans/southend/learning-2017-18.yaml';
const PLAN = readFileSync(join(ROOT, PLAN_PATH), 'utf8');
const COUNCIL = readFileSync(join(ROOT, 'plans/southend/council.yaml'), 'utf8');
/** The plan with one risk re-scored: a change the report's history shows. */
const RESCORED = PLAN.replace('likelihood: 1\n', 'likelihood: 3\n');

/** A git repository in dir, with commits dated as asked. */
function gitIn(dir: string) {
  return (args: string[], date = '2017-05-01T12:00:00+01:00') =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
    }).toString();
}

/** A repository with the plan committed on 1 May 2017 (2017/18 Q1). */
function planRepo(files: Record<string, string> = { [PLAN_PATH]: PLAN }) {
  const t = tempDir(files);
  const git = gitIn(t.dir);
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-qm', 'Q1 version']);
  return { ...t, git };
}

type Changes = { available: boolean; reason?: string; since?: string; changes?: { summary: string }[] };

function reportJson(args: string[], cwd: string, env: Record<string, string | undefined> = {}): { source: string; plans: { id: string; changes: Changes }[] } {
  const r = runPlan(['report', ...args, '--format', 'json'], { cwd, env });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('item 2: last quarter ends at midnight in London, whatever TZ is', () => {
  it('a commit at 00:30 BST on 1 July is a change of Q2 under any TZ', () => {
    const repo = planRepo();
    try {
      writeFileSync(join(repo.dir, PLAN_PATH), RESCORED);
      repo.git(['commit', '-qam', 'just after midnight'], '2017-07-01T00:30:00+01:00');
      for (const TZ of ['Europe/London', 'UTC', 'America/New_York', 'Pacific/Auckland']) {
        const changes = reportJson(['plans', '--quarter', '2017/18 Q2'], repo.dir, { TZ }).plans[0]!.changes;
        expect(changes.available, TZ).toBe(true);
        expect(changes.since, TZ).toMatch(/^2017-06-30 /);
        expect(changes.changes!.length, TZ).toBeGreaterThan(0);
      }
    } finally {
      repo.cleanup();
    }
  });
});

describe('item 4: a plan moved with git mv keeps its history', () => {
  it('compares with the version at its old path', () => {
    const repo = planRepo();
    try {
      mkdirSync(join(repo.dir, 'plans/essex'));
      repo.git(['mv', PLAN_PATH, 'plans/essex/learning.yaml'], '2017-08-01T12:00:00+01:00');
      writeFileSync(join(repo.dir, 'plans/essex/learning.yaml'), RESCORED);
      repo.git(['commit', '-qam', 'moved and re-scored'], '2017-08-01T12:00:00+01:00');
      const changes = reportJson(['plans', '--quarter', '2017/18 Q2'], repo.dir).plans[0]!.changes;
      expect(changes.available, changes.reason).toBe(true);
      expect(changes.changes!.map((c) => c.summary).join('\n')).toMatch(/LS2/);
      // Moved but not yet committed (staged by git mv) is followed too.
      repo.git(['mv', 'plans/essex/learning.yaml', 'plans/essex/learning-2017-18.yaml'], '2017-08-02T12:00:00+01:00');
      expect(reportJson(['plans', '--quarter', '2017/18 Q2'], repo.dir).plans[0]!.changes.available).toBe(true);
    } finally {
      repo.cleanup();
    }
  });
});

describe('item 7: GIT_DIR set, as git hooks export it', () => {
  it('plan diff and plan report find the repository from the plans, not from GIT_DIR and the working folder', () => {
    const repo = planRepo();
    try {
      writeFileSync(join(repo.dir, PLAN_PATH), RESCORED);
      repo.git(['commit', '-qam', 're-scored'], '2017-08-01T12:00:00+01:00');
      const env = { GIT_DIR: join(repo.dir, '.git') };
      const diff = runPlan(['diff', 'HEAD~1', '--format', 'json'], { cwd: join(repo.dir, 'plans'), env });
      expect(diff.code, diff.stderr).toBe(0);
      expect(JSON.parse(diff.stdout).map((c: { kind: string; section: string }) => `${c.section} ${c.kind}`)).not.toContain('plan removed');
      expect(diff.stdout).toContain('LS2');
      const report = reportJson(['southend', '--quarter', '2017/18 Q2'], join(repo.dir, 'plans'), env);
      expect(report.source).toMatch(/^git commit [0-9a-f]+$/);
      expect(report.plans[0]!.changes.available).toBe(true);
    } finally {
      repo.cleanup();
    }
  });
});

describe('item 8: plans in a git submodule', () => {
  it('each plan has the history of its own repository, whatever the order of the arguments', () => {
    const sub = planRepo({ 'essex/learning.yaml': PLAN.replace(/^id: .*$/m, 'id: essex-learning') });
    const repo = planRepo();
    try {
      writeFileSync(join(sub.dir, 'essex/learning.yaml'), RESCORED.replace(/^id: .*$/m, 'id: essex-learning'));
      sub.git(['commit', '-qam', 're-scored'], '2017-08-01T12:00:00+01:00');
      repo.git(['-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub.dir, 'plans/shared']);
      repo.git(['commit', '-qm', 'shared plans'], '2017-08-02T12:00:00+01:00');
      const ids = (args: string[]) => {
        const r = reportJson([...args, '--quarter', '2017/18 Q2'], repo.dir);
        return Object.fromEntries(r.plans.map((p) => [p.id, p.changes.available ? `${p.changes.changes!.length > 0}` : p.changes.reason]));
      };
      const expected = { 'essex-learning': 'true', 'southend-learning-2017-18': 'false' };
      expect(ids([PLAN_PATH, 'plans/shared/essex/learning.yaml'])).toEqual(expected);
      expect(ids(['plans/shared/essex/learning.yaml', PLAN_PATH])).toEqual(expected);
    } finally {
      repo.cleanup();
      sub.cleanup();
    }
  });
});

describe('item 9: the real reason git has no history to give', () => {
  it('without git on the PATH, says so rather than "not in git"', () => {
    const repo = planRepo();
    try {
      const r = reportJson(['plans', '--quarter', '2017/18 Q2'], repo.dir, { PATH: join(repo.dir, 'no-such-folder') });
      expect(r.source).toBe('not read from git: git is not installed or not on the PATH');
      expect(r.plans[0]!.changes.reason).toBe('history unavailable: git is not installed or not on the PATH');
    } finally {
      repo.cleanup();
    }
  });

  it.runIf(process.getuid?.() === 0)('in a repository git refuses as of dubious ownership, says so', () => {
    const repo = planRepo();
    try {
      execFileSync('chown', ['-R', '65534:65534', repo.dir]);
      const r = reportJson(['plans', '--quarter', '2017/18 Q2'], repo.dir, { HOME: repo.dir, XDG_CONFIG_HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1' });
      expect(r.source).toMatch(/^not read from git: git cannot read this repository: detected dubious ownership/);
      expect(r.plans[0]!.changes.reason).toMatch(/^history unavailable: git cannot read this repository: detected dubious ownership/);
    } finally {
      execFileSync('chown', ['-R', `${process.getuid!()}:${process.getgid!()}`, repo.dir]);
      repo.cleanup();
    }
  });

  it('in a shallow clone, says the history is cut off, not that git holds no version', () => {
    const repo = planRepo();
    const clone = tempDir();
    try {
      writeFileSync(join(repo.dir, PLAN_PATH), RESCORED);
      repo.git(['commit', '-qam', 're-scored'], '2017-08-01T12:00:00+01:00');
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, join(clone.dir, 'c')]);
      const changes = reportJson(['plans', '--quarter', '2017/18 Q2'], join(clone.dir, 'c')).plans[0]!.changes;
      expect(changes.reason).toBe('history unavailable: this is a shallow clone, and the history it holds does not reach back to 2017-06-30 (git fetch --unshallow fetches the rest)');
    } finally {
      repo.cleanup();
      clone.cleanup();
    }
  });
});

describe('item 10: paths in plan diff are literal', () => {
  /** A repository whose plans include ':colon.yaml' and '*.yaml', all three re-scored in the working tree. */
  function oddNames() {
    const names = [PLAN_PATH, 'plans/southend/:colon.yaml', 'plans/southend/*.yaml'];
    const repo = planRepo(Object.fromEntries(names.map((n, i) => [n, PLAN.replace(/^id: .*$/m, `id: plan-${i}`)])));
    names.forEach((n, i) => writeFileSync(join(repo.dir, n), RESCORED.replace(/^id: .*$/m, `id: plan-${i}`)));
    return repo;
  }
  const files = (stdout: string) => [...new Set((JSON.parse(stdout) as { file: string }[]).map((c) => c.file))].sort();

  it('REV:PATH with a * is that path, and one the revision has not is "does not exist"', () => {
    const repo = planRepo();
    try {
      const r = runPlan(['diff', 'HEAD:plans/southend/*.yaml'], { cwd: repo.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('plans/southend/*.yaml does not exist in HEAD');
    } finally {
      repo.cleanup();
    }
  });

  it('paths after -- are not pathspec magic or globs', () => {
    const repo = oddNames();
    try {
      const inFolder = join(repo.dir, 'plans/southend');
      const colon = runPlan(['diff', 'HEAD', '--format', 'json', '--', ':colon.yaml'], { cwd: inFolder });
      expect(colon.code, colon.stderr).toBe(0);
      expect(files(colon.stdout)).toEqual(['plans/southend/:colon.yaml']);
      const star = runPlan(['diff', 'HEAD', '--format', 'json', '--', 'plans/southend/*.yaml'], { cwd: repo.dir });
      expect(star.code, star.stderr).toBe(0);
      expect(files(star.stdout)).toEqual(['plans/southend/*.yaml']);
    } finally {
      repo.cleanup();
    }
  });
});

describe('item 6: a TMPDIR with no room does not stall plan diff', () => {
  it('reads both revisions at once, whatever TMPDIR is', () => {
    const repo = planRepo();
    try {
      writeFileSync(join(repo.dir, PLAN_PATH), RESCORED);
      repo.git(['commit', '-qam', 're-scored'], '2017-08-01T12:00:00+01:00');
      // A TMPDIR that is a file: nothing can be made in it, as on a full filesystem.
      writeFileSync(join(repo.dir, 'full'), '');
      const started = Date.now();
      const r = runPlan(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: repo.dir, env: { TMPDIR: join(repo.dir, 'full'), TMP: join(repo.dir, 'full'), TEMP: join(repo.dir, 'full') } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('LS2');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      repo.cleanup();
    }
  });
});

describe('item 11: plan text cannot drive the terminal', () => {
  const HOSTILE = '\u001b]0;owned\u0007\u001b[8mhidden\u009b2J\u202eevil';
  /** Runs plan with standard output a terminal (util-linux script), and returns what the terminal got. */
  function onTerminal(args: string[], cwd: string): string {
    const command = ['node', BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return r.stdout.toString('utf8');
  }

  it.runIf(existsSync('/usr/bin/script'))('the CSV formats of risks, overdue and report are made inert on a terminal', () => {
    const hostile = PLAN.replace(/title: (That there will be insufficient.*)$/m, (_, t: string) => `title: ${JSON.stringify(HOSTILE + t)}`).replace(/title: (Business Continuity Planning)$/m, (_, t: string) => `title: ${JSON.stringify(HOSTILE + t)}`);
    expect(hostile).not.toBe(PLAN);
    const t = tempDir({ 'plans/southend/council.yaml': COUNCIL, [PLAN_PATH]: hostile });
    try {
      for (const args of [['risks', 'plans', '--format', 'csv'], ['overdue', 'plans', '--as-of', '2019-01-01', '--format', 'csv'], ['report', 'plans', '--quarter', '2017/18 Q4', '--format', 'csv']]) {
        const out = onTerminal(args, t.dir);
        expect(out, args[0]).toMatch(/\\x1b/);
        expect(out, args[0]).not.toMatch(/[\u001b\u0007\u0080-\u009f\u202e]/);
      }
      // To a file or a pipe the CSV is as it was: a spreadsheet gets the text unchanged.
      expect(runPlan(['risks', 'plans', '--format', 'csv'], { cwd: t.dir }).stdout).toContain(HOSTILE);
    } finally {
      t.cleanup();
    }
  });

  it('lint -f github makes control characters in file names visible', () => {
    const t = tempDir({ 'plans/\u001b[2Jbad.yaml': 'id: [\n' });
    try {
      const r = runPlan(['lint', '-f', 'github', 'plans'], { cwd: t.dir });
      expect(r.stdout).toContain('file=plans/\\x1b[2Jbad.yaml');
      expect(r.stdout).not.toContain('\u001b');
    } finally {
      t.cleanup();
    }
  });

  it('--quarter with an escape is echoed inert on stderr', () => {
    const r = runPlan(['report', 'plans', '--quarter', '\u001b]0;owned\u0007 2017']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('\\x1b]0;owned\\x07');
    expect(r.stderr).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('item 12: report --out that is one of its inputs', () => {
  it('is refused, the plan untouched, however the path is written', () => {
    const t = tempDir({ [PLAN_PATH]: PLAN });
    try {
      for (const out of [PLAN_PATH, `./plans/../${PLAN_PATH}`, join(t.dir, PLAN_PATH)]) {
        const r = runPlan(['report', 'plans', '--quarter', '2017/18 Q4', '--format', 'csv', '--out', out], { cwd: t.dir });
        expect(r.code, out).toBe(2);
        expect(r.stderr, out).toContain('is one of the plans being reported on');
        expect(readFileSync(join(t.dir, PLAN_PATH), 'utf8')).toBe(PLAN);
      }
    } finally {
      t.cleanup();
    }
  });
});

describe('item 13: plan.config.yaml plans and riskMatrix', () => {
  it('an absolute folder under plans: is that folder, not joined onto the config folder', () => {
    const plans = tempDir({ 'southend/learning.yaml': PLAN, 'southend/council.yaml': COUNCIL });
    const t = tempDir({ 'plan.config.yaml': `plans: [${JSON.stringify(plans.dir)}]\n` });
    try {
      const r = runPlan(['risks', '--format', 'json'], { cwd: t.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
    } finally {
      t.cleanup();
      plans.cleanup();
    }
  });

  it('an unknown riskMatrix is refused with "did you mean"', () => {
    const t = tempDir({ 'plan.config.yaml': 'riskMatrix: standrd-5x5\n', [PLAN_PATH]: PLAN });
    try {
      const r = runPlan(['risks', 'plans'], { cwd: t.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/plan\.config\.yaml:1:13: risk matrix 'standrd-5x5' is not defined — did you mean 'standard-5x5'\?/);
    } finally {
      t.cleanup();
    }
  });
});

describe('item 14: unknown rule ids under rules:', () => {
  it('are refused with "did you mean", at their place', () => {
    const t = tempDir({ 'plan.config.yaml': 'rules:\n  unresolved-tbc: off\n  knwn-people: off\n', [PLAN_PATH]: PLAN });
    try {
      const r = runPlan(['lint', 'plans'], { cwd: t.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/plan\.config\.yaml:3:3: no lint rule is called 'knwn-people' — did you mean 'known-people'\?/);
    } finally {
      t.cleanup();
    }
  });

  it("the config schema's own example names rules that exist", async () => {
    const { RULES } = await import('../../src/lint/rules.js');
    const schema = readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8');
    const named = [...schema.matchAll(/([a-z]+(?:-[a-z]+)+): (?:error|warning|info|off)\b/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(RULES.map((r) => r.meta.id)).toContain(id);
  });
});

type Finding = { line: number; column: number; ruleId: string; message: string; hint?: string };
/** plan lint's findings for one plan, as JSON. */
function lintFindings(text: string): Finding[] {
  const t = tempDir({ 'plans/southend/council.yaml': COUNCIL, 'plans/southend/plan.yaml': text });
  try {
    return JSON.parse(runPlan(['lint', '--format', 'json', 'plans/southend/plan.yaml'], { cwd: t.dir }).stdout) as Finding[];
  } finally {
    t.cleanup();
  }
}

describe('item 15: one problem, one finding, at its place', () => {
  it('likelihood 7 on a 5x5 plan is one finding, with the 5x5 range', () => {
    const text = PLAN.replace(/^riskMatrix: .*$/m, 'riskMatrix: standard-5x5').replace('likelihood: 3\n', 'likelihood: 7\n');
    const line = text.split('\n').indexOf('    likelihood: 7') + 1;
    const here = lintFindings(text).filter((d) => d.line === line);
    expect(here.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([expect.stringMatching(/^risk-on-matrix: .*likelihood 7 is outside this plan's 5x5 matrix \(1-5\)$/)]);
  });

  it('a tab in the indentation is one finding, at the tab, with advice about the tab', () => {
    for (const [from, to] of [['    lead: Amanda Champ', '  \tlead: Amanda Champ'], ['    leadRole: Group Manager for School', '\tleadRole: Group Manager for School'], ['  - id: early-years', '\t- id: early-years']] as const) {
      const text = PLAN.replace(from, to);
      expect(text).not.toBe(PLAN);
      const line = text.split('\n').findIndex((l) => l.startsWith(to)) + 1;
      const yaml = lintFindings(text).filter((d) => d.ruleId.startsWith('yaml/'));
      expect(yaml.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`), to).toEqual([`${line}:${to.indexOf('\t') + 1} yaml/TAB_AS_INDENT this line is indented with a tab: YAML indents with spaces only`]);
    }
  });
});

describe('item 15: an action due before the plan period', () => {
  it('is flagged by due-within-period, at its due date', () => {
    const text = PLAN.replace('    due: 2018-03-31\n', '    due: 2016-12-31\n');
    expect(text).not.toBe(PLAN);
    const line = text.split('\n').indexOf('    due: 2016-12-31') + 1;
    const found = lintFindings(text).filter((d) => d.ruleId === 'due-within-period' && d.line === line);
    expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([expect.stringMatching(new RegExp(`^${line}:10 action .* is due 2016-12-31, before the plan's period \\(2017/18\\) begins$`))]);
  });
});

describe('item 16: messages that mislead', () => {
  it('a FIFO given to plan diff is said to be one, not "no such file", and is never opened', () => {
    const t = tempDir({ 'new.yaml': PLAN });
    try {
      execFileSync('mkfifo', [join(t.dir, 'old.yaml')]);
      for (const args of [['old.yaml', 'new.yaml'], ['new.yaml', 'old.yaml']]) {
        const r = runPlan(['diff', ...args], { cwd: t.dir, timeout: 10_000 });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toMatch(/side \(old\.yaml\) is a FIFO \(named pipe\), not a file/);
      }
    } finally {
      t.cleanup();
    }
  });

  it('tables are drawn with ASCII borders when the locale is not UTF-8', () => {
    const ascii = runPlan(['risks', PLAN_PATH], { env: { LANG: 'C', LC_ALL: undefined, LC_CTYPE: undefined } });
    expect(ascii.code, ascii.stderr).toBe(0);
    expect(ascii.stdout).toMatch(/^\+-+\+/m);
    expect(ascii.stdout).not.toMatch(/[\u2500-\u257f]/);
    const utf8 = runPlan(['risks', PLAN_PATH], { env: { LANG: 'en_GB.UTF-8', LC_ALL: undefined, LC_CTYPE: undefined } });
    expect(utf8.stdout).toMatch(/[\u2500-\u257f]/);
  });
});

describe('item 16: a malformed council.yaml', () => {
  it('is said to be unreadable, not "no council register found"', () => {
    const t = tempDir({ 'plans/southend/council.yaml': 'id: southend\npeople: [\n', [PLAN_PATH]: PLAN });
    try {
      const found = JSON.parse(runPlan(['lint', '--format', 'json', 'plans'], { cwd: t.dir }).stdout) as Finding[];
      const council = found.filter((d) => d.ruleId === 'council-references');
      expect(council.map((d) => d.message)).toEqual(["the council register beside this plan (plans/southend/council.yaml) cannot be read, so the plan's priorities and people cannot be checked"]);
      expect(council[0]!.hint).toBe('fix council.yaml first: plan lint shows its problems');
    } finally {
      t.cleanup();
    }
  });
});
