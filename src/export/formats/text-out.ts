/** Where a text export goes: the --out file (written atomically), else standard output. */
import { writeOutput } from '../../commands/common.js';
import type { ExportTarget } from '../table-types.js';

export async function writeTextExport(text: string, target: ExportTarget, stdout: (text: string) => void): Promise<void> {
  if (target.out === undefined) stdout(text);
  else writeOutput(target.out, text);
}
