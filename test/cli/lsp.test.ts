/**
 * The schemas in a real editor: drives yaml-language-server (the engine of VS Code's Red Hat YAML
 * extension) headlessly over stdio LSP. A plan whose modeline points at our schema gets diagnostics on the
 * right line in our words, hover shows our descriptions, completion offers our keys and snippets; and the
 * repository plan init makes is wired up for the editor (modelines and .vscode settings).
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../fixtures/editor/lsp-client.js';
import { ROOT, runPlan, tempDir } from '../helpers.js';

const PACKAGE_NAME = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;

type Node = Record<string, unknown>;
const planSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8')) as { $defs: Record<string, Node & { properties: Record<string, Node> }> };
const SETTINGS = { validate: true, hover: true, completion: true, hoverSchemaSource: false, schemaStore: { enable: false }, format: { enable: false } };

interface Hover {
  contents: { kind: string; value: string } | string;
}
interface CompletionItem {
  label: string;
  kind?: number;
  insertText?: string;
  textEdit?: { newText: string };
  documentation?: string | { value: string };
}

function fixture(name: string): string {
  return readFileSync(join(ROOT, 'test/fixtures/editor', name), 'utf8').replace('__SCHEMA__', pathToFileURL(join(ROOT, 'schemas/plan.schema.json')).href);
}

/** The 0-based position where `needle` starts on the first line containing it. */
function at(text: string, needle: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`no line with ${needle}`);
  return { line, character: lines[line]!.indexOf(needle) };
}

function items(result: CompletionItem[] | { items: CompletionItem[] } | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

const firstParagraph = (md: unknown) => String(md).split('\n\n')[0]!;

describe('yaml-language-server with the plan schema', () => {
  const tmp = tempDir();
  let client: LspClient;
  const errorsText = fixture('plan-with-errors.yaml');
  const draftText = fixture('plan-being-written.yaml');
  const errorsUri = pathToFileURL(join(tmp.dir, 'plans/x/plan-with-errors.yaml')).href;
  const draftUri = pathToFileURL(join(tmp.dir, 'plans/x/plan-being-written.yaml')).href;

  beforeAll(async () => {
    writeFileSync(join(tmp.dir, 'placeholder'), '');
    client = new LspClient(SETTINGS, 15_000);
    await client.initialize(pathToFileURL(tmp.dir).href);
    client.open(errorsUri, errorsText);
    client.open(draftUri, draftText);
  });

  afterAll(async () => {
    await client?.stop();
    tmp.cleanup();
  });

  it('answers the configuration request so validation, hover and completion are on', async () => {
    await client.waitForDiagnostics(errorsUri, (d) => d.length > 0);
    expect(client.serverRequests).toContain('workspace/configuration');
  });

  it('reports a wrongly written due date on its line, in our words', async () => {
    const diagnostics = await client.waitForDiagnostics(errorsUri, (d) => d.length > 0);
    const line = at(errorsText, 'due: 31/03/2018').line;
    const due = diagnostics.filter((d) => d.range.start.line === line);
    expect(due.map((d) => d.message)).toEqual([planSchema.$defs.DateOrFiscalYear!.patternErrorMessage]);
    expect(due[0]!.range.start.character).toBe('    due: '.length);
  });

  it('reports a risk scored in words on its line with the friendly message, and nothing else', async () => {
    const diagnostics = await client.waitForDiagnostics(errorsUri, (d) => d.length > 0);
    const line = at(errorsText, 'likelihood: high').line;
    const likelihood = diagnostics.filter((d) => d.range.start.line === line);
    expect(likelihood.map((d) => d.message)).toEqual([planSchema.$defs.Risk!.properties.likelihood!.errorMessage]);
    expect(diagnostics).toHaveLength(2);
  });

  it('shows our description when hovering over likelihood', async () => {
    const pos = at(errorsText, 'likelihood: 1');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: errorsUri }, position: { line: pos.line, character: pos.character + 3 } });
    const text = typeof hover?.contents === 'string' ? hover.contents : (hover?.contents.value ?? '');
    const ours = [planSchema.$defs.Likelihood!.markdownDescription, planSchema.$defs.Risk!.properties.likelihood!.markdownDescription].map(firstParagraph);
    expect(ours.some((p) => text.includes(p)), text).toBe(true);
    expect(text).toMatch(/Likelihood/);
  });

  it('shows our description and enum descriptions when hovering over recurrence', async () => {
    const pos = at(errorsText, 'recurrence: annual');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: errorsUri }, position: { line: pos.line, character: pos.character + 3 } });
    const text = typeof hover?.contents === 'string' ? hover.contents : (hover?.contents.value ?? '');
    expect(text).toContain(firstParagraph(planSchema.$defs.Action!.properties.recurrence!.markdownDescription));
    expect(text).toContain('Twice a year');
  });

  it('offers the keys an action can still take when completing inside an action', async () => {
    // the blank line, indented as an action's keys, under the marker comment
    const pos = at(draftText, '# complete here: the keys');
    const result = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri: draftUri }, position: { line: pos.line + 1, character: 4 } });
    const labels = items(result).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['milestones', 'updates', 'managedBy', 'outcome', 'start']));
    // keys already written are not offered again
    expect(labels).not.toContain('owner');
    expect(labels).not.toContain('recurrence');
    const milestones = items(result).find((i) => i.label === 'milestones');
    const doc = typeof milestones?.documentation === 'string' ? milestones.documentation : milestones?.documentation?.value;
    expect(doc).toContain(firstParagraph(planSchema.$defs.Action!.properties.milestones!.markdownDescription));
  });

  it('offers the New risk snippet on a new item under risks', async () => {
    // just after the '- ' of the empty item under the marker comment
    const pos = at(draftText, '# complete here: a new risk');
    const result = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri: draftUri }, position: { line: pos.line + 1, character: 4 } });
    const snippet = items(result).find((i) => i.label === 'New risk');
    expect(snippet, items(result).map((i) => i.label).join(', ')).toBeDefined();
    const text = snippet!.insertText ?? snippet!.textEdit?.newText ?? '';
    expect(text).toMatch(/likelihood: 3/);
    expect(text).toMatch(/controls:/);
  });

  it('offers the recurrence values with their descriptions', async () => {
    const lines = draftText.split('\n');
    const line = lines.findIndex((l) => l.includes('recurrence: annual'));
    const result = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri: draftUri }, position: { line, character: lines[line]!.length } });
    const biannual = items(result).find((i) => i.label === 'biannual');
    expect(biannual).toBeDefined();
    const doc = typeof biannual!.documentation === 'string' ? biannual!.documentation : biannual!.documentation?.value;
    expect(doc).toBe('Twice a year');
  });
});

