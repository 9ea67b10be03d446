/**
 * YAML with positions, read by the quickest reader that can read it exactly. Clean files, which are almost
 * all of them, go through js-yaml's event stream (yaml-fast.ts); anything it declines, and every file with
 * a YAML problem, goes through eemeli/yaml (yaml-full.ts), which names the problem and where it is.
 * Both give the same LoadedYaml, and locate() finds a path's line and column in either.
 */
import type { Range } from '../diagnostics.js';
import { type LoadOptions, type LoadedYaml, NOWHERE, type PathSegment } from './loaded.js';
import { loadYamlFast, locateFast } from './yaml-fast.js';
import { DEFAULT_MAX_DEPTH, HARD_MAX_DEPTH, loadYamlFull, locateComposed } from './yaml-full.js';

export type { LoadOptions, LoadedYaml, PathSegment } from './loaded.js';
export { lineStartsOf, rangeOf, sourceLine } from './loaded.js';
export { DEFAULT_MAX_DEPTH, HARD_MAX_DEPTH, MAX_ALIASES, MAX_ALIAS_EXPANSION, MAX_DOCUMENTS_COUNTED, MAX_REPORTED_ERRORS, MAX_SYNTAX_ERRORS } from './yaml-full.js';

export function loadYaml(file: string, source: string, options: LoadOptions = {}): LoadedYaml {
  // A BOM is legal but would shift every column on line 1 by one: drop it.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const maxDepth = Math.max(1, Math.min(Math.floor(options.maxDepth ?? DEFAULT_MAX_DEPTH) || DEFAULT_MAX_DEPTH, HARD_MAX_DEPTH));
  return loadYamlFast(file, text, maxDepth) ?? loadYamlFull(file, text, { maxDepth });
}

/**
 * Finds the node at a path and returns its range: the key itself (for unknown keys), or the value.
 * Falls back to the nearest ancestor that exists, so every finding has a place.
 */
export function locate(loaded: LoadedYaml, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Range {
  if (loaded.events) {
    const fast = locateFast(loaded, path, at);
    if (fast) return fast;
    loaded.composed ??= loadYamlFull(loaded.file, loaded.text, { maxDepth: loaded.maxDepth });
    return locateComposed(loaded.composed, path, at);
  }
  return loaded.doc ? locateComposed(loaded, path, at) : NOWHERE;
}
