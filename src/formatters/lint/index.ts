import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { LintFormatter } from './types.js';

export const LINT_FORMATS: Record<string, LintFormatter> = { stylish, json, sarif, junit, github };
