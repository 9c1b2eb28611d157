import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareProfileSets } from '../../src/adapters/comparison.js';
import { type ReportRow, renderReport } from '../../src/adapters/report/html.js';
import { chartLibrary } from '../../src/adapters/report/vendor.js';
import { profile } from '../../src/index.js';
import { CARING, COLD, EXCHANGES } from '../adapters/fixtures.js';
import { launch, RUN_BROWSER } from './chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'empathy-report-'));
const rows = (list: typeof EXCHANGES): ReportRow[] =>
  list.map((e, i) => ({ id: e.id, line: i + 1, record: { ...e }, profile: profile(e.prompt, e.response) }));

/** Opens a report with every network request blocked and counted: the page must need none. */
async function open(browser: BrowserContext, html: string, name: string): Promise<{ page: Page; requests: string[] }> {
  const path = join(dir, name);
  writeFileSync(path, html);
  const page = await browser.newPage();
  const requests: string[] = [];
  await page.route(/^(?!file:)/, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(pathToFileURL(path).href);
  await page.waitForSelector('body[data-charts="5"]', { timeout: 20_000 });
  return { page, requests };
}

/** Share of non-transparent pixels of a canvas: a drawn chart has plenty, a blank one none. */
const inked = (page: Page, id: string) =>
  page.evaluate((sel) => {
    const c = document.getElementById(sel) as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) ink++;
    return ink / (c.width * c.height);
  }, id);

describe.runIf(RUN_BROWSER)('the HTML report in Chromium', () => {
  let browser: BrowserContext;
  const chart = chartLibrary();
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => browser?.close());

  it('renders every chart and highlights findings, offline; saves docs/report.png', async () => {
    const all = rows(EXCHANGES);
    const html = renderReport({ title: 'Empathy profile report', rows: all, worst: 4, chartSource: chart.source });
    const { page, requests } = await open(browser, html, 'single.html');
    for (const id of ['chart-dimensions', 'chart-sentimentAttenuation', 'chart-linguisticDistancing']) {
      expect(await inked(page, id)).toBeGreaterThan(0.005);
    }
    // Every highlighted piece is text of a finding's span, and the worst reply's problems are marked.
    const marks = await page.$$eval('article.reply mark.finding.problem', (els) => els.map((e) => e.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    const spans = all.flatMap((r) => r.profile.findings.map((f) => f.span.text));
    for (const m of marks) expect(spans.some((s) => s.includes(m))).toBe(true);
    expect(await page.$$eval('article.reply', (els) => els.length)).toBe(4);
    expect(requests).toEqual([]);
    mkdirSync('docs', { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: 'docs/report.png', fullPage: false });
    await page.close();
  }, 60_000);

  it('shows a comparison side by side, with both legends', async () => {
    const base = rows(CARING);
    const cand = rows(COLD);
    const html = renderReport({
      title: 'Comparison',
      rows: cand,
      baseline: base,
      comparison: compareProfileSets(
        base.map((r) => r.profile),
        cand.map((r) => r.profile),
      ),
      labels: ['caring.jsonl', 'cold.jsonl'],
      chartSource: chart.source,
    });
    const { page, requests } = await open(browser, html, 'pair.html');
    expect(await page.$$eval('.pair', (els) => els.length)).toBe(4);
    expect(await page.$$eval('.pair article', (els) => els.length)).toBe(8);
    expect(await page.$$eval('table.summary tr.worse', (els) => els.length)).toBeGreaterThan(0);
    expect(await inked(page, 'chart-dimensions')).toBeGreaterThan(0.005);
    const datasets = await page.evaluate(() => {
      const w = window as unknown as { Chart: { getChart(id: string): { data: { datasets: unknown[] } } } };
      return w.Chart.getChart('chart-dimensions').data.datasets.length;
    });
    expect(datasets).toBe(2);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});

describe.runIf(!RUN_BROWSER)('the HTML report in Chromium', () => {
  it.skip('needs Chromium (/usr/bin/chromium; .ci/run installs it)', () => {});
});
