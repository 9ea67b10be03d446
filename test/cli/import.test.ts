/**
 * plan import as users run it: a Word service plan built here with the docx package, its action tables in
 * the shapes of the Southend and Birmingham plans (codes, or a category column and no codes; written dates
 * and timeframes; a section heading across the table; a column with no field), becomes a plan that lints
 * clean and carries every row, with every cell it could not place listed; a CSV plan table with --map; and an
 * existing file never overwritten without --force.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlan, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;

const cell = (text: string, columnSpan?: number) => new TableCell({ children: text.split('\n').map((t) => new Paragraph(t)), ...(columnSpan ? { columnSpan } : {}) });
const row = (cells: string[]) => new TableRow({ children: cells.map((c) => cell(c)) });

/** A service plan as a council writes one in Word: an action table with codes, one without, and a budget table. */
async function servicePlanDocx(): Promise<Buffer> {
  const coded = new Table({
    rows: [
      row(['Ref', 'Action', 'Description', 'Lead Officer', 'Managed by', 'Due date', 'Outcome', 'Corporate priority', 'RAG']),
      row(['LS 01', 'Business continuity planning', 'Keep the continuity plan current.', 'Alison Gillett', 'Brin Martin', '31/03/2017', 'Processes current', 'tbc', 'Green']),
      row(['LS 02', 'School places strategy', 'Meet rising pupil numbers.', 'Cathy Braun/ Ian McFee', 'Brin Martin', 'March 17', 'Expansions on time\nA new free school', 'PROSPEROUS-2', 'Amber']),
      row(['LS 03', 'Admissions review', 'Review arrangements.', 'Cathy Braun', 'Brin Martin', 'Ongoing', 'Review complete', '', '']),
      row(['LS 03', 'Admissions appeals', 'Hear appeals.', 'Cathy Braun', 'Brin Martin', '2016/17', 'Appeals heard', '', '']),
    ],
  });
  const uncoded = new Table({
    rows: [
      row(['Ref', 'Key deliverables', 'Lead', 'Start', 'Finish', 'Outcomes and impact']),
      new TableRow({ children: [cell('KS4 ALTERNATIVE PROVISION', 6)] }),
      row(['Service Improvement', 'Coherent approach to alternative provision', 'Julie Young, Jayne Lowe', 'April 16', 'July 16', 'Provision is safe']),
      row(['Business as Usual', "Termly providers' networks", 'Mike Innocenti', '', 'Annual cycle', 'Providers improve']),
      row(['Service Improvement', 'Funding framework reviewed', 'Julie Young', '', 'April - July 2016', 'Value for money']),
      row(['Business as Usual', 'Contract management', 'Mike Innocenti', '', 'when the contract is let', 'Safe provision']),
    ],
  });
  const budget = new Table({ rows: [row(['Budget line', 'Amount']), row(['Staffing', '£120,000'])] });
  const doc = new Document({ sections: [{ children: [new Paragraph('Learning service plan 2016/17'), coded, new Paragraph('Alternative provision'), uncoded, new Paragraph('Budget'), budget] }] });
  return Packer.toBuffer(doc);
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir({ 'plan.config.yaml': 'plans: [plans]\n', 'plans/testshire/.keep': '' }));
  writeFileSync(join(dir, 'service-plan.docx'), await servicePlanDocx());
});
afterAll(() => cleanup());

