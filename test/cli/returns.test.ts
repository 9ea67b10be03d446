/**
 * plan returns, as a quarter's returns are made and sent back: a workbook per owner, filled in with exceljs as
 * a person would, applied to a commented plan through the update commands' edit code; a bad cell named by
 * workbook, sheet and cell with nothing applied; a return for another quarter or a changed plan refused.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from '../helpers.js';

const QUARTER = '2025/26 Q2';
const PLAN = 'plans/testshire/learning.yaml';
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir({ 'plan.config.yaml': 'plans: [plans]\n' }));
  mkdirSync(join(dir, 'plans/testshire'), { recursive: true });
  mkdirSync(join(dir, 'schemas'));
  copyFileSync(join(ROOT, 'schemas/plan.schema.json'), join(dir, 'schemas/plan.schema.json'));
  copyFileSync(join(ROOT, 'test/fixtures/returns/commented.yaml'), join(dir, PLAN));
  const made = runPlan(['returns', '--quarter', QUARTER, '--out', 'returns'], { cwd: dir });
  expect(made.code, made.stderr).toBe(0);
});
afterEach(() => cleanup());

const comments = (text: string) => text.split('\n').flatMap((l) => /(^|\s)(#.*)$/.exec(l)?.[2] ?? []);

/** Opens a return, lets fill change it, and saves it, as someone filling it in Excel would. */
async function fill(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  edit(wb);
  await wb.xlsx.writeFile(join(dir, file));
}

function fillAll(wb: ExcelJS.Workbook): void {
  const actions = wb.getWorksheet('Actions')!;
  actions.getCell('D3').value = 'on-track';
  actions.getCell('E3').value = 45;
  actions.getCell('F3').value = 'Consultation closed: 42 responses #3';
  wb.getWorksheet('Milestones')!.getCell('D3').value = 'complete';
  wb.getWorksheet('Measures')!.getCell('D3').value = 84.5;
  const risks = wb.getWorksheet('Risks')!;
  risks.getCell('D3').value = 2;
  risks.getCell('E3').value = 4;
}

