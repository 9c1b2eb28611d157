/** Headless Debian Chromium driven by playwright-core (no downloaded browser builds). */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A missing Chromium skips the browser tests, unless EMPATHY_REQUIRE_BROWSER=1 (.ci/run sets it after installing Chromium). */
export const RUN_BROWSER = existsSync(CHROMIUM) || process.env.EMPATHY_REQUIRE_BROWSER === '1';

/** A fresh profile directory each time (playwright takes it as the persistent context's directory). */
export function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'empathy-chromium-')), {
    executablePath: CHROMIUM,
    viewport: { width: 1280, height: 900 },
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
