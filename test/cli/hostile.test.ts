/**
 * Hostile input, end to end through the built CLI: every file in the catalogue (test/fixtures/hostile) gets
 * a diagnostic naming file:line:column and exit 1; large and deep inputs (generated here, not committed)
 * are answered in bounded time; plan text never reaches a terminal, a browser or a spreadsheet as anything
 * but text; arguments never become options; failed writes leave what was there.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Run, ROOT, runPlan, tempDir } from '../helpers.js';

const HOSTILE = join(ROOT, 'test/fixtures/hostile');
const AS_OF = '2017-06-30';

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  message: string;
  hint?: string;
}

const diagnostics = (r: Run): JsonDiagnostic[] => JSON.parse(r.stdout) as JsonDiagnostic[];
const errorsOf = (list: JsonDiagnostic[], file: string) => list.filter((d) => d.severity === 'error' && (d.file === file || d.file.endsWith(`/${file}`))).map((d) => `${d.line}:${d.column} ${d.ruleId}`);

/** Runs plan on hostile input; a run that hangs is stopped after a minute, and runPlan throws, failing the test. */
function hostileRun(args: string[], options: Parameters<typeof runPlan>[1] = {}): Run {
  return runPlan(args, { timeout: 60_000, ...options });
}

/** No crash of any kind: not an abort (134), not a signal, not an internal error, no stack trace. */
function expectNoCrash(r: Run): void {
  expect(r.code, r.stderr).not.toBe(134);
  expect(r.code, r.stderr).toBeGreaterThanOrEqual(0);
  expect(r.stderr).not.toMatch(/FATAL ERROR|Allocation failed|internal error|\n\s+at /);
}

// Terminal-hostile code points: C0 (but tab and newline), DEL, C1, bidi controls, separators, invisibles.
// eslint-disable-next-line no-control-regex
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069]/;

/**
 * What each file in the catalogue must produce: its errors as line:column rule. Every file in the folder
 * must be listed here, so a hazard added to the catalogue cannot go untested.
 */
const EXPECTED: Record<string, string[]> = {
  'alias-cycle.yaml': ['8:5 yaml/ALIAS_CYCLE'],
  'alias-unknown.yaml': ['6:9 yaml/UNRESOLVED_ALIAS'],
  'binary.png.yaml': ['3:1 file/binary'],
  'bom.yaml': ['1:5 schema/invalid-value'],
  'bomb.yaml': ['10:30 yaml/ALIAS_LIMIT'],
  'comments-only.yaml': ['1:1 yaml/EMPTY'],
  'crlf.yaml': ['6:9 schema/invalid-value', '11:10 real-dates'],
  'csv-injection.yaml': [],
  'deep-flow-65.yaml': ['6:71 yaml/TOO_DEEP'],
  'duplicate-keys.yaml': ['7:1 yaml/DUPLICATE_KEY'],
  'empty.yaml': ['1:1 yaml/EMPTY'],
  'html-injection.yaml': [],
  'impossible-date.yaml': ['9:10 real-dates'],
  'invalid-utf8.yaml': ['5:12 file/encoding'],
  'merge-conflict.yaml': ['5:1 yaml/MERGE_CONFLICT', '7:1 yaml/MERGE_CONFLICT', '9:1 yaml/MERGE_CONFLICT'],
  'multiple-documents.yaml': ['5:1 yaml/MULTIPLE_DOCUMENTS'],
  'nul-byte.yaml': ['3:13 file/binary'],
  'proto-keys.yaml': ['6:1 schema/unknown-key', '8:1 schema/unknown-key', '16:5 schema/unknown-key'],
  'tabs.yaml': ['6:1 yaml/TAB_AS_INDENT', '7:1 yaml/TAB_AS_INDENT'],
  'terminal-escapes.yaml': ['19:1 schema/unknown-key'],
  'utf16le.yaml': ['1:1 file/encoding'],
  'windows-1252.yaml': ['6:15 file/encoding'],
  'yaml11-habits.yaml': ['2:5 schema/invalid-value'],
};

