// Offline and installable: the service worker precaches the build, the page
// works with the network gone (Chromium's offline mode, and the server
// stopped), and a new build is offered with a quiet "reload" prompt.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { serveDirectory } from './static-server.mjs';
import { launchBrowser, openPage } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const distDir = process.env.DIST_DIR ?? join(here, '..', '..', 'dist');
const screenshotDir = join(here, 'screenshots');
mkdirSync(screenshotDir, { recursive: true });
const SUB_PATH = '/wiki/tools/open-or-closed/';
const REQUESTS = 'input[name="workload.requests_per_month"]';
const CLOSED_TOTAL = '[data-testid="total-closed_api"]';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Loads the page and waits until its service worker controls it. */
async function loadControlled(url) {
  const opened = await openPage(browser, url);
  await opened.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  return opened;
}

let volume = 45_000_000;

/** The page computes: a new volume changes the closed route's total. (Each
 * call types another volume: the last one typed is saved and comes back.) */
async function assertComputes(page) {
  await page.locator(CLOSED_TOTAL).waitFor();
  const before = await page.locator(CLOSED_TOTAL).textContent();
  volume += 5_000_000;
  await page.locator(REQUESTS).fill(String(volume));
  await page.waitForFunction(([selector, old]) => document.querySelector(selector)?.textContent !== old, [CLOSED_TOTAL, before]);
}

describe('offline', () => {
  test('the manifest makes the page installable, with SVG icons', async () => {
    const manifest = JSON.parse(await readFile(join(distDir, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((icon) => icon.type === 'image/svg+xml' && icon.purpose === 'any'));
    for (const icon of manifest.icons) await readFile(join(distDir, icon.src));
    const worker = await readFile(join(distDir, 'service-worker.js'), 'utf8');
    assert.doesNotMatch(worker, /__BUILD_(VERSION|FILES)__/, 'the build filled in the worker');
  });

  test('Chromium finds the page installable (manifest, icons, service worker)', async () => {
    const server = await serveDirectory(distDir, SUB_PATH);
    const { context, page, problems } = await loadControlled(server.url);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito, which alone rules out installing: every other check must pass.
    assert.deepEqual(installabilityErrors.filter((error) => error.errorId !== 'in-incognito'), []);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${server.url}manifest.webmanifest`);
    assert.deepEqual(errors, []);
    assert.deepEqual(problems, []);
    await context.close();
    await server.close();
  });

  test('after one visit the page loads and computes with the network off, then with the server stopped', async () => {
    const server = await serveDirectory(distDir, SUB_PATH);
    const { context, page, problems } = await loadControlled(server.url);
    // Every file of the build is in the cache.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    assert.ok(cached.some((path) => path.endsWith('.wasm')), `no wasm in ${cached}`);
    assert.ok(cached.includes(`${SUB_PATH}index.html`));

    await context.setOffline(true);
    await page.reload();
    await assertComputes(page);
    await page.goto(`${server.url}?embed=1`);
    await assertComputes(page);
    await context.setOffline(false);

    await server.close();
    await page.goto(server.url);
    await assertComputes(page);
    // A stopped server makes the browser log failed requests; nothing else may appear.
    assert.deepEqual(problems.filter((problem) => !problem.includes('net::ERR_CONNECTION_REFUSED')), []);
    await context.close();
  });

  test('a new build is offered with a prompt, and reloading switches to it and drops the old cache', async () => {
    // A copy of the build that the test can "deploy" over.
    const root = await mkdtemp(join(tmpdir(), 'ooc-update-'));
    await cp(distDir, root, { recursive: true });
    const server = await serveDirectory(root, '/');
    const { context, page, problems } = await loadControlled(server.url);
    const firstCaches = await page.evaluate(() => caches.keys());
    assert.equal(await page.locator('[data-testid="update-banner"]').count(), 0, 'no prompt on the first install');

    // A new build: the worker's bytes change (its version does with every build).
    const workerPath = join(root, 'service-worker.js');
    const worker = await readFile(workerPath, 'utf8');
    await writeFile(workerPath, worker.replace(/const BUILD_VERSION = "([0-9a-f]+)"/, 'const BUILD_VERSION = "$1-next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const banner = page.locator('[data-testid="update-banner"]');
    await banner.waitFor({ timeout: 15000 });
    assert.match(await banner.textContent(), /new version/);
    await page.screenshot({ path: join(screenshotDir, 'update-prompt-1280.png') });
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
    await page.locator(CLOSED_TOTAL).waitFor();
    assert.equal(await banner.count(), 0);
    const nowCaches = await page.evaluate(() => caches.keys());
    assert.equal(nowCaches.length, 1);
    assert.notDeepEqual(nowCaches, firstCaches, 'the old build’s cache is gone');
    assert.match(nowCaches[0], /-next$/);
    assert.deepEqual(problems, []);
    await context.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  });
});
