/**
 * Headless Chromium for the browser tests: the system's package (Debian `chromium`) driven by playwright-core,
 * which downloads no browser. One launch per test file; a fresh empty profile in the temp directory; every
 * background connection Chromium would make switched off (the machine reaches no network, and must not try).
 *
 * A missing Chromium fails the tests that need it — unless RECEDEN_SKIP_BROWSER_TESTS=1 says they cannot run
 * here (see the README, "Browser tests").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll } from 'vitest';
import { outsideReads } from '../setup/no-outside-reads.js';

/**
 * What playwright-core reads of the system to tell the host platform (Linux distribution and kernel): not
 * test data, and present on every Linux. The guard refuses them (playwright does without), and they are taken
 * back from its list so that they do not fail the test file; any other outside read still does.
 */
const PLATFORM_PROBES = new Set(['/proc/version', '/etc/os-release', '/usr/lib/os-release', '/etc/lsb-release']);

function forgetPlatformProbes(from: number): void {
  const kept = outsideReads.slice(from).filter((p) => !PLATFORM_PROBES.has(p));
  outsideReads.splice(from, outsideReads.length - from, ...kept);
}
// Before the guard's own check at the end of the file (after-hooks run last registered first).
afterAll(() => forgetPlatformProbes(0));

/** True when the browser tests are explicitly skipped. */
export const SKIP_BROWSER = process.env.RECEDEN_SKIP_BROWSER_TESTS === '1';

export const CHROMIUM = process.env.RECEDEN_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/** Fails, with what to do, when a system tool the browser tests need is missing. */
export function requireTool(name: string, path?: string): void {
  const found = path ? existsSync(path) : (() => {
    try {
      execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (!found) throw new Error(`${path ?? name} is missing: run \`sh test/setup/system-deps.sh\` (or set RECEDEN_SKIP_BROWSER_TESTS=1 to skip the browser tests)`);
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launch Chromium with a fresh empty profile; `downloads` lets pages download files. */
export async function launch(): Promise<Browser> {
  requireTool('chromium', CHROMIUM);
  const profile = mkdtempSync(join(tmpdir(), 'receden-chromium-'));
  const before = outsideReads.length;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1100, height: 900 },
    locale: 'ja-JP',
    offline: true,
  });
  forgetPlatformProbes(before);
  return {
    context,
    async close() {
      await context.close();
      forgetPlatformProbes(0);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where a screenshot goes: docs/img/ with UPDATE_SCREENSHOTS=1 (for the README), else the temp directory. */
export function screenshotPath(root: string, name: string): string {
  return process.env.UPDATE_SCREENSHOTS === '1' ? join(root, 'docs', 'img', name) : join(mkdtempSync(join(tmpdir(), 'receden-shot-')), name);
}

/**
 * Elements of `selector` (and the page itself) wider than their container: what a layout that overflows the
 * page width shows. Empty when everything fits.
 */
export const OVERFLOW_PROBE = `(() => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 1) out.push('page ' + document.documentElement.scrollWidth + ' > ' + vw);
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > vw + 1) out.push(e.tagName + '.' + e.className + ' right ' + Math.round(r.right) + ' > ' + vw);
  }
  return out.slice(0, 10);
})()`;
