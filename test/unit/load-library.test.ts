import { describe, expect, it } from 'vitest';
import { MissingLibraryError, loadLibrary } from '../../src/util/load-library.js';

describe('loadLibrary', () => {
  it('gives a library outside the bundle, its CommonJS exports at the top level', async () => {
    const exceljs = await loadLibrary<{ Workbook: unknown }>('exceljs');
    expect(typeof exceljs.Workbook).toBe('function');
  });

  it('says which library is missing and what to do, rather than failing with a stack', async () => {
    const missing = loadLibrary('plan-no-such-library');
    await expect(missing).rejects.toBeInstanceOf(MissingLibraryError);
    await expect(missing).rejects.toMatchObject({ library: 'plan-no-such-library', hint: expect.stringContaining('npm install') });
  });
});
