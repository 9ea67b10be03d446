// Bundles src/ into dist/ with esbuild so that bin/plan starts without compiling TypeScript or resolving
// hundreds of modules. Commands are split into chunks loaded on demand. Runs at install (prepare).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.PLAN_VERSION': JSON.stringify(pkg.version) },
  // CommonJS dependencies (ajv) call require(); give the ES module bundle a real one.
  banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
});
