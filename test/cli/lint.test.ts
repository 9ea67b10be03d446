/** plan lint end to end, through the built executable as users run it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';

const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: typeof AjvDraft04Module }).default ?? AjvDraft04Module) as unknown as new (o: object) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } };
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LINT_FORMATS } from '../../src/formatters/lint/index.js';
import type { LintReport } from '../../src/formatters/lint/types.js';
import { palette } from '../../src/util/color.js';
import { ROOT, runPlan, tempDir } from '../helpers.js';

const MULTI = 'test/fixtures/lint/multi';

describe('plan lint', () => {
  it('passes the bundled plans (exit 0)', () => {
    const r = runPlan(['lint', 'plans']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 errors/);
  });

  it('with no path, lints the plans/ folder', () => {
    const r = runPlan(['lint', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/19 files checked: no problems/);
  });

  it('reports every fault of a many-fault plan at its line and column, and a syntax error in another file', () => {
    const r = runPlan(['lint', MULTI, '-f', 'json', '--as-of', '2017-06-30']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { file: string; line: number; column: number; ruleId: string; message: string; severity: string }[]).filter((d) => d.severity === 'error');
    const at = (file: string) => found.filter((d) => d.file.endsWith(file)).map((d) => `${d.line}:${d.column} ${d.ruleId}`);
    expect(at('broken-syntax.yaml')).toEqual(['8:12 yaml/MISSING_CHAR']);
    expect(at('faults.yaml')).toEqual([
      '14:15 known-references',
      '15:9 unique-ids',
      '18:10 real-dates',
      '19:5 schema/unknown-key',
      '30:17 risk-on-matrix',
    ]);
    const msg = (rule: string) => found.find((d) => d.ruleId === rule)!.message;
    expect(msg('risk-on-matrix')).toBe("risk LS1: likelihood 5 is outside this plan's 4x4 matrix (1-4)");
    expect(msg('schema/unknown-key')).toBe("action LS 1718 05: unknown key 'asigned' — did you mean 'owner'?");
    expect(msg('real-dates')).toMatch(/2018-02-30 is not a real date: February 2018 has 28 days/);
    expect(msg('known-references')).toMatch(/did you mean 'DP PI 07'/);
  });

  it('stylish: grouped by file with an excerpt under a syntax error, a summary, and no colour when NO_COLOR is set', () => {
    const r = runPlan(['lint', MULTI, '--as-of', '2017-06-30'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/8 \| {5}title: "An unclosed quote/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(6 errors/);
  });

  it('colours only when asked or on a terminal: --color forces it, --no-color wins over FORCE_COLOR', () => {
    expect(runPlan(['lint', MULTI, '--color'], { env: { NO_COLOR: undefined } }).stdout).toMatch(/\u001b\[/);
    expect(runPlan(['lint', MULTI, '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runPlan(['lint', MULTI], { env: { NO_COLOR: undefined } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('--quiet shows errors only; --max-warnings turns warnings into a failure', () => {
    const { dir, cleanup } = tempDir({ 'p.yaml': 'id: p\ncouncil: c\nservice: S\nperiod: 2017/18\nmeasures:\n  - id: M1\n    title: m\n' });
    try {
      const loud = runPlan(['lint', dir, '-f', 'json']);
      expect(loud.code).toBe(0);
      expect(JSON.parse(loud.stdout).length).toBeGreaterThan(0);
      expect(JSON.parse(runPlan(['lint', dir, '-f', 'json', '--quiet']).stdout)).toEqual([]);
      expect(runPlan(['lint', dir, '--max-warnings', '0']).code).toBe(1);
      expect(runPlan(['lint', dir, '--max-warnings', '10']).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('--quiet skips only the findings it drops: info unless the config raises it, never warnings it counts', () => {
    // unresolved-tbc reports info in a draft (--quiet neither shows nor counts it, so the rule need not run),
    // a warning in a published plan (counted), and an error when the config says so (shown).
    const body = 'council: c\nservice: S\nperiod: 2017/18\nmeasures:\n  - id: M1\n    title: m\n    polarity: higher\n    targets: { 2017/18: tbc }\n';
    const rules = 'rules:\n  council-references: off\n';
    const { dir, cleanup } = tempDir({ 'draft/p.yaml': `id: d\n${body}`, 'published/p.yaml': `id: p\nstatus: published\n${body}`, 'draft/plan.config.yaml': rules, 'published/plan.config.yaml': rules, 'raised/p.yaml': `id: r\n${body}`, 'raised/plan.config.yaml': `${rules}  unresolved-tbc: error\n` });
    try {
      const tbc = (r: { stdout: string }) => (JSON.parse(r.stdout) as { ruleId: string; severity: string }[]).filter((d) => d.ruleId === 'unresolved-tbc').map((d) => d.severity);
      expect(tbc(runPlan(['lint', '.', '-f', 'json'], { cwd: join(dir, 'draft') }))).toEqual(['info']);
      expect(runPlan(['lint', '.', '--quiet', '--max-warnings', '0'], { cwd: join(dir, 'draft') }).code).toBe(0);
      const published = runPlan(['lint', '.', '--quiet', '--max-warnings', '0'], { cwd: join(dir, 'published') });
      expect(published.code).toBe(1);
      expect(published.stderr).toContain('1 warnings is more than --max-warnings 0');
      expect(tbc(runPlan(['lint', '.', '-f', 'json', '--quiet'], { cwd: join(dir, 'raised') }))).toEqual(['error']);
    } finally {
      cleanup();
    }
  });

  it('--quiet counts the same warnings as the full output in a file with directives, suppressed or not', () => {
    // The bundled Vale plan's directives name savings-totals. Added here: one naming measure-targets on a
    // line where it warns, one with no rule list on the line before another, and one suppressing nothing.
    // Under --quiet, only the rules directives name are placed (the others cannot be suppressed), so a
    // finding of a named rule dropped unplaced would leave its directive unused and change the count.
    const lines = readFileSync(join(ROOT, 'plans', 'vale-of-glamorgan', 'school-improvement-2016-20.yaml'), 'utf8').split('\n');
    expect(lines[545]).toBe('  - id: EDU/003');
    expect(lines[550]).toBe('  - id: EDU/017');
    lines[545] += '  # plan-lint-disable-line measure-targets -- no target printed';
    lines[549] += '  # plan-lint-disable-next-line';
    lines[548] += '  # plan-lint-disable-line measure-targets';
    const council = readFileSync(join(ROOT, 'plans', 'vale-of-glamorgan', 'council.yaml'), 'utf8');
    const { dir, cleanup } = tempDir({ 'v/p.yaml': lines.join('\n'), 'v/council.yaml': council });
    try {
      const all = JSON.parse(runPlan(['lint', dir, '-f', 'json']).stdout) as { line: number; ruleId: string; severity: string }[];
      const at = (line: number) => all.filter((d) => d.line === line).map((d) => d.ruleId);
      expect(at(546)).toEqual([]);
      expect(at(551)).toEqual([]);
      expect(at(549)).toEqual(['unused-disable']);
      const warnings = all.filter((d) => d.severity === 'warning').length;
      expect(warnings).toBeGreaterThan(30);
      const over = runPlan(['lint', dir, '--quiet', '--max-warnings', String(warnings - 1)]);
      expect(over.stderr).toContain(`${warnings} warnings is more than --max-warnings ${warnings - 1}`);
      expect(runPlan(['lint', dir, '--quiet', '--max-warnings', String(warnings)]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('rule severities come from plan.config.yaml, and a rule can be turned off', () => {
    const plan = 'id: p\ncouncil: c\nservice: S\nperiod: 2017/18\nmeasures:\n  - id: M1\n    title: m\n';
    const { dir, cleanup } = tempDir({ 'plans/p.yaml': plan, 'plan.config.yaml': 'rules:\n  measure-polarity: error\n  measure-targets: off\n  council-references: off\n' });
    try {
      const r = runPlan(['lint', '-f', 'json'], { cwd: dir });
      expect(r.code).toBe(1);
      const ids = (JSON.parse(r.stdout) as { ruleId: string; severity: string }[]).map((d) => `${d.ruleId}:${d.severity}`);
      expect(ids).toEqual(['measure-polarity:error']);
    } finally {
      cleanup();
    }
  });

  it('exit 2 with one clear line and a hint for usage errors, never a stack trace', () => {
    const cases = [
      ['lint', 'no/such/folder'],
      ['lint', 'plans', '--as-of', '2018-02-30'],
      ['lint', 'plans', '--max-warnings', 'many'],
      ['lint', 'plans', '--format', 'xml'],
      ['lint', '--config', 'no-such-config.yaml'],
      ['frobnicate'],
    ];
    for (const args of cases) {
      const r = runPlan(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^plan: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('takes globs, and with no path the plan folders named in plan.config.yaml', () => {
    const files = (r: { stdout: string }) => [...new Set((JSON.parse(r.stdout) as { file: string }[]).map((d) => d.file))].sort();
    const glob = runPlan(['lint', 'plans/**/*-2017-18.yaml', 'plans/birmingham/0?-*.yaml', '-f', 'json']);
    expect(glob.code).toBe(0);
    expect(files(glob)).toEqual(expect.arrayContaining(['plans/southend/learning-2017-18.yaml', 'plans/birmingham/05-education-infrastructure.yaml']));
    expect(files(glob).some((f) => f.startsWith('plans/vale') || f.startsWith('plans/birmingham/1'))).toBe(false);
    const none = runPlan(['lint', 'plans/**/*.yml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/path 'plans\/\*\*\/\*\.yml' does not exist or matches no files/);
    const bad = 'id: p\ncouncil: c\nservice: S\nperiod: 2017/18\nacions: []\n';
    const { dir, cleanup } = tempDir({ 'plan.config.yaml': 'plans: [council-plans]\n', 'council-plans/p.yaml': bad, 'plans/ignored.yaml': 'not: a plan\n' });
    try {
      const r = runPlan(['lint', '-f', 'json'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(files(r)).toEqual(['council-plans/p.yaml']);
    } finally {
      cleanup();
    }
  });

  it('--list-rules lists every rule with its severity', () => {
    const r = runPlan(['lint', '--list-rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/risk-on-matrix\s+error/);
    expect(r.stdout).toMatch(/known-people\s+warning/);
  });

  it('--format sarif validates against the SARIF 2.1.0 schema and lists the rules under the driver', () => {
    const r = runPlan(['lint', MULTI, '-f', 'sarif', '--as-of', '2017-06-30']);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const rules = log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
    expect(rules).toContain('risk-on-matrix');
    for (const res of log.runs[0].results) expect(rules[res.ruleIndex]).toBe(res.ruleId);
  });

  it('a directive naming only a history rule is not an unused warning without --history, nor counted by --max-warnings', () => {
    const plan = readFileSync(join(ROOT, 'plans', 'southend', 'learning-2017-18.yaml'), 'utf8');
    const both = tempDir({ 'p.yaml': `${plan}\n# plan-lint-disable-next-line history-target-changed-late, known-people\nx-review: a directive\n` });
    try {
      const r = runPlan(['lint', both.dir, '--as-of', '2018-03-31', '--max-warnings', '2', '-f', 'json']);
      const unused = (JSON.parse(r.stdout) as { ruleId: string; message: string }[]).filter((d) => d.ruleId === 'unused-disable');
      expect(unused.map((d) => d.message)).toEqual([expect.stringMatching(/^plan-lint-disable directive for known-people suppresses nothing/)]);
      expect(r.code).toBe(0);
      expect(runPlan(['lint', both.dir, '--as-of', '2018-03-31', '--max-warnings', '1']).code).toBe(1);
    } finally {
      both.cleanup();
    }
    const only = tempDir({ 'p.yaml': `${plan}\n# plan-lint-disable-next-line history-target-changed-late\nx-review: a directive\n` });
    try {
      const r = runPlan(['lint', only.dir, '--as-of', '2018-03-31', '--max-warnings', '1']);
      expect(r.stdout).not.toContain('unused-disable');
      expect(r.code).toBe(0);
    } finally {
      only.cleanup();
    }
  });

  it('--format sarif links a rule to its page only where docs/rules has one (not unused-disable or yaml/...)', () => {
    const plan = readFileSync(join(ROOT, 'plans', 'southend', 'learning-2017-18.yaml'), 'utf8');
    const { dir, cleanup } = tempDir({ 'p.yaml': `${plan}\n# plan-lint-disable-next-line known-people\nx-review: unused directive\n`, 'q.yaml': 'id: [\n' });
    try {
      const driver = JSON.parse(runPlan(['lint', dir, '-f', 'sarif']).stdout).runs[0].tool.driver as { rules: { id: string; helpUri?: string }[] };
      const linked = driver.rules.filter((r) => r.helpUri);
      expect(driver.rules.map((r) => r.id)).toContain('unused-disable');
      expect(driver.rules.some((r) => r.id.startsWith('yaml/'))).toBe(true);
      expect(linked.length).toBeGreaterThan(20);
      for (const r of linked) expect(existsSync(join(ROOT, 'docs', 'rules', `${r.id}.md`)), r.helpUri).toBe(true);
      for (const r of driver.rules.filter((x) => x.id === 'unused-disable' || x.id.startsWith('yaml/'))) expect(r.helpUri).toBeUndefined();
    } finally {
      cleanup();
    }
  });

  it('--format json and sarif hold every finding, laid out as JSON.stringify lays them out', async () => {
    const files = Array.from({ length: 300 }, (_, i) => `plans/p${i}.yaml`);
    const diagnostics = files.flatMap((file, i) => Array.from({ length: 10 }, (_, k) => ({ file, line: k + 1, column: 3, endLine: k + 1, endColumn: 9, severity: k % 3 ? ('warning' as const) : ('error' as const), ruleId: 'known-people', message: `owner 'Officer ${i}.${k}' is not in the register`, ...(k % 2 ? { hint: 'add them to council.yaml' } : {}) })));
    const report: LintReport = { diagnostics, files, rules: [{ id: 'known-people', description: 'Owners are people in the register', severity: 'warning' }], sources: new Map(), notes: [] };
    for (const format of ['json', 'sarif'] as const) {
      const made = (await LINT_FORMATS[format]())(report, { color: palette(false), version: '0.0.0' });
      const whole = typeof made === 'string' ? made : [...made].join('');
      expect(whole.split('known-people').length - 1, format).toBeGreaterThanOrEqual(diagnostics.length);
      // and the text is what JSON.stringify lays out
      expect(whole, format).toBe(`${JSON.stringify(JSON.parse(whole), null, 2)}\n`);
    }
  });

  it('--format junit is well-formed XML with a failure per error', () => {
    const r = runPlan(['lint', MULTI, '-f', 'junit', '--as-of', '2017-06-30']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout.match(/<failure /g)?.length).toBe(6);
  });

  it('--format github escapes properties and data as the runner requires', () => {
    const r = runPlan(['lint', MULTI, '-f', 'github', '--as-of', '2017-06-30']);
    expect(r.stdout).toMatch(/^::error file=test\/fixtures\/lint\/multi\/faults\.yaml,line=30,col=17,endLine=30,endColumn=18,title=plan risk-on-matrix::risk LS1: likelihood 5 is outside this plan's 4x4 matrix \(1-4\)/m);
    for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,]+::[^\n]*$/);
  });
});

describe('plan lint --fix', () => {
  it('mends every fixable problem in place, keeps every comment, leaves the rest, and a second run changes nothing', () => {
    const original = readFileSync(join(ROOT, 'test/fixtures/edit/fixable.yaml'), 'utf8');
    const { dir, cleanup } = tempDir({ 'fixable.yaml': original });
    try {
      const before = runPlan(['lint', 'fixable.yaml', '--as-of', '2018-06-30', '-f', 'json'], { cwd: dir });
      expect(before.stdout).toMatch(/write it as 2017-07/);
      const first = runPlan(['lint', '--fix', 'fixable.yaml', '--as-of', '2018-06-30', '-f', 'json'], { cwd: dir });
      expect(first.stderr).toMatch(/fixed 6 problems in fixable\.yaml/);
      const fixed = readFileSync(join(dir, 'fixable.yaml'), 'utf8');
      const changed = fixed.split('\n').filter((l, i) => l !== original.split('\n')[i]);
      expect(changed).toEqual([
        '    start: 2017-04-01',
        '    due: 2017-10-31 # as typed in Word',
        '      - { date: 2017-09-30, status: on-track }',
        '    due: 2017-07',
        '    score: 12 # typed by hand',
        '    target: { likelihood: 3, impact: 3, score: 9 }',
      ]);
      expect(fixed.split('\n').length).toBe(original.split('\n').length);
      const left = (JSON.parse(first.stdout) as { diagnostics?: { ruleId: string }[] }[] | { ruleId: string }[]).flatMap((x: any) => x.messages ?? x.diagnostics ?? [x]).map((d: any) => d.ruleId).filter((id: string) => id !== 'council-references');
      expect(left.sort()).toEqual(['real-dates', 'risk-ordering']);
      const second = runPlan(['lint', '--fix', 'fixable.yaml', '--as-of', '2018-06-30'], { cwd: dir });
      expect(second.stderr).not.toMatch(/fixed/);
      expect(readFileSync(join(dir, 'fixable.yaml'), 'utf8')).toBe(fixed);
    } finally {
      cleanup();
    }
  });
  it('lint without --fix writes nothing', () => {
    const original = readFileSync(join(ROOT, 'test/fixtures/edit/fixable.yaml'), 'utf8');
    const { dir, cleanup } = tempDir({ 'fixable.yaml': original });
    try {
      expect(runPlan(['lint', 'fixable.yaml', '--as-of', '2018-06-30'], { cwd: dir }).code).toBe(1);
      expect(readFileSync(join(dir, 'fixable.yaml'), 'utf8')).toBe(original);
    } finally {
      cleanup();
    }
  });
});

describe('plan lint --fix and directives', () => {
  it('leaves a finding a directive acknowledges as it is', () => {
    const plan = 'id: p\ncouncil: c\nservice: S\nperiod: 2017/18\nrisks:\n  - id: R1\n    title: t\n    likelihood: 3\n    impact: 4\n    score: 9 # plan-lint-disable-line risk-score-agrees -- printed so in the register\n';
    const { dir, cleanup } = tempDir({ 'p.yaml': plan });
    try {
      runPlan(['lint', '--fix', 'p.yaml'], { cwd: dir });
      expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(plan);
    } finally {
      cleanup();
    }
  });
});