describe('plan returns', () => {
  it('writes one workbook per owner: items due, last values, inputs unlocked and validated, the rest protected, a hidden key', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'returns/tom-ellery.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['key', 'Actions', 'Milestones', 'Measures', 'Risks']);
    expect(wb.getWorksheet('key')!.state).toBe('veryHidden');
    const actions = wb.getWorksheet('Actions')!;
    expect(actions.getCell('A3').value).toBe('LS 01');
    expect(actions.getCell('I3').value).toBe('on-track');
    expect(actions.getCell('J3').value).toBe(20);
    expect(actions.getCell('A4').value).toBeNull();
    expect(actions.getCell('D3').protection?.locked).toBe(false);
    expect(actions.getCell('A3').protection?.locked).not.toBe(false);
    expect((actions as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(actions.getCell('D3').dataValidation).toMatchObject({ type: 'list' });
    expect(actions.getCell('E3').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(actions.getCell('H3').dataValidation).toMatchObject({ type: 'date' });
    expect(wb.getWorksheet('Measures')!.getCell('C3').value).toBe(QUARTER);
    expect(wb.getWorksheet('Measures')!.getCell('K3').value).toBe(82);
    expect(wb.getWorksheet('Risks')!.getCell('D3').dataValidation).toMatchObject({ type: 'whole', formulae: [1, 4] });
    const ann = new ExcelJS.Workbook();
    await ann.xlsx.readFile(join(dir, 'returns/ann-lee.xlsx'));
    expect(ann.getWorksheet('Actions')!.getCell('A3').value).toBe('LS 02');
    expect(ann.getWorksheet('Risks')!.getCell('A3').value).toBeNull();
  });

  it('applies a filled return: the updates appear, every comment stays, lint is clean', async () => {
    const before = readFileSync(join(dir, PLAN), 'utf8');
    await fill('returns/tom-ellery.xlsx', fillAll);
    const dry = runPlan(['returns', 'import', 'returns/tom-ellery.xlsx', '--dry-run'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('LS 01');
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
    const r = runPlan(['returns', 'import', 'returns/tom-ellery.xlsx', '--quarter', QUARTER], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('recorded 4 updates');
    const after = readFileSync(join(dir, PLAN), 'utf8');
    // (the commentary's "#3" is quoted text, not a comment)
    expect(comments(after).filter((c) => !c.startsWith('#3'))).toEqual(comments(before));
    expect(after).toContain('owner: Tom Ellery   # interim owner');
    const data = parse(after);
    expect(data.actions[0].updates[1]).toEqual({ date: '2025-09-30', status: 'on-track', percentComplete: 45, commentary: 'Consultation closed: 42 responses #3' });
    expect(data.actions[0].milestones[0].updates).toEqual([{ date: '2025-09-30', status: 'complete' }]);
    expect(data.measures[0].actuals[1]).toEqual({ period: QUARTER, value: 84.5 });
    expect(data.risks[0].reviews).toEqual([{ date: '2025-09-30', likelihood: 2, impact: 4 }]);
    expect(data.actions[1].updates).toBeUndefined();
    const lint = runPlan(['lint', PLAN], { cwd: dir });
    expect(lint.code, lint.stdout).toBe(0);
    const status = runPlan(['returns', 'status', '--quarter', QUARTER, '--format', 'json'], { cwd: dir });
    const owners = JSON.parse(status.stdout).owners as { owner: string; state: string }[];
    expect(owners).toEqual([expect.objectContaining({ owner: 'Ann Lee', state: 'not returned' }), expect.objectContaining({ owner: 'Tom Ellery', state: 'returned' })]);
    // the same return again: its items have changed since it was made, so it is refused
    const again = runPlan(['returns', 'import', 'returns/tom-ellery.xlsx'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('has changed');
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(after);
  });

  it('reports a bad cell by workbook, sheet and cell, and applies nothing from that workbook', async () => {
    const before = readFileSync(join(dir, PLAN), 'utf8');
    await fill('returns/tom-ellery.xlsx', (wb) => {
      fillAll(wb);
      wb.getWorksheet('Actions')!.getCell('D3').value = 'finished';
      wb.getWorksheet('Risks')!.getCell('E3').value = 'high';
    });
    const r = runPlan(['returns', 'import', 'returns/tom-ellery.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('returns/tom-ellery.xlsx, Actions!D3: "finished" is not a status');
    expect(r.stderr).toContain('returns/tom-ellery.xlsx, Risks!E3:');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
  });

  it('refuses a risk score off the matrix and a return for another quarter', async () => {
    const before = readFileSync(join(dir, PLAN), 'utf8');
    await fill('returns/tom-ellery.xlsx', (wb) => {
      fillAll(wb);
      wb.getWorksheet('Risks')!.getCell('D3').value = 5;
    });
    const off = runPlan(['returns', 'import', 'returns/tom-ellery.xlsx'], { cwd: dir });
    expect(off.code).toBe(2);
    expect(off.stderr).toContain('returns/tom-ellery.xlsx, Risks!D3: likelihood 5 x impact 4 is off');
    const other = runPlan(['returns', 'import', 'returns/tom-ellery.xlsx', '--quarter', '2025/26 Q3'], { cwd: dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('it is the return for 2025/26 Q2, not 2025/26 Q3');
    expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);
  });

  it('refuses a file that is not a return, and never overwrites returns without --force', () => {
    writeFileSync(join(dir, 'x.xlsx'), 'not a workbook');
    const r = runPlan(['returns', 'import', 'x.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('x.xlsx');
    const again = runPlan(['returns', '--quarter', QUARTER, '--out', 'returns'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not overwritten');
    expect(runPlan(['returns', '--quarter', QUARTER, '--out', 'returns', '--force'], { cwd: dir }).code).toBe(0);
  });
});
