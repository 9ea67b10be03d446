/** A new plan's data as YAML text, in block style, with a first comment saying where it came from. */
import { Document } from 'yaml';

export function planYaml(data: unknown, comments: readonly string[]): string {
  const doc = new Document(data);
  doc.commentBefore = comments.map((c) => ` ${c}`).join('\n');
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
