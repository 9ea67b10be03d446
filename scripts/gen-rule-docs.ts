// Writes docs/rules/<id>.md for every lint rule from its metadata, so the docs never drift from the code.
// `npm run docs` writes them; test/unit/rule-docs.test.ts fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { RULES } from '../src/lint/rules.js';
import { HISTORY_RULES } from '../src/lint/history/rules.js';

/** The rules plan lint runs, then those plan lint --history adds. */
const ALL = [...RULES, ...HISTORY_RULES];

export function ruleDoc(id: string): string {
  const rule = ALL.find((r) => r.meta.id === id)!;
  const m = rule.meta;
  const out = [`# ${m.id}`, '', m.description, '', `- Default severity: **${m.severity}**`, `- Category: ${m.category}`, '', '## Why', '', m.docs.why, ''];
  if (m.docs.bad) out.push('## Reported', '', '```yaml', m.docs.bad, '```', '');
  if (m.docs.good) out.push('## Fixed', '', '```yaml', m.docs.good, '```', '');
  out.push('## Configure', '', 'In `plan.config.yaml`:', '', '```yaml', 'rules:', `  ${m.id}: warning   # error, warning, info or off`, '```', '', 'Or, for one finding, with the reason on the line itself:', '', '```yaml', `# plan-lint-disable-next-line ${m.id} -- why this is right here`, '```', '');
  return out.join('\n');
}

export function indexDoc(): string {
  const rows = ALL.map((r) => `| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.severity} | ${r.meta.description} |`);
  return ['# Lint rules', '', 'Every rule `plan lint` runs after YAML syntax and the schema. `plan lint --list-rules` prints the same list.', '', '| rule | default | checks |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

if (process.argv[1]?.endsWith('gen-rule-docs.ts')) {
  mkdirSync('docs/rules', { recursive: true });
  for (const r of ALL) writeFileSync(`docs/rules/${r.meta.id}.md`, ruleDoc(r.meta.id));
  writeFileSync('docs/rules/README.md', indexDoc());
  console.log(`wrote ${ALL.length} rule docs`);
}
