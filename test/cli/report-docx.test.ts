/**
 * plan report --format docx: a Word document read back as Word would (unzipped, word/document.xml parsed),
 * holding the summary, every exception with its commentary, and every action's id, in headings and tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan, tempDir } from '../helpers.js';

type Node = Record<string, unknown>;

/** The document's paragraphs as text, in order, each with its style (Heading1 ...) and whether it sits in a table. */
export async function docxParagraphs(bytes: Buffer): Promise<{ text: string; style?: string; inTable: boolean }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false }).parse(xml) as Node[];
  const out: { text: string; style?: string; inTable: boolean }[] = [];
  const textOf = (nodes: Node[]): string => nodes.map((n) => (n['#text'] !== undefined ? String(n['#text']) : Object.entries(n).filter(([k]) => k !== ':@' && Array.isArray(n[k])).map(([, v]) => textOf(v as Node[])).join(''))).join('');
  const styleOf = (p: Node[]): string | undefined => {
    const pPr = p.find((n) => n['w:pPr']);
    const style = (pPr?.['w:pPr'] as Node[] | undefined)?.find((n) => n['w:pStyle']);
    return (style?.[':@'] as Node | undefined)?.['@_w:val'] as string | undefined;
  };
  const walk = (nodes: Node[], inTable: boolean) => {
    for (const n of nodes) {
      for (const [k, v] of Object.entries(n)) {
        if (k === ':@' || !Array.isArray(v)) continue;
        if (k === 'w:p') {
          const style = styleOf(v as Node[]);
          out.push({ text: textOf((v as Node[]).filter((x) => x['w:r'] || x['w:hyperlink'])), ...(style ? { style } : {}), inTable });
        } else walk(v as Node[], inTable || k === 'w:tbl');
      }
    }
  };
  walk(tree, false);
  return out;
}

describe('report --format docx', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => tmp.cleanup());

  it('holds the summary first, the exceptions with their commentary second, and every action id', async () => {
    const out = join(tmp.dir, 'q3.docx');
    const r = runPlan(['report', 'plans', '--quarter', '2015/16 Q3', '--format', 'docx', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*q3\.docx/);
    const json = JSON.parse(runPlan(['report', 'plans', '--quarter', '2015/16 Q3', '--format', 'json']).stdout);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const paragraphs = await docxParagraphs(bytes);
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings.slice(0, 2)).toEqual(['Summary', 'Exceptions']);
    expect(headings).toContain('Detail by corporate priority');
    const body = paragraphs.map((p) => p.text).join('\n');
    const cells = new Set(paragraphs.filter((p) => p.inTable).map((p) => p.text));
    // the summary's counts, as table cells
    expect(cells).toContain('This quarter');
    for (const c of json.summary.whole.actions) expect(cells, c.label).toContain(String(c.count));
    // every exception, with the officer's commentary, in the exceptions table
    expect(json.exceptions.length).toBeGreaterThan(0);
    for (const e of json.exceptions) {
      expect(cells, e.id).toContain(e.id);
      expect(e.commentary, e.id).toBeTruthy();
      expect(cells, e.id).toContain(e.commentary);
    }
    // every action and milestone of every plan reported on
    const ids = json.plans.flatMap((p: { actions: { rows: { id: string }[] } }) => p.actions.rows.map((a) => a.id));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(cells, id).toContain(id);
    // dates as a UK paper writes them; provenance at the end, not in the title
    expect(body).toMatch(/Quarter 1 Oct 2015 to 31 Dec 2015/);
    expect(paragraphs[0]!.text).toBe('Quarterly performance report: 2015/16 Q3');
    expect(body.indexOf('Plans read from git commit')).toBeGreaterThan(body.indexOf('Changes since the last return'));
  }, 60_000);

  it('a corrective action reaches the exceptions table', async () => {
    const plan = `id: t\ncouncil: t\nservice: Testing\nperiod: 2017/18\nactions:\n  - id: A1\n    title: First\n    owner: Ann Example\n    due: 2018-03-31\n    updates:\n      - { date: 2017-06-30, status: off-track, commentary: Contractor failed, correctiveAction: Re-tendered in July }\n`;
    const dir = tempDir({ 'p.yaml': plan });
    try {
      const out = join(dir.dir, 'r.docx');
      const r = runPlan(['report', join(dir.dir, 'p.yaml'), '--quarter', '2017/18 Q1', '--format', 'docx', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const cells = (await docxParagraphs(readFileSync(out))).filter((p) => p.inTable).map((p) => p.text);
      const at = cells.indexOf('Contractor failed');
      expect(at).toBeGreaterThan(0);
      expect(cells[at + 1]).toBe('Re-tendered in July');
      expect(cells).toContain('Ann Example');
    } finally {
      dir.cleanup();
    }
  });

  it('is refused without --out, as it is binary', () => {
    const r = runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4', '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format docx writes a binary file: name it with --out/);
    expect(r.stdout).toBe('');
  });
});
