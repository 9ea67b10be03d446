/** Changes grouped for reading: by section (plan header first), then by item, in the order the plan gives them. */
import type { Change, ChangeKind } from '../../analyses/diff/types.js';

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
  // each section, and each section's items by id, in the order the changes first name them
  const found = new Map<string, { group: SectionGroup; items: Map<string, ItemGroup> }>();
  for (const c of changes) {
    let s = found.get(c.section);
    if (!s) {
      s = { group: { section: c.section, items: [] }, items: new Map() };
      sections.push(s.group);
      found.set(c.section, s);
    }
    let item = s.items.get(c.id);
    if (!item) {
      item = { id: c.id, ...(c.title ? { title: c.title } : {}), kind: 'changed', changes: [] };
      s.group.items.push(item);
      s.items.set(c.id, item);
    }
    if (c.kind !== 'changed') {
      item.kind = c.kind;
      if (c.kind === 'renamed' && typeof c.from === 'string') item.was = c.from;
    }
    item.changes.push(c);
  }
  return sections;
}
