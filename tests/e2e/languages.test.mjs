// The page in Hindi and Chinese, as their readers see it: ?lang= in the address, the picker in the
// header, the browser's own languages, remembered in this browser; <html lang>; the verdict in the
// language's script; rupees in लाख / करोड़ and yuan in 万 / 亿; nothing overflows at 360 px; axe finds
// nothing serious; no console error. Screenshots at 1280 and 360 px in each language.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

import { serveDirectory } from './static-server.mjs';
import { launchBrowser, openPage } from './browser.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const here = dirname(fileURLToPath(import.meta.url));
const distDir = process.env.DIST_DIR ?? join(here, '..', '..', 'dist');
const screenshotDir = join(here, 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

const CURRENCY = 'select[name="currency.display"]';
const CLOSED_TOTAL = '[data-testid="total-closed_api"]';
const LANGUAGES = {
  hi: { tag: 'hi', script: /[\u0900-\u097F]/gu, inr: /लाख|करोड़/u, cny: /लाख|करोड़/u },
  zh: { tag: 'zh-Hans', script: /[\u4E00-\u9FFF]/gu, inr: /万|亿/u, cny: /万|亿/u },
};

/** The share of a text's letters in the language's script (model and vendor names are Latin). */
function scriptShare(text, script) {
  const letters = text.match(/\p{L}/gu) ?? [];
  const inScript = text.match(script) ?? [];
  return letters.length === 0 ? 0 : inScript.length / letters.length;
}

async function finishedVerdict(page) {
  const verdict = page.locator('[data-testid="verdict"][aria-busy="false"]');
  await verdict.waitFor();
  return verdict.innerText();
}

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveDirectory(distDir, '/');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('languages', () => {
  for (const [code, lang] of Object.entries(LANGUAGES)) {
    test(`?lang=${code}: <html lang>, the verdict in its script, its number words, no overflow, axe, screenshots`, async () => {
      const { context, page, problems } = await openPage(browser, `${server.url}?lang=${code}`, {
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
      });
      await page.locator(CLOSED_TOTAL).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang.tag);
      const verdict = await finishedVerdict(page);
      assert.ok(scriptShare(verdict, lang.script) > 0.6, `the verdict is not in ${code}: ${verdict}`);

      await page.locator(CURRENCY).selectOption('INR');
      await page.waitForFunction((pattern) => new RegExp(pattern, 'u').test(document.querySelector('[data-testid="total-closed_api"]')?.textContent ?? ''), lang.inr.source);
      await finishedVerdict(page);
      await page.screenshot({ path: join(screenshotDir, `page-${code}-1280.png`), fullPage: true });

      await page.locator(CURRENCY).selectOption('CNY');
      await page.waitForFunction((pattern) => new RegExp(pattern, 'u').test(document.querySelector('[data-testid="total-closed_api"]')?.textContent ?? ''), lang.cny.source);

      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
      await page.addScriptTag({ path: axePath });
      const results = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
      const serious = results.violations
        .filter((violation) => ['serious', 'critical'].includes(violation.impact))
        .map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      assert.deepEqual(serious, []);

      await page.setViewportSize({ width: 360, height: 800 });
      await page.locator(CURRENCY).selectOption('INR');
      await finishedVerdict(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than a 360 px phone`);
      await page.screenshot({ path: join(screenshotDir, `page-${code}-360.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the picker switches the language, and this browser remembers it', async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
    await page.locator(CLOSED_TOTAL).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.locator('.language-picker__select').selectOption('zh');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    assert.ok(scriptShare(await finishedVerdict(page), LANGUAGES.zh.script) > 0.6);
    assert.match(await page.title(), /[\u4E00-\u9FFF]/u);
    await page.reload();
    await page.locator(CLOSED_TOTAL).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    // ?lang= wins over the remembered choice, for that visit.
    await page.goto(`${server.url}?lang=hi`);
    await page.locator(CLOSED_TOTAL).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hi');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the browser's own language is the default", async () => {
    const { context, page, problems } = await openPage(browser, server.url, { locale: 'hi-IN' });
    await page.locator(CLOSED_TOTAL).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hi');
    assert.ok(scriptShare(await finishedVerdict(page), LANGUAGES.hi.script) > 0.6);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
