/** Every plan risks format, by the name --format takes. */
import type { ChalkInstance } from 'chalk';
import type { Assessment, ScoredRisk } from '../../analyses/risks.js';
import type { Load } from '../registry.js';

export interface RisksFormatOptions {
  /** which assessment the register is scored and sorted by */
  by: Assessment;
  color: ChalkInstance;
}

export type RisksFormatter = (risks: ScoredRisk[], options: RisksFormatOptions) => string;

export const RISKS_FORMATS = {
  table: async () => (await import('./formats.js')).table,
  json: async () => (await import('./formats.js')).json,
  csv: async () => (await import('./formats.js')).csv,
  markdown: async () => (await import('./formats.js')).markdown,
} satisfies Record<string, Load<RisksFormatter>>;

export type RisksFormat = keyof typeof RISKS_FORMATS;
