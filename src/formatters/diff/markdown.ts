/** plan diff as Markdown: a "Changes since last version" section for a committee paper, by plan and section. */
import { type Tally, tally } from '../../analyses/diff/tally.js';
import type { Change, PlanDiff, WordPart } from '../../analyses/diff/types.js';
import { safeLine } from '../../util/text.js';
import { type ItemGroup, groupChanges, sectionHeading } from './group.js';

/** Plan text made inert in Markdown: no emphasis, links, HTML or tables out of it. */
export function md(text: string): string {
  return safeLine(text).replace(/[\\`*_~[\]|#<>]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : `\\${ch}`));
}

function words(parts: readonly WordPart[]): string {
  return parts.map((p) => (p.op === 'del' ? `~~${md(p.text)}~~` : p.op === 'ins' ? `**${md(p.text)}**` : md(p.text))).join(' ');
}

function upper(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function what(c: Change): string {
  if (c.words && c.label !== undefined) return `${upper(md(c.label))}: ${words(c.words)}`;
  return upper(md(c.what));
}

function itemLines(item: ItemGroup, section: string): string[] {
  const title = item.title ? ` ${md(item.title)}` : '';
  if (section === 'plan') return item.changes.map((c) => `- ${what(c)}`);
  if (item.kind === 'added' || item.kind === 'removed') {
    return item.changes.map((c) => `- **${upper(c.kind)}: ${md(item.id)}** ${md(c.what.replace(/^(added|removed):? ?/, ''))}`.trimEnd());
  }
  if (item.kind === 'renamed') {
    const [, ...rest] = item.changes;
    return [`- **Renamed: ${md(item.was ?? '')} → ${md(item.id)}**${title}`, ...rest.map((c) => `  - ${what(c)}`)];
  }
  return [`- **${md(item.id)}**${title}`, ...item.changes.map((c) => `  - ${what(c)}`)];
}

function counts(t: Tally): string {
  const parts = (['added', 'removed', 'changed', 'renamed'] as const).filter((k) => t[k]).map((k) => `${t[k]} ${k}`);
  return `${t.total} change${t.total === 1 ? '' : 's'} (${parts.join(', ')})`;
}

function planBlock(d: PlanDiff): string[] {
  const t = tally(d.changes);
  const head = d.title ? `${md(d.title)} (${md(d.plan)})` : md(d.plan);
  const lines = [`### ${head}`, '', `Compared ${md(d.from)} with ${md(d.to)}: ${counts(t)}.`];
  for (const s of groupChanges(d.changes)) {
    lines.push('', `#### ${sectionHeading(s.section)}`, '');
    for (const item of s.items) lines.push(...itemLines(item, s.section));
  }
  return lines;
}

export function diffMarkdown(diffs: readonly PlanDiff[]): string {
  const changed = diffs.filter((d) => d.changes.length);
  const lines = ['## Changes since last version', ''];
  if (!changed.length) return `${[...lines, 'No changes of substance since the last version.'].join('\n')}\n`;
  changed.forEach((d, i) => lines.push(...(i ? [''] : []), ...planBlock(d)));
  return `${lines.join('\n')}\n`;
}