describe('the repository plan init makes, in the editor', () => {
  const tmp = tempDir();
  let client: LspClient;
  let settings: Record<string, unknown>;

  beforeAll(async () => {
    const r = runPlan(['init'], { cwd: tmp.dir });
    if (r.code !== 0) throw new Error(`plan init failed: ${r.stderr}`);
    // as npm install leaves it: this package under node_modules, where the modelines and settings point
    mkdirSync(join(tmp.dir, 'node_modules'));
    symlinkSync(ROOT, join(tmp.dir, 'node_modules', PACKAGE_NAME), 'dir');
    settings = JSON.parse(readFileSync(join(tmp.dir, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    client = new LspClient({ ...SETTINGS, schemas: settings['yaml.schemas'] }, 15_000);
    await client.initialize(pathToFileURL(tmp.dir).href);
  });

  afterAll(async () => {
    await client?.stop();
    tmp.cleanup();
  });

  for (const file of ['plans/my-council/service-plan.yaml', 'plans/my-council/council.yaml', 'plan.config.yaml']) {
    it(`${file}: its modeline finds the installed package's schema and it has no problems`, async () => {
      const uri = pathToFileURL(join(tmp.dir, file)).href;
      const text = readFileSync(join(tmp.dir, file), 'utf8');
      client.open(uri, text);
      // a broken copy of the same file proves the schema really is applied
      const broken = `${text}\nnot-a-key: 1\n`;
      const brokenUri = pathToFileURL(join(tmp.dir, file.replace(/\.yaml$/, '.broken.yaml'))).href;
      client.open(brokenUri, broken);
      expect(await client.waitForDiagnostics(uri)).toEqual([]);
      const problems = await client.waitForDiagnostics(brokenUri, (d) => d.length > 0);
      expect(problems.map((d) => d.message)).toEqual(['Property not-a-key is not allowed.']);
      expect(problems[0]!.range.start.line).toBe(broken.split('\n').length - 2);
    });
  }

  it('.vscode/settings.json gives a plan without a modeline the plan schema, and a council.yaml the council schema only', async () => {
    const planUri = pathToFileURL(join(tmp.dir, 'plans/other/new-plan.yaml')).href;
    client.open(planUri, 'id: other-plan\ncouncil: other\nservice: Learning\nperiod: 2026/27\nacions: []\n');
    const planProblems = await client.waitForDiagnostics(planUri, (d) => d.length > 0);
    expect(planProblems.map((d) => d.message)).toEqual(['Property acions is not allowed.']);
    expect(planProblems[0]!.source).toMatch(/Service plan/);

    const councilUri = pathToFileURL(join(tmp.dir, 'plans/other/council.yaml')).href;
    client.open(councilUri, 'id: other\nname: Other Council\npeople:\n  - name: Head of Service\n    post: true\n    bogus: 1\n');
    const councilProblems = await client.waitForDiagnostics(councilUri, (d) => d.length > 0);
    expect(councilProblems.map((d) => d.message)).toEqual(['Property bogus is not allowed.']);
    // had the plan schema applied too, it would also miss council, service and period
    expect(councilProblems.some((d) => /Service plan/.test(d.source ?? ''))).toBe(false);
  });
});

/**
 * The editor and plan lint give the same advice: for each bad plan, the message yaml-language-server shows on
 * the line (the schema's own errorMessage or patternErrorMessage) is said by plan lint on that line too,
 * clause by clause; and where the plan names a bundled matrix, the editor knows its range.
 */
describe('the editor says what plan lint says', () => {
  const tmp = tempDir();
  let client: LspClient;
  const schemaUrl = pathToFileURL(join(ROOT, 'schemas/plan.schema.json')).href;
  const plan = (matrix: string, body: string) =>
    `# yaml-language-server: $schema=${schemaUrl}\nid: agree-2017-18\ncouncil: agree\nservice: Learning\nperiod: 2017/18\nriskMatrix: ${matrix}\n${body}`;
  const risk = (fields: string) => `risks:\n  - id: R1\n    title: That schools decline\n${fields}`;
  const action = (fields: string) => `actions:\n  - id: A1\n    title: Places strategy\n    owner: Cathy Braun\n${fields}`;
  const CASES: { name: string; text: string; line: string }[] = [
    { name: 'a due date in words', text: plan('standard-5x5', action('    due: end of March\n')), line: 'due: end of March' },
    { name: 'a plan id with spaces', text: plan('standard-5x5', '').replace('id: agree-2017-18', 'id: Agree 2017'), line: 'id: Agree 2017' },
    { name: 'a likelihood in words', text: plan('standard-5x5', risk('    likelihood: high\n    impact: 3\n')), line: 'likelihood: high' },
    { name: '% complete with a % sign', text: plan('standard-5x5', action("    due: 2018-03-31\n    updates:\n      - date: 2017-06-30\n        status: on-track\n        percentComplete: '90%'\n")), line: "percentComplete: '90%'" },
    { name: 'a likelihood of 5 on standard-4x4', text: plan('standard-4x4', risk('    likelihood: 5\n    impact: 3\n')), line: 'likelihood: 5' },
    { name: 'an impact of 5 on vale-4x4', text: plan('vale-4x4', risk('    likelihood: 2\n    impact: 5\n')), line: 'impact: 5' },
    { name: "a target's impact of 5 on vale-4x4", text: plan('vale-4x4', risk('    likelihood: 2\n    impact: 2\n    target: { likelihood: 1, impact: 5 }\n')), line: 'target: { likelihood: 1, impact: 5 }' },
  ];

  beforeAll(async () => {
    client = new LspClient(SETTINGS, 15_000);
    await client.initialize(pathToFileURL(tmp.dir).href);
  });
  afterAll(async () => {
    await client?.stop();
    tmp.cleanup();
  });

  for (const c of CASES) {
    it(`${c.name}: the editor's message is plan lint's advice`, async () => {
      const file = join(tmp.dir, `${c.name.replace(/\W+/g, '-')}.yaml`);
      writeFileSync(file, c.text);
      const uri = pathToFileURL(file).href;
      client.open(uri, c.text);
      const line = at(c.text, c.line).line;
      const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
      const editor = diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
      expect(editor, JSON.stringify(diagnostics)).toHaveLength(1);

      const lint = runPlan(['lint', file, '--format', 'json', '--as-of', '2017-07-01'], { cwd: tmp.dir });
      const findings = (JSON.parse(lint.stdout) as { line: number; severity: string; message: string; hint?: string }[]).filter((f) => f.line === line + 1 && f.severity === 'error');
      expect(findings, lint.stdout).toHaveLength(1);
      const said = `${findings[0]!.message} ${findings[0]!.hint ?? ''}`.toLowerCase();
      // every clause of the editor's message, in plan lint's words
      const clauses = editor[0]!.replace(/\.$/, '').split(': ');
      for (const clause of clauses) expect(said, `editor: ${editor[0]}`).toContain(clause.toLowerCase());
    });
  }

  it('a plan on a bundled matrix gets that matrix range in the editor, one without riskMatrix the schema range', async () => {
    const onFive = plan('standard-5x5', risk('    likelihood: 5\n    impact: 5\n'));
    const uri = pathToFileURL(join(tmp.dir, 'on-five.yaml')).href;
    client.open(uri, onFive);
    expect(await client.waitForDiagnostics(uri)).toEqual([]);
    const noMatrix = onFive.replace(/^riskMatrix: .*\n/m, '');
    const uri2 = pathToFileURL(join(tmp.dir, 'no-matrix.yaml')).href;
    client.open(uri2, noMatrix.replace('likelihood: 5', 'likelihood: 6'));
    expect(await client.waitForDiagnostics(uri2)).toEqual([]);
  });
});
