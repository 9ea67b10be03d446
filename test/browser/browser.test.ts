/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core. No console errors, the
 * heat map and PI charts render, axe-core finds no WCAG 2.2 A or AA violation, the page never scrolls sideways
 * at 1280 or 390 px, and screenshots are kept in test/artifacts/. In CI a missing Chromium is
 * a failure, not a skip; elsewhere the test is skipped with the reason.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan } from '../helpers.js';

const CHROMIUM = process.env.PLAN_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

describe('HTML report in headless Chromium', () => {
  if (!available && process.env.CI) {
    it('needs Chromium in CI', () => {
      throw new Error(`Chromium is not installed at ${CHROMIUM}: .ci/run installs Debian's chromium package`);
    });
    return;
  }
  if (!available) {
    it.skip(`skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`, () => {});
    return;
  }

  type Browser = import('playwright-core').Browser;
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders without console errors, with the heat map and charts, and keeps a screenshot', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'report-2015-16-q3.html');
    const r = runPlan(['report', 'plans/plymouth', 'plans/vale-of-glamorgan', 'plans/southend', '--quarter', '2015/16 Q3', '--format', 'html', '--out', file]); // Plymouth's actuals: PI charts
    expect(r.code, r.stderr).toBe(0);
    const southendFile = join(ARTIFACTS, 'report-southend-2017-18-q4.html');
    writeFileSync(southendFile, runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4', '--format', 'html']).stdout);

    for (const [html, shot, expectCharts, expectHeatmap] of [[file, 'report-2015-16-q3.png', true, false], [southendFile, 'report-southend-2017-18-q4.png', false, true]] as const) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`file://${html}`, { waitUntil: 'load' });
      expect(await page.title()).toMatch(/Quarterly performance report/);
      if (expectHeatmap) {
        expect(await page.locator('svg.heatmap').count()).toBeGreaterThan(0);
        expect(await page.locator('svg.heatmap rect').count()).toBeGreaterThanOrEqual(16);
        expect(await page.locator('svg.heatmap text', { hasText: 'LS1, LS3' }).count()).toBe(1);
      }
      if (expectCharts) {
        // drawn by Vega at build time: an image with a name, lines and points, and a caption with the numbers
        const chart = page.locator('.charts figure svg[role="img"]');
        expect(await chart.count()).toBeGreaterThan(0);
        expect(await chart.first().locator('path').count()).toBeGreaterThan(0);
        expect(await page.locator('.charts figcaption').first().innerText()).toMatch(/Figures: .*\d/);
        expect(await chart.first().locator('text', { hasText: 'Quarter' }).count()).toBeGreaterThan(0);
        // the x axis names the quarter each figure falls in (2015/16 Q2), not the year alone
        expect(await page.locator('.charts svg tspan', { hasText: /^\d{4}\/\d{2} Q\d$/ }).count()).toBeGreaterThan(0);
      }
      // the stylesheet was applied (the CSP admits it by hash): table headers get their background
      const th = await page.locator('th').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(th).toBe('rgb(238, 238, 238)');
      // RAG or status is given in words as well as colour
      expect(await page.locator('body').innerText()).toMatch(/Overdue|On track|No update this quarter|Green|Red|Amber|No target/);
      const png = join(ARTIFACTS, shot);
      await page.screenshot({ path: png, fullPage: true });
      expect(statSync(png).size).toBeGreaterThan(10_000);
      expect(problems).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('the report of the bundled plans has no WCAG 2.2 A or AA violation, and no sideways scroll at 1280 and 390 px', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'report-bundled-2015-16-q3.html');
    const r = runPlan(['report', 'plans', '--quarter', '2015/16 Q3', '--format', 'html', '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    const axe = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      // the page's CSP allows no script of its own; axe is added through the DevTools protocol, which it does not bind
      await page.evaluate(axe);
      const result = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
      )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[]; passes: unknown[] };
      const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
      expect(violations, `at ${width} px`).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(0);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, `horizontal scroll at ${width} px`).toBeLessThanOrEqual(clientWidth);
      const png = join(ARTIFACTS, `report-bundled-${width}.png`);
      await page.screenshot({ path: png, fullPage: true });
      expect(statSync(png).size).toBeGreaterThan(10_000);
      // summary first, exceptions second: the order a committee reads
      expect(await page.locator('main h2').evaluateAll((hs) => hs.map((h) => h.id))).toEqual(['summary', 'exceptions', 'detail', 'risks', 'changes']);
      await page.close();
    }
  }, 120_000);
});
