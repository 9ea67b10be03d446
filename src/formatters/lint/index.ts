/** Every lint format, by the name --format takes. */
import type { Load } from '../registry.js';
import type { LintFormatter } from './types.js';

export const LINT_FORMATS = {
  stylish: async () => (await import('./stylish.js')).default,
  json: async () => (await import('./json.js')).default,
  sarif: async () => (await import('./sarif.js')).default,
  junit: async () => (await import('./junit.js')).default,
  github: async () => (await import('./github.js')).default,
} satisfies Record<string, Load<LintFormatter>>;

export type LintFormat = keyof typeof LINT_FORMATS;
