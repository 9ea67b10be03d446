/** Every plan overdue format, by the name --format takes. */
import type { ChalkInstance } from 'chalk';
import type { GroupBy, WorkItem } from '../../analyses/overdue.js';
import type { Day } from '../../model/dates.js';
import type { Load } from '../registry.js';

export interface OverdueFormatOptions {
  by: GroupBy;
  asOf: Day;
  color: ChalkInstance;
}

export type OverdueFormatter = (list: WorkItem[], options: OverdueFormatOptions) => string;

export const OVERDUE_FORMATS = {
  table: async () => (await import('./formats.js')).table,
  json: async () => (await import('./formats.js')).json,
  csv: async () => (await import('./formats.js')).csv,
  markdown: async () => (await import('./formats.js')).markdown,
} satisfies Record<string, Load<OverdueFormatter>>;

export type OverdueFormat = keyof typeof OVERDUE_FORMATS;
