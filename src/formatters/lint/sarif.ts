/**
 * SARIF 2.1.0, for code-scanning dashboards. Every rule that can report is listed under the driver; each lint
 * rule links to its page in the published package of this version (the ids made up here for YAML, schema and
 * file faults, and for unused directives, have no page and no link).
 */
import { PACKAGE_PAGE } from '../../util/package-links.js';
import type { LintFormatter } from './types.js';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };

const sarif: LintFormatter = (report, { version }) => {
  const rules = [...report.rules];
  for (const d of report.diagnostics) {
    if (!rules.some((r) => r.id === d.ruleId)) {
      const family = d.ruleId.split('/')[0];
      const description = family === 'yaml' ? `YAML syntax: ${d.ruleId.slice(5)}` : family === 'schema' ? 'The plan does not match the plan schema' : family === 'file' ? 'The file cannot be read as a plan' : d.ruleId;
      rules.push({ id: d.ruleId, description, severity: 'error' });
    }
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            version,
            informationUri: PACKAGE_PAGE,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ? ch.toUpperCase() : '')).replace(/^./, (ch) => ch.toUpperCase()),
              shortDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.severity] ?? 'warning' },
              ...(r.helpUri ? { helpUri: r.helpUri } : {}),
            })),
          },
        },
        artifacts: report.files.map((f) => ({ location: { uri: encodeURI(f), uriBaseId: '%SRCROOT%' } })),
        results: report.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: index.get(d.ruleId) ?? 0,
          level: LEVEL[d.severity] ?? 'warning',
          message: { text: d.hint ? `${d.message} (${d.hint})` : d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column : 1) },
              },
            },
          ],
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
export default sarif;
