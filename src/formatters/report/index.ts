/** Every plan report format, by the name --format takes. */
import type { ChalkInstance } from 'chalk';
import type { QuarterlyReport } from '../../analyses/quarterly.js';
import type { Load } from '../registry.js';

export interface ReportFormatOptions {
  /** colours for the terminal (the text format only) */
  color: ChalkInstance;
}

export type ReportFormatter = (report: QuarterlyReport, options: ReportFormatOptions) => string;

export const REPORT_FORMATS = {
  text: async () => (await import('./text.js')).default,
  markdown: async () => (await import('./markdown.js')).default,
  html: async () => (await import('./html.js')).default,
  json: async () => (await import('./json.js')).default,
  csv: async () => (await import('./csv.js')).default,
} satisfies Record<string, Load<ReportFormatter>>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
