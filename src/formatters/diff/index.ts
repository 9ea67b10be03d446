/** The plan diff's output formats: one function each, from the compared plans (and a palette) to the text. */
import type { ChalkInstance } from 'chalk';
import type { PlanDiff } from '../../analyses/diff/types.js';
import { diffJson } from './json.js';
import { diffMarkdown } from './markdown.js';
import { diffText } from './text.js';

export type DiffFormatter = (diffs: readonly PlanDiff[], colors: ChalkInstance) => string;

export const DIFF_FORMATS = {
  text: (diffs, colors) => diffText(diffs, colors),
  json: (diffs) => diffJson(diffs),
  markdown: (diffs) => diffMarkdown(diffs),
} satisfies Record<string, DiffFormatter>;

export type DiffFormat = keyof typeof DIFF_FORMATS;

export { diffText, whatText } from './text.js';
export { diffJson, jsonChange } from './json.js';
export { diffMarkdown, md } from './markdown.js';
