// Nothing in, nothing out: the page's Content-Security-Policy holds with zero
// violations, blocks injected code, and a whole session talks to no origin but
// the page's own. The build refers to nothing by an absolute URL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveDirectory } from './static-server.mjs';
import { launchBrowser, openPage } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const distDir = process.env.DIST_DIR ?? join(here, '..', '..', 'dist');
const PRESETS = ['academic-research', 'startup-internal-tool', 'bank-customer-assistant', 'ml-platform-high-volume', 'air-gapped-government'];

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveDirectory(distDir, '/wiki/tools/open-or-closed/');
});
after(async () => {
  await server?.close();
  await browser?.close();
});

/** Records CSP violations as the page reports them (before any script of the page runs). */
async function recordViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.effectiveDirective}: ${event.blockedURI}`);
    });
  });
}

/** A session as a person would have it: every preset, typing, a bad value, a drop-down, the theme, a scenario, a share link, the exports. */
async function useThePage(page) {
  for (const preset of PRESETS) {
    await page.click(`[data-preset="${preset}"]`);
    await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
  }
  const requests = page.locator('input[name="workload.requests_per_month"]');
  await requests.fill('2,500,000');
  await requests.fill('lots');
  await requests.fill('900000');
  await page.locator('#section-routes > summary').click();
  await page.locator('select[name="routes.self_hosted.deployment"]').selectOption('owned');
  await page.locator('[data-testid="assumptions"] summary').click();
  await page.locator('input[name="assumptions.compute.pue"]').fill('1.5');
  await page.getByRole('button', { name: 'Dark' }).click();
  await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
  // Scenarios, a share link and every export.
  await page.fill('#scenario-name', 'Session <img src=x>');
  await page.getByRole('button', { name: 'Save as new scenario' }).click();
  await page.click('[data-testid="copy-link"]');
  await page.locator('[data-testid="notice-link"]').waitFor();
  for (const testid of ['export-json', 'export-markdown', 'export-csv']) {
    await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  }
}

describe('nothing in, nothing out', () => {
  test('the page carries a strict policy: no unsafe-eval, no unsafe-inline, only its own origin', async () => {
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    assert.ok(policy, 'no CSP meta in index.html');
    assert.doesNotMatch(policy, /'unsafe-eval'|'unsafe-inline'|\*|https?:/);
    assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
    assert.match(policy, /connect-src 'self'/);
    assert.match(policy, /default-src 'none'/);
    // The meta comes before every script, so it covers them all.
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));
  });

  test('a whole session: zero CSP violations and no request to any other origin', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    await recordViolations(context);
    const origins = new Set();
    // blob: URLs (the downloads) carry the page's own origin.
    context.on('request', (request) => origins.add(new URL(request.url()).origin));
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(server.url);
    await useThePage(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    assert.deepEqual([...origins], [new URL(server.url).origin]);
    await context.close();
  });

  test('injected inline code is blocked by the policy', async () => {
    const context = await browser.newContext();
    await recordViolations(context);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('[data-testid="total-closed_api"]').waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      const image = document.createElement('img');
      image.src = 'https://example.invalid/pixel.png';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return window.__injected === true;
    });
    assert.equal(ran, false, 'an injected inline script ran');
    const violations = await page.evaluate(() => window.__violations);
    assert.ok(violations.some((violation) => violation.startsWith('script-src')), violations.join('; '));
    assert.ok(violations.some((violation) => violation.startsWith('img-src')), violations.join('; '));
    await context.close();
  });

  test('user text is shown as text, never as HTML', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    // Typed into a number field, markup comes back inside the error message as text.
    const markup = '<img src=x onerror="window.__owned=1">';
    await page.locator('input[name="workload.requests_per_month"]').fill(markup);
    const error = page.locator('#field-workload\\.requests_per_month-error');
    await error.waitFor();
    assert.ok((await error.textContent()).includes(markup));
    assert.equal(await error.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__owned), undefined);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the build refers to its files by relative URLs only', async () => {
    for (const file of await readdir(distDir)) {
      if (!['.html', '.css', '.js', '.webmanifest'].includes(extname(file))) continue;
      const text = await readFile(join(distDir, file), 'utf8');
      assert.doesNotMatch(text, /\b(?:src|href)\s*=\s*["']?\//, `${file}: an absolute path`);
      assert.doesNotMatch(text, /url\(\s*["']?\//, `${file}: an absolute url()`);
      // Any full URL must be a comment or an XML namespace, never something fetched.
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'`)]+/g)) {
        assert.ok(/^http:\/\/www\.w3\.org\/|^https:\/\/developer\.mozilla\.org\//.test(url), `${file}: ${url}`);
      }
    }
  });
});
