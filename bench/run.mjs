#!/usr/bin/env node
// The speed and memory benchmark of the redesign issue. Builds the program, makes the corpora (bench/corpora.mjs),
// checks that every tool really does its work (a sanity check, untimed), then runs each command cold, side
// by side with what it is compared with (bench/measure.mjs), and writes bench/RESULTS.md (bench/render.mjs)
// and bench/results.json. `npm run bench` for the full run; `npm run bench:quick` (--quick) for smaller corpora
// and fewer runs, written to bench/RESULTS-quick.md; `--render` rewrites the page from the last run's figures;
// `--only P5` (or another target's group) measures that group alone and prints its figures, leaving the results
// page and its figures as they are.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { CORPUS, ROOT, brokenPlan, bundledPlans, corpus, gitCorpus, spectralRuleset, yamlFileCount } from './corpora.mjs';
import { MEMORY_BY, capture, log, measureTogether } from './measure.mjs';
import { FORMAT, render, targetsOf } from './render.mjs';

const QUICK = process.argv.includes('--quick');
const RENDER = process.argv.includes('--render');
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const GROUP_NAMES = ['P1', 'P2', 'P3', 'P4', 'P5'];
if (ONLY !== undefined && !GROUP_NAMES.includes(ONLY)) {
  process.stderr.write(`bench: --only takes one of ${GROUP_NAMES.join(', ')}\n`);
  process.exit(2);
}
/** Whether a group of targets is measured in this run. */
const wanted = (group) => ONLY === undefined || ONLY === group;
const RAW = join(ROOT, 'bench', QUICK ? 'results-quick.json' : 'results.json');
const PAGE = join(ROOT, 'bench', QUICK ? 'RESULTS-quick.md' : 'RESULTS.md');

/** Corpus sizes and rounds (each command once a round) for each target. */
const SIZES = QUICK ? { bundled: 210, small: 100, large: 1000 } : { bundled: 210, small: 1000, large: 10000 };
const ROUNDS = QUICK ? { p1: 5, p2: 3, p3: 3, p4: 3, p5: 2 } : { p1: 21, p2: 11, p3: 5, p4: 11, p5: 3 };
const QUARTER = '2016/17 Q4';

const NODE = process.execPath;
const PLAN = join(ROOT, 'bin', 'plan.cjs');
const AJV = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const SPECTRAL = join(ROOT, 'node_modules', '.bin', 'spectral');
const PARSE_ONLY = join(ROOT, 'bench', 'parse-only.mjs');
const DUCKDB_QUERY = join(ROOT, 'bench', 'duckdb-query.mjs');

/** An argument as a shell needs it: quoted if it holds a space or a glob. */
const quoted = (a) => (/[\s*]/.test(a) ? `'${a}'` : a);

/** A command run by node, with the line the results page shows for it (paths relative to the repository). */
function node(label, args, cwd) {
  const shown = ['node', ...args.map((a) => quoted(a.startsWith(ROOT) ? relative(ROOT, a) || '.' : a))].join(' ');
  return { label, cmd: NODE, args, cwd, shown };
}

const plan = (label, args) => node(label, [PLAN, ...args]);
const spectral = (label, ruleset, target) => node(label, [SPECTRAL, 'lint', '--quiet', '-r', ruleset, target]);

function fail(message, hint) {
  log(`bench: ${message}`);
  if (hint) log(`hint: ${hint}`);
  process.exit(1);
}

