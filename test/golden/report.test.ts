/**
 * The quarterly report of the performance fixture (test/fixtures/report/performance) in every format, each
 * compared with its expected output, and in each the summary first and the exceptions second. The Word
 * document is compared as its paragraphs' text (its zip holds the time it was made). Run with
 * UPDATE_GOLDEN=1 to rewrite the .out files after a deliberate change, then read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../cli/report-docx.test.js';
import { ROOT, runPlan } from '../helpers.js';
import { QUARTER, fixtureCopy } from '../fixtures/report/copy.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'report');

/** Where each section starts in a format's output, found by its heading (or, in the CSV, its first row). */
const SECTION_MARKS: Record<string, [string, string, string]> = {
  text: ['\nSummary\n', '\nExceptions\n', '\nDetail by corporate priority\n'],
  markdown: ['\n## Summary\n', '\n## Exceptions\n', '\n## Detail by corporate priority\n'],
  html: ['<h2 id="summary">', '<h2 id="exceptions">', '<h2 id="detail">'],
  json: ['"summary":', '"exceptions":', '"groups":'],
  csv: ['\r\nsummary of measures,', '\r\nexception: ', '\r\naction,'],
  docx: ['\nSummary\n', '\nExceptions\n', '\nDetail by corporate priority\n'],
};

describe('report formats on the performance fixture', () => {
  let copy: ReturnType<typeof fixtureCopy>;
  beforeAll(() => {
    copy = fixtureCopy();
  });
  afterAll(() => copy.cleanup());
  for (const format of ['text', 'markdown', 'html', 'json', 'csv', 'docx']) {
    it(format, async () => {
      const out = join(copy.dir, `report.${format}`);
      const r = runPlan(['report', '.', ...QUARTER, '--format', format, ...(format === 'docx' ? ['--out', out] : [])], { cwd: copy.dir, env: { COLUMNS: '120' } });
      expect(r.code, r.stderr).toBe(0);
      const text = format === 'docx' ? `${(await docxParagraphs(readFileSync(out))).map((p) => p.text).join('\n')}\n` : r.stdout;
      if (format !== 'docx') expect(r.stderr, r.stderr).toBe('');
      // summary first, exceptions second, then the detail
      const [summary, exceptions, detail] = SECTION_MARKS[format]!.map((m) => text.indexOf(m));
      expect(summary, 'summary').toBeGreaterThan(0);
      expect(exceptions, 'exceptions after the summary').toBeGreaterThan(summary!);
      expect(detail, 'the detail after the exceptions').toBeGreaterThan(exceptions!);
      const file = join(GOLDEN, `performance.${format}.out`);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
        if (!process.env.UPDATE_GOLDEN && process.env.CI) throw new Error(`missing golden file ${file}`);
        writeFileSync(file, text);
      }
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  }
});
