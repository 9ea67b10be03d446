/**
 * YAML with positions, read by the quickest reader that can read it exactly. Clean files, which are almost
 * all of them, go through js-yaml's event stream (yaml-fast.ts); anything it declines, and every file with
 * a YAML problem, goes through eemeli/yaml (yaml-full.ts), which names the problem and where it is.
 * Both give the same LoadedYaml, and locate() finds a path's line and column in either.
 */
import type { Range } from '../diagnostics.js';
import { type LoadOptions, type LoadedYaml, NOWHERE, type PathSegment, withoutBom } from './loaded.js';
import { loadYamlFast, locateFast } from './yaml-fast.js';
import { depthLimit, loadYamlFull, locateComposed } from './yaml-full.js';

export type { LoadOptions, LoadedYaml, PathSegment } from './loaded.js';
export { rangeOf, sourceLine } from './loaded.js';
export { HARD_MAX_DEPTH, MAX_ALIASES } from './yaml-full.js';

export function loadYaml(file: string, source: string, options: LoadOptions = {}): LoadedYaml {
  const text = withoutBom(source);
  const maxDepth = depthLimit(options.maxDepth);
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