/** Checks, untimed, that each command does the work it is timed for; stops the run with what is wrong if not. */
function sanityCheck({ one, bundled, bundledGit, ruleset }) {
  log('bench: sanity check');
  if (ONLY === 'P5') return sanityCheckExport(bundled);
  const expect = (spec, ok, what) => {
    const r = capture(spec);
    if (!ok(r)) fail(`sanity check: ${what}\n  ran: ${spec.shown}\n  exit ${r.status}; output: ${(r.stdout + r.stderr).trim().slice(0, 600)}`);
    return r;
  };
  expect(plan('plan lint, one plan', ['lint', one]), (r) => r.status === 0, 'plan lint of one bundled plan must exit 0');
  const files = yamlFileCount(bundled);
  expect(node('parse only', [PARSE_ONLY, bundled]), (r) => r.stdout.trim() === `${files} files parsed, 0 with errors`, `the parse-only script must parse all ${files} files without errors`);
  // Spectral must really validate: a broken plan gives a finding, a bundled plan none.
  expect(spectral('Spectral, broken plan', ruleset, brokenPlan()), (r) => r.status === 1 && r.stdout.includes('plan-schema'), 'Spectral must report the broken plan (bench/corpus/broken) against the plan schema');
  expect(spectral('Spectral, one plan', ruleset, one), (r) => r.status === 0 && !r.stdout.includes('plan-schema'), 'Spectral must pass a bundled plan');
  // The report in git must read last quarter's versions: the same files outside git give a different report.
  const noHistory = join(CORPUS, `${SIZES.bundled}-git-files`);
  cpSync(bundledGit, noHistory, { recursive: true, filter: (src) => !/[\\/]\.git([\\/]|$)/.test(src) && !src.endsWith('.complete') });
  const report = (dir) => expect(plan('plan report', ['report', dir, '--quarter', QUARTER]), (r) => r.status === 0, 'plan report must exit 0').stdout.replaceAll(dir, '').replaceAll(relative(ROOT, dir), '');
  if (report(bundledGit) === report(noHistory)) fail('sanity check: plan report on the plans in git must differ from the same files outside git (it compares each plan with last quarter)');
}

/** P5's export must write every plan's measures, and the query must count them all, council by council. */
function sanityCheckExport(bundled) {
  const out = join(CORPUS, `${SIZES.bundled}-parquet`);
  rmSync(out, { recursive: true, force: true });
  const exported = capture(plan('plan export', ['export', bundled, '--format', 'parquet', '--partition-by-council', '--out', out]));
  const measures = /(\d+) measures/.exec(exported.stderr)?.[1];
  if (exported.status !== 0 || !measures) fail(`sanity check: plan export to Parquet must exit 0 and say how many measures it wrote\n  exit ${exported.status}; ${exported.stderr.trim().slice(0, 600)}`);
  const q = capture(node('DuckDB query', [DUCKDB_QUERY, out]));
  const total = q.stdout.trim().split('\n').reduce((n, line) => n + Number(line.split('\t')[2]), 0);
  if (q.status !== 0 || total !== Number(measures)) fail(`sanity check: the DuckDB query must count the ${measures} measures exported, council by council; it counted ${total}\n  ${q.stderr.trim().slice(0, 600)}`);
}

/** P5: the large corpus exported to Parquet (by council) beside its lint, and measures by council queried across it. */
function measureExport(large) {
  const out = join(CORPUS, `${SIZES.large}-parquet`);
  log(`bench: P5, ${SIZES.large} plans to Parquet, and a DuckDB query across them`);
  const [lintLarge, exportLarge] = measureTogether(
    'P5',
    [plan(`plan lint, ${SIZES.large} plans`, ['lint', large]), plan(`plan export to Parquet, the same ${SIZES.large} plans, by council`, ['export', large, '--format', 'parquet', '--partition-by-council', '--out', out])],
    ROUNDS.p5,
  );
  const [queryLarge] = measureTogether('P5', [node(`DuckDB, measures by council across the ${SIZES.large} plans' Parquet`, [DUCKDB_QUERY, out])], ROUNDS.p5);
  return { lintLargeP5: lintLarge, exportLarge, queryLarge };
}

