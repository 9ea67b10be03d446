/**
 * YAML with positions, read by the quickest reader that can read it exactly. Clean files, which are almost
 * all of them, are read by the scanner (yaml-scan.ts), data only; what it declines goes through js-yaml's
 * event stream (yaml-fast.ts); anything that declines, and every file with a YAML problem, goes through
 * eemeli/yaml (yaml-full.ts), which names the problem and where it is. All give the same LoadedYaml, and
 * locate() finds a path's line and column in any: for a scanned file, from positions recorded by scanning
 * it again when a position is first asked for (many files are read and never need one).
 */
import type { Range } from '../diagnostics.js';
import { type LoadOptions, type LoadedYaml, NOWHERE, type PathSegment, lineStartsOf, withoutBom } from './loaded.js';
import { loadYamlFast, locateFast } from './yaml-fast.js';
import { depthLimit, loadYamlFull, locateComposed } from './yaml-full.js';
import { type Shadow, locateScanned, scanYaml } from './yaml-scan.js';

export type { LoadOptions, LoadedYaml, PathSegment } from './loaded.js';
export { rangeOf, sourceLine } from './loaded.js';
export { HARD_MAX_DEPTH, MAX_ALIASES } from './yaml-full.js';

export function loadYaml(file: string, source: string, options: LoadOptions = {}): LoadedYaml {
  const text = withoutBom(source);
  const maxDepth = depthLimit(options.maxDepth);
  const read = scanYaml(text, maxDepth, options.positions, options.plain);
  if (read) {
    return new ScannedYaml(file, text, read.data, maxDepth, read.shadow);
  }
  return loadYamlFast(file, text, maxDepth) ?? loadYamlFull(file, text, { maxDepth });
}

/**
 * A scanned file: its line starts are counted only if a position is asked for. A class, not an object
 * literal with a getter: that getter closed over the text, and V8 keeps a literal's accessors in its old
 * generation, so every file's text outlived the young-generation collections, was promoted, and was freed
 * only by a full collection. Linting 10,000 plans on one thread promoted 243 MB that way, against 10 MB
 * with the class, and two threads took about a tenth less time (bench/NOTES.md; test/memory.test.ts).
 */
class ScannedYaml implements LoadedYaml {
  readonly diagnostics: LoadedYaml['diagnostics'] = [];
  readonly scanned = true;
  shadow: Shadow | null | undefined;
  composed: LoadedYaml | undefined = undefined;
  private lineStarts: number[] | undefined = undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly data: unknown,
    readonly maxDepth: number,
    shadow: Shadow | undefined,
  ) {
    this.shadow = shadow;
  }

  get lines(): number[] {
    return (this.lineStarts ??= lineStartsOf(this.text));
  }
}

/**
 * Finds the node at a path and returns its range: the key itself (for unknown keys), or the value.
 * Falls back to the nearest ancestor that exists, so every finding has a place.
 */
export function locate(loaded: LoadedYaml, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Range {
  if (loaded.scanned) {
    if (loaded.shadow === undefined) loaded.shadow = scanYaml(loaded.text, loaded.maxDepth, true)?.shadow ?? null;
    const shadow = loaded.shadow;
    if (shadow) return locateScanned(loaded, shadow, path, at);
    // (The same text scans the same way twice; should it not, the full reader still places the finding.)
  } else if (loaded.events) {
    const fast = locateFast(loaded, path, at);
    if (fast) return fast;
  } else return loaded.doc ? locateComposed(loaded, path, at) : NOWHERE;
  // Read fast, but not placeable that way: the full reader composes the text once, and places it.
  loaded.composed ??= loadYamlFull(loaded.file, loaded.text, { maxDepth: loaded.maxDepth });
  return locateComposed(loaded.composed, path, at);
}
