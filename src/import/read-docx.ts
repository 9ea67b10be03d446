/** A Word document's tables as source tables, read with mammoth (its HTML, then html-tables.ts). */
import { readFileSync } from 'node:fs';
import { UsageError } from '../commands/common.js';
import { loadLibrary } from '../util/load-library.js';
import { htmlTables } from './html-tables.js';
import type { SourceTable } from './source-table.js';

export async function readDocxTables(path: string): Promise<SourceTable[]> {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'check the path');
  }
  const mammoth = await loadLibrary<typeof import('mammoth')>('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (err) {
    throw new UsageError(`${path} is not a Word document (.docx): ${(err as Error).message.split('\n')[0]}`, 'save it from Word as a .docx document');
  }
  return htmlTables(html).map((rows, i) => ({ label: `table ${i + 1}`, rows: rows.map((cells, j) => ({ row: j + 1, cells })), columnName: (c) => `column ${c + 1}` }));
}
