/** plan diff through git: REV:PATH specs, revision ranges, the working tree, and arguments that try to be options. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileAt, GitError, assertSafeArg, parseNameStatus, readFilesAt } from '../../src/git.js';
import { ROOT, random, runPlan, tempDir } from '../helpers.js';

const SOUTHEND = readFileSync(join(ROOT, 'plans/southend/learning-2017-18.yaml'), 'utf8');
const COUNCIL = readFileSync(join(ROOT, 'plans/southend/council.yaml'), 'utf8');
const PLAN = 'plans/southend/learning-2017-18.yaml';

function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A new repository holding these files in its first commit. */
function committed(files: Record<string, string>, message: string): { dir: string; cleanup: () => void } {
  const t = tempDir(files);
  git(t.dir, 'init', '-q');
  git(t.dir, 'config', 'user.name', 'Plan Tester');
  git(t.dir, 'config', 'user.email', 'tester@example.com');
  git(t.dir, 'add', '-A');
  git(t.dir, 'commit', '-q', '-m', message);
  return t;
}

interface JsonChange {
  plan: string;
  file: string;
  section: string;
  id: string;
  kind: string;
  field?: string;
  days?: number;
}

const json = (stdout: string) => JSON.parse(stdout) as JsonChange[];

let repo: { dir: string; cleanup: () => void };

beforeAll(() => {
  repo = committed({ [PLAN]: SOUTHEND, 'plans/southend/council.yaml': COUNCIL, '.github/workflows/ci.yml': 'on: push\n' }, 'first version');
  // second version: a due date slips and a target is lowered; the register and CI file change too
  const second = edit(edit(SOUTHEND, '    objective: SO2\n    due: 2018-03-31', '    objective: SO2\n    due: 2018-06-30'), '2017/18: 85', '2017/18: 80');
  writeFileSync(join(repo.dir, PLAN), second);
  writeFileSync(join(repo.dir, 'plans/southend/council.yaml'), `${COUNCIL}# a comment\n`);
  writeFileSync(join(repo.dir, '.github/workflows/ci.yml'), 'on: [push, pull_request]\n');
  git(repo.dir, 'commit', '-q', '-a', '-m', 'second version');
  // and an uncommitted edit in the working tree: a risk re-scored
  writeFileSync(join(repo.dir, PLAN), edit(second, '    likelihood: 1\n    impact: 4\n    score: 4', '    likelihood: 3\n    impact: 4\n    score: 12'));
});

afterAll(() => repo?.cleanup());

const plan = (args: string[], cwd = repo.dir) => runPlan(['diff', ...args], { cwd });

