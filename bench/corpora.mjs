// The benchmark's inputs, made deterministically from the bundled plans into bench/corpus (ignored by git):
// N generated plans, the same as a git repository with a quarter's history, a broken plan, and the JSON
// ruleset Spectral is run with.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = join(ROOT, 'bench', 'corpus');
/** Bumped whenever what a corpus holds changes, so that corpora made by an older script are made again. */
const CORPUS_VERSION = '3';

/** The bundled plans (not the council registers), in a fixed order. */
export function bundledPlans() {
  const out = [];
  for (const council of readdirSync(join(ROOT, 'plans'), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!council.isDirectory()) continue;
    for (const f of readdirSync(join(ROOT, 'plans', council.name)).sort()) {
      if (f.endsWith('.yaml') && f !== 'council.yaml') out.push({ council: council.name, file: f, text: readFileSync(join(ROOT, 'plans', council.name, f), 'utf8') });
    }
  }
  return out;
}

function isComplete(dir) {
  return existsSync(join(dir, '.complete')) && readFileSync(join(dir, '.complete'), 'utf8') === CORPUS_VERSION;
}

/**
 * N plans shaped like the bundled ones, with each council's register: plan i is bundled plan i mod the number
 * of bundled plans, with its own id, in bench/corpus/N/<council>/plan-<i>.yaml.
 */
export function corpus(n) {
  const dir = join(CORPUS, String(n));
  if (isComplete(dir)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const base = bundledPlans();
  for (const c of new Set(base.map((b) => b.council))) {
    mkdirSync(join(dir, c), { recursive: true });
    cpSync(join(ROOT, 'plans', c, 'council.yaml'), join(dir, c, 'council.yaml'));
  }
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length];
    const text = b.text.replace(/^id: .*$/m, `id: bench-${String(i).padStart(5, '0')}`).replace(/\.\.\/\.\.\/schemas\//, '../../../../schemas/');
    writeFileSync(join(dir, b.council, `plan-${String(i).padStart(5, '0')}.yaml`), text);
  }
  writeFileSync(join(dir, '.complete'), CORPUS_VERSION);
  return dir;
}

/** A plan as revised in the git corpus's second commit: its service renamed, and the first plain title of its first action, measure and risk. */
function revised(text) {
  let out = text.replace(/^service: (.*)$/m, 'service: $1 (revised)');
  for (const section of ['actions', 'measures', 'risks']) {
    out = out.replace(new RegExp(`(\\n${section}:\\n(?:[ -].*\\n)*?[ -]+title: )([^'"|>&*!\\s][^\\n]*)`), '$1$2 (revised)');
  }
  return out;
}

/**
 * The same N plans as a git repository, as councils keep them: all committed on 2016-12-01, then every plan
 * revised in a commit on 2017-02-01, and the objects packed, as in a clone. The report for 2016/17 Q4 then
 * compares every plan with its version at the end of the quarter before.
 */
export function gitCorpus(n) {
  const dir = join(CORPUS, `${n}-git`);
  if (isComplete(dir)) return dir;
  rmSync(dir, { recursive: true, force: true });
  cpSync(corpus(n), dir, { recursive: true, filter: (src) => !src.endsWith('.complete') });
  const git = (args, date) => {
    const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
    const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args[0]} failed in ${dir}: ${r.stderr}`);
  };
  git(['init', '-q'], '2016-12-01T12:00:00Z');
  git(['add', '-A'], '2016-12-01T12:00:00Z');
  git(['commit', '-q', '-m', 'plans as at December 2016'], '2016-12-01T12:00:00Z');
  for (const council of readdirSync(dir, { withFileTypes: true })) {
    if (!council.isDirectory() || council.name === '.git') continue;
    for (const f of readdirSync(join(dir, council.name)).filter((x) => x.startsWith('plan-'))) {
      const path = join(dir, council.name, f);
      writeFileSync(path, revised(readFileSync(path, 'utf8')));
    }
  }
  git(['commit', '-q', '-a', '-m', 'every plan revised in February 2017'], '2017-02-01T12:00:00Z');
  git(['gc', '-q'], '2017-02-01T12:00:00Z');
  writeFileSync(join(dir, '.complete'), CORPUS_VERSION);
  return dir;
}

/** A bundled plan that breaks the schema twice (a required key misspelt, a text made a list): any validator must object. */
export function brokenPlan() {
  const dir = join(CORPUS, 'broken');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'broken-plan.yaml');
  const text = readFileSync(join(ROOT, 'plans', 'southend', 'learning-2017-18.yaml'), 'utf8');
  writeFileSync(path, text.replace(/^period: /m, 'perod: ').replace(/^service: .*$/m, 'service: [1, 2]'));
  return path;
}

/**
 * Spectral's ruleset: bench/spectral-ruleset.yaml with the plan schema it names by `$ref` written in place.
 * Spectral leaves a `$ref` inside a schema function's options unresolved and then reports nothing at all
 * (stoplightio/spectral#2093), so the schema is inlined into bench/corpus/spectral-ruleset.json.
 */
export function spectralRuleset() {
  const source = join(ROOT, 'bench', 'spectral-ruleset.yaml');
  const inline = (node) => {
    if (Array.isArray(node)) return node.map(inline);
    if (!node || typeof node !== 'object') return node;
    // The schema as `plan schema` prints it: self-contained (the matrix presets' files taken inside), since
    // Spectral does not follow the schema's own references to files beside it.
    const schema = typeof node.$ref === 'string' ? /schemas\/(\w+)\.schema\.json$/.exec(node.$ref) : null;
    if (schema) return JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bin', 'plan.cjs'), 'schema', '--name', schema[1]], { encoding: 'utf8' }));
    if (typeof node.$ref === 'string') return JSON.parse(readFileSync(join(dirname(source), node.$ref), 'utf8'));
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v)]));
  };
  mkdirSync(CORPUS, { recursive: true });
  const out = join(CORPUS, 'spectral-ruleset.json');
  writeFileSync(out, `${JSON.stringify(inline(parse(readFileSync(source, 'utf8'))), null, 2)}\n`);
  return out;
}

/** How many files a corpus folder holds that plan lint reads (*.yaml and *.yml, outside dot-folders). */
export function yamlFileCount(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) n += yamlFileCount(join(dir, e.name));
    else if (/\.ya?ml$/.test(e.name)) n++;
  }
  return n;
}
