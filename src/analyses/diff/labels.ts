/**
 * A field's name in words, as a change sentence uses it: the `title` the plan schema gives the field,
 * lower-cased, or the key in words where the schema gives none or several. Where a title reads badly mid-sentence,
 * a few overrides say it better.
 */
import planSchema from '../../../schemas/plan.schema.json' with { type: 'json' };
import { isObj } from '../../model/data.js';

/** Labels a schema title cannot give: titles too short in a sentence, and keys with several titles. */
const OVERRIDES = new Map([
  ['due', 'due date'],
  ['start', 'start date'],
  ['actions', 'linked actions'],
  ['measures', 'linked measures'],
  ['risks', 'linked risks'],
]);

/** A title as a label: a note in brackets dropped, the first letter lower-cased unless it starts an acronym. */
function asLabel(title: string): string {
  const t = title.replace(/\s*\([^)]*\)$/, '');
  return /^[A-Z][A-Z]/.test(t) ? t : t.charAt(0).toLowerCase() + t.slice(1);
}

/** Every property's labels, from every object the schema defines. */
function schemaLabels(schema: unknown): Map<string, string | undefined> {
  const found = new Map<string, Set<string>>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObj(node)) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && isObj(v)) {
        for (const [name, sub] of Object.entries(v)) {
          if (isObj(sub) && typeof sub.title === 'string') found.set(name, (found.get(name) ?? new Set()).add(asLabel(sub.title)));
        }
      }
      walk(v);
    }
  };
  walk(schema);
  // A key titled differently in different places (title: Milestone, Risk...) has no one label.
  return new Map([...found].map(([name, labels]) => [name, labels.size === 1 ? [...labels][0] : undefined]));
}

const SCHEMA_LABELS = schemaLabels(planSchema);

/** A camelCase key in words: managedBy → managed by. */
function keyWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

export function fieldLabel(key: string): string {
  return OVERRIDES.get(key) ?? SCHEMA_LABELS.get(key) ?? keyWords(key);
}

/** Where a field sits: its dotted path and its name in words. */
export interface At {
  field: string;
  label: string;
}

export const TOP: At = { field: '', label: '' };

/** A field of the field at: path and label each extended. */
export function join(at: At, key: string, label: string): At {
  return { field: at.field ? `${at.field}.${key}` : key, label: at.label ? `${at.label} ${label}` : label };
}

/** An item of a keyed list in the field at: list[key] in the path. */
export function keyed(at: At, list: string, key: string, label: string): At {
  return { field: at.field ? `${at.field}.${list}[${key}]` : `${list}[${key}]`, label: at.label ? `${at.label} ${label}` : label };
}
