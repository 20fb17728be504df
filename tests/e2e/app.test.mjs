// End-to-end tests: the release build, served on 127.0.0.1, driven in Chromium
// as a person would use it. Run by `./dev test` (layer 3) after `trunk build --release`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

import { serveDirectory } from './static-server.mjs';
import { launchBrowser, openPage } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const distDir = process.env.DIST_DIR ?? join(here, '..', '..', 'dist');
const screenshotDir = join(here, 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

const REQUESTS = 'input[name="workload.requests_per_month"]';
const TOKENS = 'input[name="workload.tokens_per_request"]';
const FIGURE = '[data-testid="monthly-cost"]';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const basePath of ['/', '/wiki/tools/open-or-closed/']) {
  describe(`served from ${basePath}`, () => {
    let server;
    before(async () => {
      server = await serveDirectory(distDir, basePath);
    });
    after(async () => {
      await server?.close();
    });

    test('the app mounts with no console errors and the default figure', async () => {
      const { context, page, problems } = await openPage(browser, server.url);
      await page.locator('h1').waitFor();
      assert.equal(await page.locator('h1').textContent(), 'Open or Closed?');
      // 1,000,000 requests x 1,500 tokens x $6.00 per 1M tokens = $9,000.00.
      assert.equal(await page.locator(FIGURE).textContent(), '$9,000.00');
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

describe('using the page', () => {
  let server;
  before(async () => {
    server = await serveDirectory(distDir, '/');
  });
  after(async () => {
    await server?.close();
  });

  test('typing changes the figure', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.locator(REQUESTS).fill('2,500,000');
    // 2.5 M x 1,500 = 3,750 M tokens x $6.00 = $22,500.00.
    await assertText(page, FIGURE, '$22,500.00');
    await page.locator(TOKENS).fill('400');
    // 2.5 M x 400 = 1,000 M tokens x $6.00 = $6,000.00.
    await assertText(page, FIGURE, '$6,000.00');
    // Typing key by key, as a person does, also updates on every keystroke.
    await page.locator(TOKENS).fill('');
    await page.locator(TOKENS).pressSequentially('80');
    // 2.5 M x 80 = 200 M tokens x $6.00 = $1,200.00.
    await assertText(page, FIGURE, '$1,200.00');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('bad input shows the message and keeps the last figure', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const requests = page.locator(REQUESTS);
    await requests.fill('12 thousand');
    const error = page.locator('.field__error');
    await error.waitFor();
    assert.match(await error.textContent(), /“12 thousand” is not allowed: enter a number from 0 to 1,000,000,000,000 requests per month\./);
    assert.equal(await requests.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator(FIGURE).textContent(), '$9,000.00');
    assert.equal(await requests.inputValue(), '12 thousand');
    await requests.fill('12000');
    await error.waitFor({ state: 'detached' });
    assert.equal(await requests.getAttribute('aria-invalid'), 'false');
    // 12,000 x 1,500 = 18 M tokens x $6.00 = $108.00.
    await assertText(page, FIGURE, '$108.00');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('full-page screenshots at desktop and phone widths, light and dark, valid and invalid', async () => {
    const shots = [
      ['desktop-1280', { viewport: { width: 1280, height: 800 } }, null],
      ['phone-375', { viewport: { width: 375, height: 740 } }, null],
      ['phone-360-dark-invalid', { viewport: { width: 360, height: 740 }, colorScheme: 'dark' }, 'abc'],
    ];
    for (const [name, options, badRequests] of shots) {
      const { context, page, problems } = await openPage(browser, server.url, options);
      await page.locator(FIGURE).waitFor();
      if (badRequests !== null) {
        await page.locator(REQUESTS).fill(badRequests);
        await page.locator('.field__error').waitFor();
      }
      const file = join(screenshotDir, `quick-estimate-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // Nothing may overflow the viewport horizontally.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: page is ${overflow}px wider than the viewport`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});

async function assertText(page, selector, expected) {
  const locator = page.locator(selector);
  await locator.filter({ hasText: expected }).waitFor({ timeout: 5000 }).catch(() => {});
  assert.equal(await locator.textContent(), expected);
}
