/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core. No console errors, the
 * heat map and PI charts render, and a screenshot is kept in test/artifacts/. In CI a missing Chromium is
 * a failure, not a skip; elsewhere the test is skipped with the reason.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
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
        expect(await page.locator('svg.chart').count()).toBeGreaterThan(0);
        expect(await page.locator('svg.chart polyline').first().getAttribute('points')).toMatch(/\d/);
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
});
