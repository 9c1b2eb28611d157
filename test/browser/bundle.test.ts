import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profile } from '../../src/index.js';
import { launch, RUN_BROWSER } from './chromium.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Bundles the core for the browser: any Node built-in in src/ makes this build fail. */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName: 'EmpathyProfile',
    target: 'es2022',
    loader: { '.txt': 'text' },
    define: { __VERSION__: JSON.stringify(version) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const CASES = [
  {
    why: 'a grieving message and a distant reply: findings on both sides',
    prompt: 'My grandmother passed away on Sunday and I feel numb.',
    response: 'As an AI I cannot feel loss. Perhaps consider speaking with a professional.',
  },
  {
    why: 'a markdown reply with code, masked the same way in the browser',
    prompt: 'I am so stressed, my script keeps crashing before the deadline.',
    response:
      "That sounds stressful with the deadline so close. Try this:\n\n```py\nprint('hi')\n```\n\nYou've got this.",
  },
];

describe.runIf(RUN_BROWSER)('the core in a browser', () => {
  let browser: BrowserContext;
  let source: string;
  beforeAll(async () => {
    [browser, source] = await Promise.all([launch(), bundle()]);
  }, 120_000);
  afterAll(async () => browser?.close());

  it('bundles with no Node built-ins', () => {
    expect(source.length).toBeGreaterThan(1000);
    expect(source).not.toMatch(/require\(["']node:/);
  });

  it.each(CASES)(
    'computes the same profile as Node: $why',
    async ({ prompt, response }) => {
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ content: source });
      expect(errors).toEqual([]);
      const inBrowser = await page.evaluate(
        ([p, r]) =>
          (globalThis as unknown as { EmpathyProfile: typeof import('../../src/index.js') }).EmpathyProfile.profile(
            p,
            r,
          ),
        [prompt, response] as const,
      );
      expect(inBrowser).toEqual(profile(prompt, response));
      expect(inBrowser.findings.length).toBeGreaterThan(0);
      expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
      await page.close();
    },
    60_000,
  );
});

describe.runIf(!RUN_BROWSER)('the core in a browser', () => {
  it.skip('needs Chromium (/usr/bin/chromium; .ci/run installs it)', () => {});
});
