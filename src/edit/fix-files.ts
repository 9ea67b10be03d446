/**
 * plan lint --fix: the mends the rules offer, made in each file's text (each value replaced where it
 * stands, every other byte kept) and written atomically.
 */
import { readFileSync } from 'node:fs';
import type { Fix } from '../lint/rule.js';
import { writeFileAtomic } from '../util/write.js';
import { type EditOp, editFileText } from './edit-text.js';

/** Makes the fixes in each file (one per path: two rules offering the same mend make it once); returns how many were made, by file. */
export function applyFixes(fixes: ReadonlyMap<string, readonly Fix[]>): Map<string, number> {
  const made = new Map<string, number>();
  for (const [path, list] of fixes) {
    const byPath = new Map<string, Fix>();
    for (const f of list) byPath.set(JSON.stringify(f.path), f);
    if (byPath.size === 0) continue;
    const edits: EditOp[] = [...byPath.values()].map((f) => ({ op: 'set', path: f.path, value: f.value }));
    const raw = readFileSync(path, 'utf8');
    const { text } = editFileText(raw, edits);
    if (text !== raw) {
      writeFileAtomic(path, text);
      made.set(path, byPath.size);
    }
  }
  return made;
}
