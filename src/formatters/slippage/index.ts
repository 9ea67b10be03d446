/** Every plan slippage format, by the name --format takes. */
import type { ChalkInstance } from 'chalk';
import type { SlippageRow } from '../../history/slippage.js';
import type { Load } from '../registry.js';

export interface SlippageReport {
  rows: SlippageRow[];
  /** plans read, and those git holds no history of */
  plans: number;
  unread: string[];
}

export type SlippageFormatter = (report: SlippageReport, options: { color: ChalkInstance }) => string;

export const SLIPPAGE_FORMATS = {
  table: async () => (await import('./formats.js')).table,
  csv: async () => (await import('./formats.js')).csv,
  json: async () => (await import('./formats.js')).json,
  markdown: async () => (await import('./formats.js')).markdown,
} satisfies Record<string, Load<SlippageFormatter>>;

export type SlippageFormat = keyof typeof SLIPPAGE_FORMATS;
