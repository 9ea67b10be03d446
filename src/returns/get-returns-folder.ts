/** The returns in a folder: for each owner's workbook, its quarter and how many rows are filled in. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../commands/common.js';
import { valueText } from '../import/read-sheets.js';
import type { ReturnFileState } from './assemble-return-status.js';
import { NotAReturnError, readReturnWorkbook } from './get-return-workbook.js';

export async function readReturnsFolder(dir: string): Promise<Map<string, ReturnFileState>> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$'));
  } catch (err) {
    throw new UsageError(`cannot read the returns folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'name the folder plan returns --out wrote');
  }
  const out = new Map<string, ReturnFileState>();
  for (const name of names.sort()) {
    const file = join(dir, name);
    try {
      const r = await readReturnWorkbook(file, file);
      const filled = r.rows.filter((row) => row.inputs.some((i) => i.kind !== 'date' && valueText(i.value) !== '')).length;
      out.set(r.owner, { file, quarter: r.quarter, filled });
    } catch (err) {
      if (!(err instanceof NotAReturnError || err instanceof UsageError)) throw err;
      process.stderr.write(`plan: left out ${file}: ${err.message}\n`);
    }
  }
  return out;
}
