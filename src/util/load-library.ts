/**
 * Loads a library that scripts/build.mjs leaves outside the bundle (workbooks, Word, charts, DuckDB), so only
 * the command that needs one pays for loading it.
 */

/** Set by bin/plan.cjs: the bundle runs in a vm.Script, where import() itself is not available. */
const BIN_IMPORT = Symbol.for('plan.import');

/** Raised when a library is not installed (a partial install, or an optional one left out). */
export class MissingLibraryError extends Error {
  readonly hint: string;
  constructor(readonly library: string, cause: unknown) {
    super(`the ${library} library is not installed (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`);
    this.hint = 'run npm install in the folder plan is installed in; this command needs it';
  }
}

/** The library's module namespace; a CommonJS library's exports are also spread at the top level. */
export async function loadLibrary<T>(name: string): Promise<T> {
  const viaBin = (globalThis as Record<symbol, unknown>)[BIN_IMPORT] as ((specifier: string) => Promise<unknown>) | undefined;
  let mod: Record<string, unknown>;
  try {
    mod = (await (viaBin ? viaBin(name) : import(name))) as Record<string, unknown>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' || (err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new MissingLibraryError(name, err);
    throw err;
  }
  const cjs = mod.default;
  return (cjs && typeof cjs === 'object' ? { ...(cjs as object), ...mod } : mod) as T;
}
