// The targets of the redesign issue, judged from a run's figures, and the one-page results file.

/** The shape of results.json this script writes; --render refuses results of another shape. */
export const FORMAT = 3;

/** Which runs belong to which target, in the order the page lists them. */
const GROUPS = {
  P1: ['node', 'lintOne', 'ajvOne', 'spectralOne'],
  P2: ['lintBundled', 'parseBundled', 'spectralBundled'],
  P3: ['lintSmall', 'lintLarge', 'reportSmall', 'reportLarge'],
  P4: ['lintGit', 'reportGit'],
  P5: ['lintLargeP5', 'exportLarge', 'queryLarge'],
};

/** Each target: what is measured, its value, its limit (every limit is a maximum) and whether it is met. */
export function targetsOf(run, only) {
  const { runs: r, sizes: s } = run;
  // With only, a target outside that group is left out before its value is read (its runs were not made).
  const skip = (id) => only !== undefined && !id.startsWith(only);
  const ratio = (id, what, a, b, limit) => (skip(id) ? undefined : { id, what, kind: 'ratio', of: [a, b], value: r[a].median / r[b].median, limit });
  const memory = (id, what, a, limit) => (skip(id) ? undefined : { id, what, kind: 'memory', of: [a], value: r[a].peakMb, limit });
  const targets = [
    ratio('P1', 'plan lint of one bundled plan, cold, ÷ `node -e 0`', 'lintOne', 'node', 2.0),
    ratio('P2a', `plan lint of ${s.bundled} plans ÷ reading and parsing the same files with eemeli/yaml`, 'lintBundled', 'parseBundled', 1.3),
    ratio('P2b', `plan lint ÷ Spectral (the plan schema) on the same ${s.bundled} plans`, 'lintBundled', 'spectralBundled', 0.3),
    ratio('P3a', `plan lint, time for ${s.large} plans ÷ time for ${s.small}`, 'lintLarge', 'lintSmall', 11),
    ratio('P3b', `plan report, time for ${s.large} plans ÷ time for ${s.small}`, 'reportLarge', 'reportSmall', 11),
    memory('P3c', `plan lint of ${s.large} plans, peak memory (MB)`, 'lintLarge', 256),
    memory('P3d', `plan report of ${s.large} plans, peak memory (MB)`, 'reportLarge', 256),
    ratio('P4', `plan report ÷ plan lint on ${s.bundled} plans in git, each compared with last quarter's version`, 'reportGit', 'lintGit', 2.5),
    ratio('P5a', `plan export of ${s.large} plans to Parquet ÷ plan lint of the same plans`, 'exportLarge', 'lintLargeP5', 1.5),
    ratio('P5b', `a DuckDB query across all ${s.large} plans' Parquet (measures by council) ÷ the export`, 'queryLarge', 'exportLarge', 0.1),
    memory('P5c', `plan export of ${s.large} plans to Parquet, peak memory (MB)`, 'exportLarge', 512),
  ].filter((t) => t !== undefined);
  for (const t of targets) t.met = t.value <= t.limit;
  return targets;
}

const sec = (x) => `${x.median.toFixed(3)} s`;
const limitText = (t) => (t.kind === 'ratio' ? `≤ ${t.limit}×` : `≤ ${t.limit} MB`);
const valueText = (t) => (t.kind === 'ratio' ? `${t.value.toFixed(2)}×` : `${t.value.toFixed(0)} MB`);

/** One line on a target not met, with this run's own figures. */
function unmet(t, r) {
  if (t.kind === 'memory') {
    const a = r[t.of[0]];
    return `- **${t.id}** (${valueText(t)}, limit ${limitText(t)}): ${a.label} peaked at ${a.peakMb.toFixed(0)} MB, ${(a.peakMb - t.limit).toFixed(0)} MB over.`;
  }
  const [a, b] = t.of.map((k) => r[k]);
  const allowed = t.limit * b.median;
  return `- **${t.id}** (${valueText(t)}, limit ${limitText(t)}): ${a.label} took ${sec(a)} against ${sec(b)} for ${b.label.replace(/^./, (c) => c.toLowerCase())}; the limit allows ${allowed.toFixed(3)} s, ${((a.median - allowed) * 1000).toFixed(0)} ms less.`;
}

/** The results page: date, machine, Node, how it was measured, the runs, the targets and a line on each unmet one. */
export function render(run) {
  const { runs: r, sizes: s, targets } = run;
  const missed = targets.filter((t) => !t.met);
  const exit = (x) => x.statuses.join(', ');
  return `${[
    '# Benchmark results',
    '',
    `- Date: ${run.date}`,
    `- Mode: ${run.quick ? 'quick (`npm run bench:quick`): smaller corpora and fewer runs than the full run the targets are judged by' : 'full (`npm run bench`)'}; measured in ${run.seconds} s`,
    `- Machine: ${run.machine}`,
    `- Node ${run.node}`,
    `- Method: every run is a cold process (a new \`node\`), timed by the benchmark from start to exit, output discarded; the figure is the median of the runs shown, after one untimed round. The runs of a target go side by side: each command once a round, in turn, the order reversed every other round, so that the machine's drift falls on every side alike. Peak memory: the largest resident set of any run, by ${run.memoryBy}.`,
    `- Corpora (bench/corpus, ignored by git): N plans made from the ${run.bundledPlans} bundled plans (plan i is bundled plan i mod ${run.bundledPlans} with its own id), with each council's register (${s.bundled} plans: ${run.files.bundled} files); the ${s.bundled} also as a git repository, committed on 2016-12-01 and every plan revised on 2017-02-01, so that the report for ${run.quarter} compares each plan with its version at the end of the quarter before.`,
    '- Spectral runs `spectral lint` with bench/spectral-ruleset.yaml (the `schema` function with schemas/plan.schema.json, `dialect: auto`, all errors), the schema written in place of its `$ref` (Spectral ignores a `$ref` there); before timing, the benchmark checks that it reports a broken plan and passes a bundled one. ajv-cli and Spectral on one plan are context for P1, not targets. ajv-cli exits 1: it reads YAML with js-yaml, whose YAML 1.1 types make unquoted dates Date objects, which the schema\'s `type: string` refuses; it still parses and validates the whole file, the work being timed.',
    '',
    '## Runs',
    '',
    '| target | run | command | median (s) | fastest (s) | runs | peak memory (MB) | exit |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...Object.entries(GROUPS).flatMap(([id, keys]) =>
      keys.map((k) => r[k]).map((x) => `| ${id} | ${x.label} | \`${x.command}\` | ${x.median.toFixed(3)} | ${x.min.toFixed(3)} | ${x.runs} | ${x.peakMb.toFixed(0)} | ${exit(x)} |`),
    ),
    '',
    '## Targets',
    '',
    '| target | measure | value | limit | result |',
    '| --- | --- | ---: | ---: | --- |',
    ...targets.map((t) => `| ${t.id} | ${t.what} | ${valueText(t)} | ${limitText(t)} | ${t.met ? 'met' : '**not met**'} |`),
    '',
    '## Not met',
    '',
    ...(missed.length === 0 ? ['Every target is met in this run.'] : missed.map((t) => unmet(t, r))),
    ...(run.quick && missed.length > 0 ? ['', 'This is a quick run: the targets are judged by the full run (`npm run bench`).'] : []),
  ].join('\n')}\n`;
}
