/** The README's list of the tidy tables' columns, made from their definitions (columns.ts) so that the two cannot drift. */
import { TABLE_COLUMNS, TABLE_DESCRIPTIONS, TABLE_NAMES } from './columns.js';

export const README_START = '<!-- export-columns:start (made from src/export/columns.ts; UPDATE_GOLDEN=1 npx vitest run test/unit/export-readme.test.ts rewrites it) -->';
export const README_END = '<!-- export-columns:end -->';

const cellText = (s: string) => s.replace(/\|/g, '\\|');

export function exportColumnsMarkdown(): string {
  return TABLE_NAMES.map((name) =>
    [`**${name}**: ${TABLE_DESCRIPTIONS[name]}.`, '', '| column | type | what it holds |', '| --- | --- | --- |', ...TABLE_COLUMNS[name].map((c) => `| \`${c.name}\` | ${c.type} | ${cellText(c.description)} |`)].join('\n'),
  ).join('\n\n');
}