describe('plan diff with git', () => {
  it('compares HEAD~1:path with HEAD:path', () => {
    const r = plan([`HEAD~1:${PLAN}`, `HEAD:${PLAN}`, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((c) => [c.id, c.field, c.days])).toEqual([
      ['LS 1718 05', 'due', 91],
      ['DP PI 07', 'targets[2017/18]', undefined],
    ]);
    const text = plan([`HEAD~1:${PLAN}`, `HEAD:${PLAN}`]).stdout;
    expect(text).toContain(`HEAD~1:${PLAN} → HEAD:${PLAN}`);
    expect(text).toContain('due date slipped by 91 days');
  });

  it('compares every plan changed between two revisions, skipping the register and non-plan YAML', () => {
    const r = plan(['HEAD~1', 'HEAD', '--format', 'json', '--exit-code']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const changes = json(r.stdout);
    expect(new Set(changes.map((c) => c.file))).toEqual(new Set([PLAN]));
    expect(changes.map((c) => c.id)).toEqual(['LS 1718 05', 'DP PI 07']);
    expect(json(plan(['HEAD~1..HEAD', '--format', 'json']).stdout)).toEqual(changes);
  });

  it('reads each revision of many changed plans with a few git processes, not three for each plan and side', () => {
    const files: Record<string, string> = { 'plans/southend/council.yaml': COUNCIL };
    for (let i = 0; i < 40; i++) files[`plans/southend/copy-${i}.yaml`] = SOUTHEND.replace(/^id: .*$/m, `id: copy-${i}`);
    const many = committed(files, 'forty plans');
    try {
      for (let i = 0; i < 40; i++) writeFileSync(join(many.dir, `plans/southend/copy-${i}.yaml`), edit(files[`plans/southend/copy-${i}.yaml`]!, '    likelihood: 1\n    impact: 4\n    score: 4', '    likelihood: 3\n    impact: 4\n    score: 12'));
      git(many.dir, 'commit', '-qam', 'risk LS2 rescored in every copy');
      // Two revisions, and a revision with the working tree (the new side then read from disk).
      for (const [revs, most] of [[['HEAD~1', 'HEAD'], 8], [['HEAD~1'], 5]] as const) {
        const trace = join(many.dir, `git-trace-${revs.length}.txt`);
        const r = runPlan(['diff', ...revs, '--format', 'json'], { cwd: many.dir, env: { GIT_TRACE: trace } });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const changes = json(r.stdout);
        expect(changes).toHaveLength(40);
        expect(new Set(changes.map((c) => `${c.file} ${c.id}`)).size).toBe(40);
        expect(changes.every((c) => c.id === 'LS2')).toBe(true);
        // (one line per git process: "trace: built-in: git <command> ...")
        const processes = readFileSync(trace, 'utf8').split('\n').filter((l) => l.includes('trace: built-in: git '));
        expect(processes.filter((l) => l.includes('built-in: git show'))).toEqual([]);
        expect(processes.length, processes.join('\n')).toBeLessThanOrEqual(most);
      }
    } finally {
      many.cleanup();
    }
  });

  it('compares a revision with the working tree when the second revision is left out', () => {
    const r = plan(['HEAD~1', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((c) => c.id)).toEqual(['LS 1718 05', 'DP PI 07', 'LS2']);
    const sinceHead = plan(['HEAD']);
    expect(sinceHead.stdout).toContain(`HEAD:${PLAN} → ${PLAN}`);
    expect(sinceHead.stdout).toContain('score rose from 4 (Medium) to 12 (Very high), up 2 bands');
    expect(json(plan([`HEAD:${PLAN}`, '--format', 'json']).stdout).map((c) => c.id)).toEqual(['LS2']);
  });

  it('limits a revision diff to paths, and includes the register when it is named', () => {
    expect(json(plan(['--format', 'json', 'HEAD~1', 'HEAD', '--', 'plans/southend']).stdout)).toHaveLength(2);
    expect(json(plan(['--format', 'json', 'HEAD~1', 'HEAD', '--', 'plans/elsewhere']).stdout)).toEqual([]);
    // options after -- are paths, and refused as such
    expect(plan(['HEAD~1', 'HEAD', '--', 'plans/southend', '--format', 'json']).code).toBe(2);
    const named = plan(['HEAD~1', 'HEAD', '--', 'plans/southend/council.yaml']);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('plans/southend/council.yaml');
    expect(named.stdout).toContain('No semantic changes.');
  });

  it('after --, takes a path deleted from the working tree as a path, as git diff does', () => {
    const gone = committed({ [PLAN]: SOUTHEND, 'plans/southend/council.yaml': COUNCIL }, 'the plan');
    try {
      git(gone.dir, 'rm', '-q', PLAN);
      git(gone.dir, 'commit', '-q', '-m', 'the plan retired');
      const removed = (args: string[]) => {
        const r = plan(['--format', 'json', ...args], gone.dir);
        expect(r.stderr, args.join(' ')).toBe('');
        expect(r.code, args.join(' ')).toBe(0);
        return json(r.stdout).map((c) => [c.file, c.section, c.kind]);
      };
      expect(removed(['HEAD~1', '--', PLAN])).toEqual([[PLAN, 'plan', 'removed']]);
      expect(removed(['HEAD~1', 'HEAD', '--', PLAN])).toEqual([[PLAN, 'plan', 'removed']]);
      expect(removed(['HEAD~1', 'HEAD', '--', 'plans/elsewhere'])).toEqual([]);
      // without --, a name that is neither a file nor a revision is refused, and the hint says what to do
      const bare = plan(['HEAD~1', PLAN], gone.dir);
      expect(bare.code).toBe(2);
      expect(bare.stderr).toContain(`new side (${PLAN}): no such file, and not a git revision`);
      expect(bare.stderr).toContain('put -- before it (plan diff REV -- PATH)');
      const three = plan(['HEAD~1', 'HEAD', 'main', '--', PLAN], gone.dir);
      expect(three.code).toBe(2);
      expect(three.stderr).toContain('plan diff takes one or two revisions before --, not 3');
    } finally {
      gone.cleanup();
    }
  });

  it('refuses a revision that looks like an option, and never hands it to git', () => {
    const target = join(tmpdir(), `plan-diff-output-${process.pid}-${Date.now()}`);
    for (const args of [['--', `--output=${target}`], ['HEAD', '--', `--output=${target}`], ['--', `--output=${target}:x.yaml`], ['HEAD~1', 'HEAD', '--', `--output=${target}`]]) {
      const r = plan(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`'--output=${target}`);
      expect(r.stderr).toContain("begins with '-': refused");
      expect(existsSync(target)).toBe(false);
    }
  });

  it('explains an unknown revision, a path missing from a revision, and invalid YAML in git (exit 2)', () => {
    const unknown = plan(['no-such-branch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('old side (no-such-branch): unknown revision');
    const missing = plan(['HEAD~1:plans/nope.yaml', `HEAD:${PLAN}`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('old side (HEAD~1:plans/nope.yaml): plans/nope.yaml does not exist in HEAD~1');
    const badRev = plan([`HEAD~9:${PLAN}`, `HEAD:${PLAN}`]);
    expect(badRev.code).toBe(2);
    expect(badRev.stderr).toContain(`old side (HEAD~9:${PLAN}): unknown revision 'HEAD~9'`);
  });

  it('refuses a committed version over the size limit, named by side, whether one file or a range is compared (exit 2)', () => {
    const big = committed({ [PLAN]: SOUTHEND, 'plans/southend/council.yaml': COUNCIL }, 'the plan');
    try {
      writeFileSync(join(big.dir, PLAN), `${SOUTHEND}#${'x'.repeat(5_100_000)}\n`);
      git(big.dir, 'commit', '-qam', 'a plan of over 5 MB');
      writeFileSync(join(big.dir, PLAN), SOUTHEND);
      git(big.dir, 'commit', '-qam', 'back to its size');
      for (const [args, side] of [[['HEAD~1', 'HEAD'], 'old'], [['HEAD~2', 'HEAD~1'], 'new'], [[`HEAD~1:${PLAN}`, `HEAD:${PLAN}`], 'old']] as const) {
        const r = plan([...args], big.dir);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toContain(`plan: ${side} side (HEAD~1:${PLAN}): the file is over the 5000000 byte limit for a plan`);
      }
    } finally {
      big.cleanup();
    }
  });

  it('names the side and position when a committed version is not valid YAML', () => {
    const broken = committed({ 'p.yaml': SOUTHEND }, 'one');
    try {
      writeFileSync(join(broken.dir, 'p.yaml'), 'id: x\ncouncil: [southend\n');
      git(broken.dir, 'commit', '-q', '-a', '-m', 'broken');
      const r = plan(['HEAD~1:p.yaml', 'HEAD:p.yaml'], broken.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^plan: new side \(HEAD:p\.yaml\): \d+:\d+ /);
    } finally {
      broken.cleanup();
    }
  });

  it('says clearly when it is not in a repository', () => {
    const outside = tempDir({});
    try {
      const r = runPlan(['diff', 'HEAD~1'], { cwd: outside.dir, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('not in a git repository: run plan diff with two files, or from inside the plans repository');
    } finally {
      outside.cleanup();
    }
  });
});

describe('src/git.ts', () => {
  it('refuses arguments that begin with a dash or hold control characters', () => {
    expect(() => assertSafeArg('--output=/tmp/x', 'revision')).toThrow(GitError);
    expect(() => assertSafeArg('-p', 'revision')).toThrow(/begins with '-'/);
    expect(() => assertSafeArg('HEAD\nx', 'revision')).toThrow(/control character/);
    expect(() => assertSafeArg('HEAD~1', 'revision')).not.toThrow();
  });
  it('reads many files at one commit in one go: their bytes, or missing, or too large (never read)', () => {
    const t = tempDir({ 'a.yaml': 'id: a\n', 'with space/b £.yaml': 'id: b\n', 'big.yaml': `note: ${'x'.repeat(200)}\n`, 'empty.yaml': '', 'sub*/c.yaml': 'id: c\n', 'sub*/deep/d.yaml': 'id: d\n', 'subX/c.yaml': 'id: other\n' });
    try {
      const git = (...args: string[]) => spawnSync('git', args, { cwd: t.dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
      git('init', '-q');
      git('add', '.');
      git('commit', '-qm', 'one');
      const head = git('rev-parse', 'HEAD').stdout.trim();
      const files = readFilesAt(head, ['a.yaml', 'with space/b £.yaml', 'big.yaml', 'empty.yaml', 'gone.yaml', 'with space', 'new\nline.yaml', 'sub*/c.yaml', 'sub*/deep/d.yaml', 'sub*/gone.yaml'], 100, { cwd: t.dir });
      const shown = Object.fromEntries([...files].map(([p, v]) => [p, typeof v === 'string' ? v : v.toString('utf8')]));
      expect(shown).toEqual({ 'a.yaml': 'id: a\n', 'with space/b £.yaml': 'id: b\n', 'big.yaml': 'too-large', 'empty.yaml': '', 'gone.yaml': 'missing', 'with space': 'missing', 'new\nline.yaml': 'missing', 'sub*/c.yaml': 'id: c\n', 'sub*/deep/d.yaml': 'id: d\n', 'sub*/gone.yaml': 'missing' });
    } finally {
      t.cleanup();
    }
  });
  it('reads hundreds of files at one commit, leaving unread a file the caller already has (same object)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`p/${String(i).padStart(3, '0')}.yaml`] = `id: p${i}\n${`note: ${i} ${'y'.repeat(i * 3)}\n`.repeat(20)}`;
    const t = committed({ ...files, 'big.yaml': `note: ${'x'.repeat(200_000)}\n`, 'empty.yaml': '' }, 'one');
    try {
      const head = git(t.dir, 'rev-parse', 'HEAD').trim();
      const emptyOid = git(t.dir, 'rev-parse', 'HEAD:empty.yaml').trim();
      const paths = [...Object.keys(files), 'big.yaml', 'empty.yaml', 'gone.yaml'];
      const shown = (v: FileAt | undefined) => (v === undefined || typeof v === 'string' ? v : v.toString('utf8'));
      const read = readFilesAt(head, paths, 100_000, { cwd: t.dir, have: new Map([['empty.yaml', emptyOid]]) });
      expect(shown(read.get('big.yaml'))).toBe('too-large');
      expect(shown(read.get('empty.yaml'))).toBe('same');
      expect(shown(read.get('gone.yaml'))).toBe('missing');
      for (const p of Object.keys(files)) expect(shown(read.get(p)), p).toBe(files[p]);
    } finally {
      t.cleanup();
    }
  });
  it('stops at once with an error when git cannot read an object', () => {
    const next = random(8);
    const noise = Array.from({ length: 30_000 }, () => String.fromCharCode(33 + Math.floor(next() * 90))).join('');
    const t = committed({ 'a.yaml': 'id: a\n', 'b.yaml': `note: ${noise}\n`, 'c.yaml': 'id: c\n' }, 'one');
    try {
      const head = git(t.dir, 'rev-parse', 'HEAD').trim();
      // b.yaml's object cut short: ls-tree still reads its size from the start, cat-file fails on the rest.
      const oid = git(t.dir, 'rev-parse', 'HEAD:b.yaml').trim();
      const object = join(t.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
      chmodSync(object, 0o644);
      truncateSync(object, 2000);
      const paths = ['a.yaml', 'b.yaml', 'c.yaml'];
      const failure = (read: () => unknown) => {
        try {
          read();
        } catch (err) {
          return err instanceof GitError ? `${err.code}: ${err.message}` : String(err);
        }
        return 'no error';
      };
      // (a reader left waiting on git would end as a 'timeout' error, not 'failed')
      expect(failure(() => readFilesAt(head, paths, 100_000, { cwd: t.dir }))).toMatch(/^failed: git cannot read commit [0-9a-f]+: ./);
    } finally {
      t.cleanup();
    }
  });
  it('reads git diff --name-status -z output, renames included', () => {
    expect(parseNameStatus('M\0a.yaml\0R087\0old.yaml\0new.yaml\0D\0gone.yml\0')).toEqual([
      { status: 'modified', oldPath: 'a.yaml', newPath: 'a.yaml' },
      { status: 'renamed', oldPath: 'old.yaml', newPath: 'new.yaml' },
      { status: 'deleted', oldPath: 'gone.yml', newPath: 'gone.yml' },
    ]);
  });
});
