/** Every plan history format, by the name --format takes. */
import type { ChalkInstance } from 'chalk';
import type { ItemHistory } from '../../history/item-history.js';
import type { Load } from '../registry.js';

export type HistoryFormatter = (history: ItemHistory, options: { color: ChalkInstance }) => string;

export const HISTORY_FORMATS = {
  text: async () => (await import('./formats.js')).text,
  json: async () => (await import('./formats.js')).json,
  markdown: async () => (await import('./formats.js')).markdown,
} satisfies Record<string, Load<HistoryFormatter>>;

export type HistoryFormat = keyof typeof HISTORY_FORMATS;
