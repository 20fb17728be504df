// The single-file build: one HTML file, opened from disk (file://) with the
// network off, works and computes, makes no request, and breaks no CSP rule.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { launchBrowser } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const singleFile = process.env.SINGLE_FILE ?? join(here, '..', '..', 'dist-single', 'open-or-closed.html');

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('the single-file build', () => {
  test('opened from disk and offline, it computes, and requests nothing', async () => {
    await stat(singleFile);
    const context = await browser.newContext({ offline: true });
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.effectiveDirective}: ${event.blockedURI}`));
    });
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const url = pathToFileURL(singleFile).href;
    await page.goto(`${url}?embed=1`);
    const total = page.locator('[data-testid="total-closed_api"]');
    await total.waitFor();
    const before = await total.textContent();
    await page.locator('input[name="workload.requests_per_month"]').fill('45000000');
    await page.waitForFunction((old) => document.querySelector('[data-testid="total-closed_api"]').textContent !== old, before);
    await page.click('[data-preset="bank-customer-assistant"]');
    await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
    assert.equal(await page.locator('[data-testid="verdict"]').getAttribute('data-route'), 'closed_api');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-embed')), true);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    // Only the file itself (and data: URLs, which never leave the page).
    assert.deepEqual(requests.filter((request) => !request.startsWith('data:')), [`${url}?embed=1`]);
    await context.close();
  });

  test('the file is self-contained: no reference to another file', async () => {
    const html = await readFile(singleFile, 'utf8');
    assert.doesNotMatch(html, /<(?:script|link|img)\b[^>]*\b(?:src|href)="(?!data:)/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    assert.doesNotMatch(html.match(/Content-Security-Policy" content="([^"]+)"/)[1], /'unsafe-inline'|'unsafe-eval'/);
  });
});
