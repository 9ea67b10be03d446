/** Workbooks as files: written atomically (a reader never sees half a workbook), read with a clear error for what is not one. */
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { UsageError } from '../commands/common.js';
import { loadLibrary } from '../util/load-library.js';
import { NotRegularFileError, writeFileAtomic } from '../util/write.js';

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const buffer = await workbook.xlsx.writeBuffer();
  try {
    writeFileAtomic(path, new Uint8Array(buffer as ArrayBuffer));
  } catch (err) {
    if (err instanceof NotRegularFileError) throw new UsageError(`cannot write ${path}: ${err.message}`, 'name a regular file to write the workbook to');
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${path}: ${code ?? String(err)}`, 'check the folder exists and you can write to it');
  }
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'check the path');
  }
  const { Workbook } = await loadLibrary<typeof import('exceljs')>('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new UsageError(`${path} is not an Excel workbook (.xlsx): ${(err as Error).message.split('\n')[0]}`, 'save it from Excel as an .xlsx workbook');
  }
  return workbook;
}
