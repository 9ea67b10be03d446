/** Every plan report format, by the name --format takes. */
import type { ChalkInstance } from 'chalk';
import type { CouncilReport } from '../../analyses/report/index.js';
import type { Load } from '../registry.js';

export interface ReportFormatOptions {
  /** colours for the terminal (the text format only) */
  color: ChalkInstance;
}

/** Text, whole or in pieces (written in turn), or the bytes of a binary file (a Word document), written only to --out. */
export type ReportOutput = string | Iterable<string> | Uint8Array;

export type ReportFormatter = (report: CouncilReport, options: ReportFormatOptions) => ReportOutput | Promise<ReportOutput>;

export const REPORT_FORMATS = {
  text: async () => (await import('./text.js')).default,
  markdown: async () => (await import('./markdown.js')).default,
  html: async () => (await import('./html.js')).default,
  json: async () => (await import('./json.js')).default,
  csv: async () => (await import('./csv.js')).default,
  docx: async () => (await import('./docx.js')).default,
} satisfies Record<string, Load<ReportFormatter>>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

/** The formats that write a binary file, and so need --out. */
export const BINARY_REPORT_FORMATS: ReadonlySet<ReportFormat> = new Set(['docx']);