describe('plan import', () => {
  it('imports a Word service plan: every row an action, written dates read, lint clean, unplaced cells listed', () => {
    const out = 'plans/testshire/learning-2016-17.yaml';
    const r = runPlan(['import', 'service-plan.docx', '--council', 'testshire', '--period', '2016/17', '--service', 'Learning', '--out', out], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const plan = parse(readFileSync(join(dir, out), 'utf8'));
    expect(plan).toMatchObject({ id: 'service-plan', council: 'testshire', service: 'Learning', period: '2016/17' });
    const actions = plan.actions as Record<string, unknown>[];
    expect(actions.map((a) => a.id)).toEqual(['LS 01', 'LS 02', 'LS 03.1', 'LS 03.2', 'A05', 'A06', 'A07', 'A08']);
    expect(actions[0]).toMatchObject({ title: 'Business continuity planning', description: 'Keep the continuity plan current.', owner: 'Alison Gillett', managedBy: 'Brin Martin', due: '2017-03-31', outcome: 'Processes current', priority: 'tbc' });
    expect(actions[1]).toMatchObject({ owner: ['Cathy Braun', 'Ian McFee'], due: '2017-03', outcome: ['Expansions on time', 'A new free school'] });
    expect(actions[2]).toMatchObject({ ref: 'LS 03', due: 'ongoing' });
    expect(actions[3]).toMatchObject({ due: '2016/17' });
    expect(actions[4]).toMatchObject({ category: 'Service Improvement', section: 'ks4-alternative-provision', title: 'Coherent approach to alternative provision', owner: ['Julie Young', 'Jayne Lowe'], start: '2016-04', due: '2016-07', outcome: 'Provision is safe' });
    expect(actions[5]).toMatchObject({ due: 'ongoing', recurrence: 'annual' });
    expect(actions[6]).toMatchObject({ start: '2016-04', due: '2016-07' });
    expect(actions[7]).toMatchObject({ due: 'tbc', timeframe: 'when the contract is let' });
    expect(plan.sections).toEqual([{ id: 'ks4-alternative-provision', title: 'KS4 ALTERNATIVE PROVISION' }]);
    // the RAG column has no field: each of its cells is kept in its action's notes and listed
    expect(actions[0]!.notes).toBe('RAG: Green');
    expect(r.stderr).toContain('service-plan.docx, table 1, row 2, column 9 (RAG): no field for the column "RAG"');
    expect(r.stderr).toContain('service-plan.docx, table 1, row 3, column 9 (RAG)');
    expect(r.stderr).toContain('service-plan.docx, table 2, row 6, column 5 (Finish): not read as a date');
    // the budget table is no action table: its cells go to the plan's notes, each listed
    expect(plan.notes).toEqual(['table 3, row 1, column 1: Budget line', 'table 3, row 1, column 2: Amount', 'table 3, row 2, column 1: Staffing', 'table 3, row 2, column 2: £120,000']);
    expect(r.stderr).toContain('service-plan.docx, table 3, row 2, column 2: not an action table');
    const lint = runPlan(['lint', out], { cwd: dir });
    expect(lint.code, lint.stdout).toBe(0);
  });

  it('never overwrites an existing plan without --force', () => {
    const out = join(dir, 'plans/testshire/again.yaml');
    writeFileSync(out, 'keep me\n');
    const r = runPlan(['import', 'service-plan.docx', '--out', out], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(runPlan(['import', 'service-plan.docx', '--out', out, '--force', '--council', 'testshire', '--period', '2016/17'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('LS 01');
  });

  it('imports a CSV plan table with --map, and gives the plan and what it could not place as JSON', () => {
    writeFileSync(join(dir, 'actions.csv'), '\uFEFFCode,What we will do,Officer,By when,Progress\r\nAC1,Recruit governors,Ann Lee,30/09/2016,Started\r\nAC2,Train clerks,Bo Chan,tbc,\r\n');
    const r = runPlan(['import', 'actions.csv', '--map', 'Code=id,Officer=owner', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { plan: { actions: Record<string, unknown>[] }; unplaced: { table: string; row: number; column: string; header: string }[] };
    expect(out.plan.actions).toEqual([
      { id: 'AC1', title: 'Recruit governors', owner: 'Ann Lee', due: '2016-09-30', notes: 'Progress: Started' },
      { id: 'AC2', title: 'Train clerks', owner: 'Bo Chan', due: 'tbc' },
    ]);
    expect(out.unplaced).toEqual([expect.objectContaining({ table: 'actions.csv', row: 2, column: 'E', header: 'Progress' })]);
    expect(r.stderr).toContain('actions.csv, E2 (Progress)');
    const bad = runPlan(['import', 'actions.csv', '--map', 'Code=reference'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--map');
    expect(existsSync(join(dir, 'nothing.yaml'))).toBe(false);
  });
});
