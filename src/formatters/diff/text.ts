/** plan diff as text for a terminal: coloured where colour is on, every piece of plan text made safe. */
import type { ChalkInstance } from 'chalk';
import { tally, tallyText } from '../../analyses/diff/tally.js';
import type { Change, ChangeKind, PlanDiff, WordPart } from '../../analyses/diff/types.js';
import { safeLine, truncate } from '../../util/text.js';
import { type ItemGroup, groupChanges, sectionHeading } from './group.js';

const MARK: Record<ChangeKind, string> = { added: '+', removed: '-', changed: '~', renamed: '>' };

function mark(kind: ChangeKind, c: ChalkInstance): string {
  const m = MARK[kind];
  return kind === 'added' ? c.green(m) : kind === 'removed' ? c.red(m) : kind === 'renamed' ? c.cyan(m) : c.yellow(m);
}

function words(parts: readonly WordPart[], c: ChalkInstance): string {
  return parts
    .map((p) => {
      const t = safeLine(p.text);
      return p.op === 'del' ? c.red(`[-${t}-]`) : p.op === 'ins' ? c.green(`{+${t}+}`) : p.op === 'gap' ? c.dim(t) : t;
    })
    .join(' ');
}

/** The change in words, without its subject; word diffs coloured. */
export function whatText(change: Change, c: ChalkInstance): string {
  if (change.words && change.label !== undefined) return `${safeLine(change.label)}: ${words(change.words, c)}`;
  return safeLine(change.what);
}

function itemLines(item: ItemGroup, section: string, c: ChalkInstance): string[] {
  const id = c.bold(safeLine(item.id));
  const title = item.title ? `  ${c.dim(truncate(safeLine(item.title), 70))}` : '';
  if (section === 'plan') return item.changes.map((ch) => `    ${mark(ch.kind, c)} ${whatText(ch, c)}`);
  if (item.kind === 'added' || item.kind === 'removed') return item.changes.map((ch) => `    ${mark(ch.kind, c)} ${id}  ${whatText(ch, c)}`);
  const [first, ...rest] = item.changes;
  const head = item.kind === 'renamed' && first ? `    ${mark('renamed', c)} ${id}  ${whatText(first, c)}${title}` : `    ${mark('changed', c)} ${id}${title}`;
  const body = item.kind === 'renamed' ? rest : item.changes;
  return [head, ...body.map((ch) => `        ${whatText(ch, c)}`)];
}

function planBlock(d: PlanDiff, c: ChalkInstance): string[] {
  const title = d.title ? `  ${truncate(safeLine(d.title), 80)}` : '';
  const lines = [c.bold(`${safeLine(d.plan)}${title}`), `  ${safeLine(d.from)} → ${safeLine(d.to)}`, ''];
  if (!d.changes.length) return [...lines.slice(0, 2), '  no semantic changes (order, formatting or comments only)'];
  for (const s of groupChanges(d.changes)) {
    lines.push(`  ${c.bold(sectionHeading(s.section))}`);
    for (const item of s.items) lines.push(...itemLines(item, s.section, c));
  }
  return lines;
}

export function diffText(diffs: readonly PlanDiff[], c: ChalkInstance): string {
  if (!diffs.length) return 'No plans changed.\n';
  const all = diffs.flatMap((d) => d.changes);
  const t = tally(all);
  const blocks = diffs.map((d) => planBlock(d, c).join('\n'));
  const changedPlans = diffs.filter((d) => d.changes.length).length;
  const footer = !t.total ? 'No semantic changes.' : `${tallyText(t)}${diffs.length > 1 ? ` in ${changedPlans} of ${diffs.length} plans` : ''}`;
  return `${blocks.join('\n\n')}\n\n${footer}\n`;
}
