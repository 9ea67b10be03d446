/**
 * The name plan is published under on the npm registry (the command stays `plan`), and the links made from
 * it: the package's page, and each rule's page inside the published package, of the version that reported
 * it. There is no public source repository yet, so nothing links to one. test/cli/package.test.ts holds
 * PACKAGE_NAME to package.json.
 */
export const PACKAGE_NAME = 'council-plans';

/** The package's page on the npm registry. */
export const PACKAGE_PAGE = `https://www.npmjs.com/package/${PACKAGE_NAME}`;

/** A rule's page (docs/rules/ID.md, shipped in the package), as published for this version. */
export function ruleHelpUri(ruleId: string, version: string): string {
  return `https://unpkg.com/${PACKAGE_NAME}@${version}/docs/rules/${ruleId}.md`;
}