describe('the hostile-input catalogue', () => {
  it('every file gets its diagnostics at file:line:column, exit 1, no crash, in bounded time', () => {
    const files = readdirSync(HOSTILE).filter((f) => f.endsWith('.yaml')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const r = hostileRun(['lint', 'test/fixtures/hostile', '-f', 'json', '--as-of', AS_OF]);
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const list = diagnostics(r);
    for (const f of files) expect(errorsOf(list, f), f).toEqual(EXPECTED[f]);
    for (const d of list) {
      expect(d.file).toMatch(/^test\/fixtures\/hostile\/[\w.-]+\.yaml$/);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('says what to do: the encoding faults suggest re-saving as UTF-8, the empty file says it is empty', () => {
    const list = diagnostics(runPlan(['lint', 'test/fixtures/hostile', '-f', 'json', '--as-of', AS_OF]));
    const one = (file: string) => list.find((d) => d.file.endsWith(`/${file}`) && d.severity === 'error')!;
    expect(one('windows-1252.yaml').message).toMatch(/byte 0x92 .*Windows-1252.*right single quote/);
    for (const f of ['windows-1252.yaml', 'invalid-utf8.yaml', 'utf16le.yaml']) expect(one(f).hint, f).toMatch(/save the file as UTF-8/);
    expect(one('empty.yaml').message).toMatch(/file is empty/);
    expect(one('bomb.yaml').message).toMatch(/aliases expand too far/);
    expect(one('merge-conflict.yaml').message).toMatch(/unresolved git merge conflict/);
    expect(one('yaml11-habits.yaml').message).toBe('id is 701 but must be text');
  });

  it('stylish points the caret at the column on a CRLF line and after a BOM', () => {
    const { dir, cleanup } = tempDir({ 'crlf.yaml': 'id: ok\r\ncouncil: c\r\nservice: "unclosed\r\n', 'bom.yaml': '\ufeffid: "unclosed\n' });
    try {
      const r = runPlan(['lint', dir]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/3:10 +error +this " quote is not closed on its line/);
      expect(r.stdout).toMatch(/1:5 +error +this " quote is not closed on its line/);
      const lines = r.stdout.split('\n');
      const excerpt = lines.findIndex((l) => l.includes('3 | service: "unclosed'));
      expect(lines[excerpt + 1]!.indexOf('^')).toBe(lines[excerpt]!.indexOf('"'));
      expect(r.stdout).not.toContain('\r');
    } finally {
      cleanup();
    }
  });
});

describe('deep nesting never reaches the parser that aborts Node', () => {
  it('~1,000 deep and ~8,000 deep (and 10,000 flow and block) in ONE process: exit 1 with positions, not 134', () => {
    const nestedMaps = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + `\n${' '.repeat(n)}x\n`;
    const { dir, cleanup } = tempDir({
      'a-deep-1000-flow.yaml': `${'['.repeat(1_000)}${']'.repeat(1_000)}\n`,
      'b-deep-8000-flow.yaml': `notes: ${'['.repeat(8_000)}${']'.repeat(8_000)}\n`,
      'c-deep-10000-flow-map.yaml': `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
      'd-deep-10000-block.yaml': `notes:\n  ${'- '.repeat(10_000)}x\n`,
      'e-deep-10000-explicit-keys.yaml': `${'? '.repeat(10_000)}x\n`,
      'f-deep-1000-indented.yaml': nestedMaps(1_000),
      'g-deep-8000-flow-again.yaml': `${'['.repeat(8_000)}${']'.repeat(8_000)}\n`,
    });
    try {
      const r = hostileRun(['lint', dir, '-f', 'json']);
      expectNoCrash(r);
      expect(r.code).toBe(1);
      const found = diagnostics(r).map((d) => `${d.file.split('/').pop()} ${d.line}:${d.column} ${d.ruleId}`);
      expect(found).toEqual([
        'a-deep-1000-flow.yaml 1:65 yaml/TOO_DEEP',
        'b-deep-8000-flow.yaml 1:71 yaml/TOO_DEEP',
        'c-deep-10000-flow-map.yaml 1:257 yaml/TOO_DEEP',
        'd-deep-10000-block.yaml 2:129 yaml/TOO_DEEP',
        'e-deep-10000-explicit-keys.yaml 1:129 yaml/TOO_DEEP',
        'f-deep-1000-indented.yaml 65:65 yaml/TOO_DEEP',
        'g-deep-8000-flow-again.yaml 1:65 yaml/TOO_DEEP',
      ]);
      // Raising the limit in the config past the ceiling that keeps Node alive is refused as a usage error,
      // and the loader clamps it too (limits.maxDepth 256 is the most the schema allows).
      writeFileSync(join(dir, 'plan.config.yaml'), 'limits:\n  maxDepth: 100000\n');
      const refused = hostileRun(['lint', dir, '--config', join(dir, 'plan.config.yaml'), '-f', 'json']);
      expectNoCrash(refused);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/limits\.maxDepth 100000 must be between 4 and 256/);
      writeFileSync(join(dir, 'plan.config.yaml'), 'limits:\n  maxDepth: 256\n');
      const raised = hostileRun(['lint', dir, '--config', join(dir, 'plan.config.yaml'), '-f', 'json']);
      expectNoCrash(raised);
      expect(raised.code).toBe(1);
      const messages = new Set(diagnostics(raised).filter((d) => d.ruleId === 'yaml/TOO_DEEP').map((d) => d.message));
      expect([...messages]).toEqual(['nesting is deeper than 256 levels; a plan never needs this']);
    } finally {
      cleanup();
    }
  });
});

describe('size', () => {
  it('a 50 MB file and a 5 MB single line are refused with the size and the setting to change', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'fifty.yaml'), Buffer.alloc(50_000_000, 'notes: x\n'));
      writeFileSync(join(dir, 'line.yaml'), `id: ${'x'.repeat(5 * 1024 * 1024)}\n`);
      const r = hostileRun(['lint', dir, '-f', 'json']);
      expectNoCrash(r);
      expect(r.code).toBe(1);
      expect(diagnostics(r).map((d) => `${d.file.split('/').pop()} ${d.line}:${d.column} ${d.ruleId}: ${d.message} (${d.hint})`)).toEqual([
        'fifty.yaml 1:1 file/too-large: file is 50.0 MB, over the 5.0 MB limit for a plan (split the plan into smaller files, or raise limits.maxFileBytes in plan.config.yaml)',
        'line.yaml 1:1 file/too-large: file is 5.2 MB, over the 5.0 MB limit for a plan (split the plan into smaller files, or raise limits.maxFileBytes in plan.config.yaml)',
      ]);
    } finally {
      cleanup();
    }
  });

  it('the limit is configurable, and a 5 MB single line under it is read in bounded time', () => {
    const { dir, cleanup } = tempDir({ 'plan.config.yaml': 'limits:\n  maxFileBytes: 6000000\n' });
    try {
      writeFileSync(join(dir, 'line.yaml'), `id: ${'x'.repeat(5 * 1024 * 1024)}\ncouncil: c\nservice: S\nperiod: 2017/18\n`);
      const r = hostileRun(['lint', join(dir, 'line.yaml'), '--config', join(dir, 'plan.config.yaml'), '-f', 'json']);
      expectNoCrash(r);
      expect(r.code).toBe(1);
      expect(errorsOf(diagnostics(r), 'line.yaml')).toEqual(['1:5 schema/invalid-value']);
    } finally {
      cleanup();
    }
  });
});

describe('plan text stays text: terminals, browsers, spreadsheets', () => {
  const file = 'test/fixtures/hostile/terminal-escapes.yaml';
  // the heat map shows risk ids only, so there is no plan text to make visible there
  const commands: string[][] = [
    ['lint', file],
    ['lint', file, '-f', 'github'],
    ['risks', file],
    ['risks', file, '--heatmap', '--ids', '--owner', 'Sam \u202eevil\u202c'],
    ['risks', file, '-f', 'markdown'],
    ['overdue', file, '--as-of', AS_OF],
    ['overdue', file, '--as-of', AS_OF, '--by', 'plan'],
    ['overdue', file, '--as-of', AS_OF, '-f', 'markdown'],
    ['report', file, '--quarter', '2017/18 Q1'],
    ['report', file, '--quarter', '2017/18 Q1', '-f', 'markdown'],
  ];
  for (const args of commands) {
    it(`plan ${args.filter((a) => a !== file).join(' ')}: escape sequences and control characters are made visible`, () => {
      // NO_COLOR wins over FORCE_COLOR (chalk 5 ignores NO_COLOR itself), so any ESC here came from the plan
      const r = runPlan(args, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
      expectNoCrash(r);
      expect(r.code, r.stderr).toBeLessThanOrEqual(1);
      const bad = (r.stdout + r.stderr).split('\n').find((l) => DANGEROUS.test(l));
      expect(bad, JSON.stringify(bad)).toBeUndefined();
      // the text is still there, visibly, for the officer to fix
      if (!args.includes('--heatmap')) expect(r.stdout + r.stderr).toMatch(/\\x1b|\\u202e|\\x07/);
    });
  }

  it('the HTML report keeps <script> and </style> inert, under a CSP that allows no script', () => {
    const r = runPlan(['report', 'test/fixtures/hostile/html-injection.yaml', '--quarter', '2017/18 Q1', '-f', 'html']);
    expectNoCrash(r);
    const html = r.stdout;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<svg onload|<!-- -->/i);
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;');
    expect(html.match(/<style/g)?.length).toBe(1);
    expect(html.match(/<\/style>/g)?.length).toBe(1);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(2)');
  });

  it('CSV cells beginning with =, +, - or @ are neutralised in every CSV output', () => {
    const file = 'test/fixtures/hostile/csv-injection.yaml';
    for (const args of [['risks', file, '-f', 'csv'], ['overdue', file, '--as-of', AS_OF, '-f', 'csv'], ['report', file, '--quarter', '2017/18 Q1', '-f', 'csv']]) {
      const r = runPlan(args);
      expectNoCrash(r);
      const cells = parseCsv(r.stdout.replace(/^\ufeff/, '')).flat();
      expect(cells.some((c) => c.includes('HYPERLINK') || c.includes('SUM(')), args.join(' ')).toBe(true);
      for (const c of cells) expect(/^[=+\-@\t\r]/.test(c), `${args[0]}: ${c}`).toBe(false);
    }
  });
});

/** RFC 4180, enough for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('arguments are never options', () => {
  it('plan lint -- -weird.yaml lints the file of that name', () => {
    const { dir, cleanup } = tempDir({ '-weird.yaml': readFileSync(join(HOSTILE, 'impossible-date.yaml'), 'utf8') });
    try {
      const r = runPlan(['lint', '-f', 'json', '--as-of', AS_OF, '--', '-weird.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(errorsOf(diagnostics(r), '-weird.yaml')).toEqual(['9:10 real-dates']);
    } finally {
      cleanup();
    }
  });

  it('plan diff refuses revisions and paths that begin with -, before git sees them, and writes nothing', () => {
    const { dir, cleanup } = tempDir({ '-weird.yaml': 'id: w\n' });
    try {
      const out = join(dir, 'x');
      const asOption = runPlan(['diff', `--output=${out}`, 'HEAD'], { cwd: dir });
      expect(asOption.code).toBe(2);
      expect(asOption.stderr).toMatch(/unknown option '--output=/);
      const afterDashes = runPlan(['diff', '--', `--output=${out}`, 'HEAD'], { cwd: dir });
      expect(afterDashes.code).toBe(2);
      expect(afterDashes.stderr).toMatch(/begins with '-': refused/);
      const dashFile = runPlan(['diff', '--', '-weird.yaml', 'HEAD'], { cwd: dir });
      expect(dashFile.code).toBe(2);
      expect(dashFile.stderr).toMatch(/hint: name a file that begins with '-' as \.\/-name/);
      expect(existsSync(out)).toBe(false);
      for (const r of [asOption, afterDashes, dashFile]) expectNoCrash(r);
    } finally {
      cleanup();
    }
  });
});

describe('folders and permissions', () => {
  it('a symlink loop under the plans folder: each plan once, a note, no hang', () => {
    const { dir, cleanup } = tempDir({ 'plans/a.yaml': readFileSync(join(HOSTILE, 'impossible-date.yaml'), 'utf8') });
    try {
      symlinkSync(join(dir, 'plans'), join(dir, 'plans/loop'));
      mkdirSync(join(dir, 'plans/sub'));
      symlinkSync('..', join(dir, 'plans/sub/up'));
      const r = hostileRun(['lint', 'plans', '--as-of', AS_OF], { cwd: dir });
      expectNoCrash(r);
      expect(r.code).toBe(1);
      expect(r.stdout.match(/real-dates/g)?.length).toBe(1);
      expect(r.stdout).toMatch(/note: skipped plans\/loop: folder already visited/);
      expect(r.stdout).toMatch(/1 file checked/);
    } finally {
      cleanup();
    }
  });

  const root = process.getuid?.() === 0;
  it(root ? 'an unreadable file (chmod 000): running as root, which reads it anyway, so it is linted as usual' : 'an unreadable file (chmod 000): file/unreadable at 1:1, exit 1, the rest still linted', () => {
    const { dir, cleanup } = tempDir({ 'secret.yaml': readFileSync(join(HOSTILE, 'impossible-date.yaml'), 'utf8'), 'other.yaml': readFileSync(join(HOSTILE, 'tabs.yaml'), 'utf8') });
    try {
      chmodSync(join(dir, 'secret.yaml'), 0o000);
      const r = runPlan(['lint', dir, '-f', 'json', '--as-of', AS_OF]);
      expectNoCrash(r);
      expect(r.code).toBe(1);
      const list = diagnostics(r);
      expect(errorsOf(list, 'other.yaml')).toEqual(['6:1 yaml/TAB_AS_INDENT', '7:1 yaml/TAB_AS_INDENT']);
      if (root) expect(errorsOf(list, 'secret.yaml')).toEqual(['9:10 real-dates']);
      else {
        expect(errorsOf(list, 'secret.yaml')).toEqual(['1:1 file/unreadable']);
        expect(list.find((d) => d.ruleId === 'file/unreadable')!.message).toBe('cannot read the file: permission denied');
      }
    } finally {
      chmodSync(join(dir, 'secret.yaml'), 0o644);
      cleanup();
    }
  });
});

describe('writes are atomic: a failed write leaves what was there', () => {
  const plan = 'test/fixtures/hostile/html-injection.yaml';
  const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('report --out replaces the file by rename (a new inode), never by rewriting it in place', () => {
    const { dir, cleanup } = tempDir({ 'q1.html': 'the old report' });
    try {
      const before = statSync(join(dir, 'q1.html')).ino;
      const r = runPlan(['report', join(ROOT, plan), '--quarter', '2017/18 Q1', '-f', 'html', '--out', 'q1.html'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(dir, 'q1.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/i);
      expect(statSync(join(dir, 'q1.html')).ino).not.toBe(before);
      expect(leftovers(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('report --out and schema --out over a folder: exit 2, the folder and its contents untouched, no temporary file left', () => {
    const { dir, cleanup } = tempDir({ 'out/keep.txt': 'keep me' });
    try {
      const report = runPlan(['report', join(ROOT, plan), '--quarter', '2017/18 Q1', '-f', 'html', '--out', 'out'], { cwd: dir });
      expect(report.code).toBe(2);
      expect(report.stderr).toMatch(/^plan: cannot write out: EISDIR/);
      const schema = runPlan(['schema', '--out', 'out'], { cwd: dir });
      expect(schema.code).toBe(2);
      expect(schema.stderr).toMatch(/EISDIR/);
      expect(schema.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(join(dir, 'out'))).toEqual(['keep.txt']);
      expect(readFileSync(join(dir, 'out/keep.txt'), 'utf8')).toBe('keep me');
      expect(leftovers(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });

  const root = process.getuid?.() === 0;
  it.skipIf(root)(`report --out into a read-only folder: exit 2, the original untouched${root ? ' (skipped: root can write into a read-only folder)' : ''}`, () => {
    const { dir, cleanup } = tempDir({ 'ro/q1.html': 'the old report' });
    try {
      chmodSync(join(dir, 'ro'), 0o555);
      const r = runPlan(['report', join(ROOT, plan), '--quarter', '2017/18 Q1', '-f', 'html', '--out', 'ro/q1.html'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot write ro\/q1\.html: EACCES/);
      expect(readFileSync(join(dir, 'ro/q1.html'), 'utf8')).toBe('the old report');
      expect(leftovers(join(dir, 'ro'))).toEqual([]);
    } finally {
      chmodSync(join(dir, 'ro'), 0o755);
      cleanup();
    }
  });
});

/**
 * Known faults outside the loader, recorded as failing tests: each passes while the fault is there and
 * fails once it is fixed, as a reminder to turn it into an ordinary test (remove `.fails`).
 */
describe('faults found by the catalogue, now fixed', () => {
  it('report text: the "Not in this quarter" line makes plan ids safe', () => {
    const { dir, cleanup } = tempDir({ 'old.yaml': 'id: "old\\e[2Jplan"\ncouncil: c\nservice: S\nperiod: 2010/11\n', 'new.yaml': 'id: new\ncouncil: c\nservice: S\nperiod: 2017/18\n' });
    try {
      const r = runPlan(['report', dir, '--quarter', '2017/18 Q1']);
      expect(r.stdout).toMatch(/Not in this quarter/);
      expect(DANGEROUS.test(r.stdout)).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('schema --out over a folder is a usage error, not an internal error', () => {
    const { dir, cleanup } = tempDir({ 'out/keep.txt': 'keep me' });
    try {
      const r = runPlan(['schema', '--out', 'out'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^plan: cannot write out/);
    } finally {
      cleanup();
    }
  });
});
