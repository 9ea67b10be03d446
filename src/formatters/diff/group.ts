/** Changes grouped for reading: by section (plan header first), then by item, in the order the plan gives them. */
import type { Change, ChangeKind } from '../../analyses/diff.js';

export interface ItemGroup {
  id: string;
  title?: string;
  /** the item's own kind: added, removed or renamed when it was, else changed */
  kind: ChangeKind;
  /** the id it had before, for a renamed item */
  was?: string;
  changes: Change[];
}

export interface SectionGroup {
  section: string;
  items: ItemGroup[];
}

const HEADINGS: Record<string, string> = { plan: 'Plan', leadership: 'Leadership', budget: 'Budget', monitoring: 'Monitoring' };

export function sectionHeading(section: string): string {
  return HEADINGS[section] ?? section.charAt(0).toUpperCase() + section.slice(1);
}

export function groupChanges(changes: readonly Change[]): SectionGroup[] {
  const sections: SectionGroup[] = [];
  for (const c of changes) {
    let s = sections.find((x) => x.section === c.section);
    if (!s) sections.push((s = { section: c.section, items: [] }));
    let item = s.items.find((x) => x.id === c.id);
    if (!item) s.items.push((item = { id: c.id, ...(c.title ? { title: c.title } : {}), kind: 'changed', changes: [] }));
    if (c.kind !== 'changed') {
      item.kind = c.kind;
      if (c.kind === 'renamed' && typeof c.from === 'string') item.was = c.from;
    }
    item.changes.push(c);
  }
  return sections;
}