function collect() {
  // Always built first: a dist/ left from another build or branch must not be measured.
  log('bench: building');
  if (spawnSync(NODE, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: ROOT }).status !== 0) fail('the build failed', 'run npm run build to see why');
  const started = performance.now();
  log(`bench: ${QUICK ? 'quick' : 'full'} run; making the corpora (bench/corpus)`);
  const one = join(ROOT, 'plans', 'southend', 'learning-2017-18.yaml');
  const bundled = corpus(SIZES.bundled);
  const bundledGit = gitCorpus(SIZES.bundled);
  const small = corpus(SIZES.small);
  const large = corpus(SIZES.large);
  const ruleset = spectralRuleset();
  sanityCheck({ one, bundled, bundledGit, ruleset });

  const r = {};
  if (wanted('P1')) {
  log('bench: P1, one plan');
  [r.node, r.lintOne, r.ajvOne, r.spectralOne] = measureTogether(
    'P1',
    [
      node('node -e 0', ['-e', '0']),
      plan('plan lint, one bundled plan', ['lint', one]),
      node('ajv-cli validate, the same plan', [AJV, 'validate', '--spec=draft2020', '--strict=false', '--all-errors', '-c', 'ajv-formats', '-s', join(ROOT, 'schemas', 'plan.schema.json'), '-d', one]),
      spectral('Spectral lint, the same plan', ruleset, one),
    ],
    ROUNDS.p1,
  );
  }
  if (wanted('P2')) {
  log(`bench: P2, ${SIZES.bundled} plans`);
  [r.lintBundled, r.parseBundled, r.spectralBundled] = measureTogether(
    'P2',
    [
      plan(`plan lint, ${SIZES.bundled} plans`, ['lint', bundled]),
      node(`read and parse the same files with eemeli/yaml`, [PARSE_ONLY, bundled]),
      spectral(`Spectral lint, the same ${SIZES.bundled} plans`, ruleset, `${bundled}/**/plan-*.yaml`),
    ],
    ROUNDS.p2,
  );
  }
  if (wanted('P3')) {
  log(`bench: P3, ${SIZES.small} and ${SIZES.large} plans`);
  [r.lintSmall, r.lintLarge, r.reportSmall, r.reportLarge] = measureTogether(
    'P3',
    [
      plan(`plan lint, ${SIZES.small} plans`, ['lint', small]),
      plan(`plan lint, ${SIZES.large} plans`, ['lint', large]),
      plan(`plan report, ${SIZES.small} plans`, ['report', small, '--quarter', QUARTER]),
      plan(`plan report, ${SIZES.large} plans`, ['report', large, '--quarter', QUARTER]),
    ],
    ROUNDS.p3,
  );
  }
  if (wanted('P4')) {
  log(`bench: P4, ${SIZES.bundled} plans in git`);
  [r.lintGit, r.reportGit] = measureTogether(
    'P4',
    [
      plan(`plan lint, ${SIZES.bundled} plans in git`, ['lint', bundledGit]),
      plan(`plan report, the same plans, each compared with last quarter's version`, ['report', bundledGit, '--quarter', QUARTER]),
    ],
    ROUNDS.p4,
  );
  }
  if (wanted('P5')) Object.assign(r, measureExport(large));

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const run = {
    format: FORMAT,
    quick: QUICK,
    date: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 1000),
    machine: `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${process.platform} ${process.arch}`,
    node: process.version,
    memoryBy: MEMORY_BY,
    bundledPlans: bundledPlans().length,
    sizes: SIZES,
    files: { bundled: yamlFileCount(bundled) },
    quarter: QUARTER,
    runs: r,
  };
  run.targets = targetsOf(run, ONLY);
  if (ONLY !== undefined) return run;
  writeFileSync(RAW, `${JSON.stringify(run, null, 2)}\n`);
  return run;
}

let run;
if (RENDER) {
  run = existsSync(RAW) ? JSON.parse(readFileSync(RAW, 'utf8')) : undefined;
  if (run?.format !== FORMAT) fail(`there are no results of this script to render (${relative(ROOT, RAW)} is ${run ? 'from an older script' : 'missing'})`, `run npm run bench${QUICK ? ':quick' : ''} first`);
} else {
  run = collect();
}
if (ONLY !== undefined) {
  for (const [k, x] of Object.entries(run.runs)) log(`  ${k}: ${x.label}: median ${x.median.toFixed(3)} s, fastest ${x.min.toFixed(3)} s, peak ${x.peakMb.toFixed(0)} MB, exit ${x.statuses.join('/')}`);
  for (const t of run.targets) log(`  ${t.id} ${t.met ? 'met' : 'NOT MET'}: ${t.what}: ${t.value.toFixed(2)} (limit ${t.limit})`);
  process.exit(0);
}
writeFileSync(PAGE, render(run));
log(`bench: wrote ${relative(ROOT, PAGE)} and ${relative(ROOT, RAW)}${run.seconds ? ` (measured in ${run.seconds} s)` : ''}`);
for (const t of run.targets) log(`  ${t.id} ${t.met ? 'met' : 'NOT MET'}: ${t.what}: ${t.value.toFixed(2)} (limit ${t.limit})`);
