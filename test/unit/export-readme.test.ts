/** The README's Export section lists every tidy table's columns exactly as src/export/columns.ts defines them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { README_END, README_START, exportColumnsMarkdown } from '../../src/export/readme-columns.js';
import { TABLE_COLUMNS } from '../../src/export/columns.js';
import { ROOT } from '../helpers.js';

describe('README: export columns', () => {
  it('holds the columns made from their definitions', () => {
    const path = join(ROOT, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    expect(start, 'the README has the export-columns markers').toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const made = `${README_START}\n\n${exportColumnsMarkdown()}\n\n${README_END}`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, readme.slice(0, start) + made + readme.slice(end + README_END.length));
    else expect(readme.slice(start, end + README_END.length)).toBe(made);
    for (const columns of Object.values(TABLE_COLUMNS)) for (const c of columns) expect(made).toContain(`| \`${c.name}\` | ${c.type} |`);
  });
});
