import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { palette } from '../../src/util/color.js';
import { drawTable, renderTable } from '../../src/formatters/table.js';

// cli-table3's own modules, as the table renderer loads them.
const require = createRequire(createRequire(import.meta.url).resolve('cli-table3'));
const utils = require('./src/utils.js') as { truncate: (...args: unknown[]) => string };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('terminal tables', () => {
  it('wrap long text inside the column, a border round every cell', () => {
    const out = drawTable(['Id', 'Title'], [['A1', 'Improve attendance at every primary school in the borough']], [6, 20], ['left', 'left']);
    const lines = out.split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect([...line].length).toBe(6 + 20 + 3);
    expect(out).toContain('│ A1   │ Improve attendance │');
  });

  it('keep text as wide as its column on one line, and wrap text one character wider', () => {
    const columns = [{ header: 'Title', value: (r: string) => r, width: 10 }];
    const lines = (text: string) => renderTable(columns, [text], palette(false), 120).split('\n').filter((l) => l.startsWith('│') && !l.includes('Title'));
    expect(lines('abcde fghi')).toEqual(['│ abcde fghi │']);
    expect(lines('abcde fghij')).toEqual(['│ abcde      │', '│ fghij      │']);
    expect(lines('café crème')).toEqual(['│ café crème │']);
  });

  // patches/cli-table3+0.6.5.patch (cli-table/cli-table3#362): unpatched, every line of every cell truncates the
  // cell's whole text again for a debug message that is only kept when debugging is switched on.
  it('measure each drawn line once, not the whole cell again for a debug message (the cli-table3 patch is applied)', () => {
    const truncate = vi.spyOn(utils, 'truncate');
    const text = 'one two three four five six seven eight nine ten';
    drawTable(['Words'], [[text]], [9], ['left']);
    const wholeCell = truncate.mock.calls.filter(([s]) => s === text);
    expect(wholeCell).toEqual([]);
    expect(truncate.mock.calls.length).toBeGreaterThan(0);
  });
});
