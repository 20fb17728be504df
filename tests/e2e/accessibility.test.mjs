// Accessibility end to end: axe-core finds no serious or critical violation,
// in light and dark, with the tables and assumptions open; the keyboard reaches
// every control, and focus is visible.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

import { serveDirectory } from './static-server.mjs';
import { launchBrowser, openPage } from './browser.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const here = dirname(fileURLToPath(import.meta.url));
const distDir = process.env.DIST_DIR ?? join(here, '..', '..', 'dist');

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

async function openEverything(page) {
  // Every collapsed section, table and the assumptions panel, so axe sees all of it.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
}

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no serious or critical violation (${colorScheme})`, async () => {
      // axe is injected as an inline script, which the page's own CSP rightly blocks: let the test tool in.
      const { context, page, problems } = await openPage(browser, server.url, { colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
      await page.locator('[data-testid="total-closed_api"]').waitFor();
      await page.click('[data-preset="bank-customer-assistant"]');
      await openEverything(page);
      await page.addScriptTag({ path: axePath });
      const results = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
      const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
      const describe = serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      assert.deepEqual(describe, []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the keyboard reaches every control, with a visible focus', async () => {
    const { context, page } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
    await page.locator('[data-testid="total-closed_api"]').waitFor();
    await openEverything(page);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, button, summary, [tabindex]:not([tabindex="-1"])')]
        .filter((element) => element.getClientRects().length > 0)
        .map((element, index) => { element.dataset.controlIndex = String(index); return String(index); }));
    // The form's fields, presets, theme switch, chart tables and the assumptions: well over a hundred.
    assert.ok(controls.length > 100, `only ${controls.length} controls found`);
    const reached = new Set();
    let outlineSeen = false;
    for (let step = 0; step < controls.length + 20; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        const style = element ? getComputedStyle(element) : null;
        const wrapper = element?.closest('.field__control');
        const visible = (style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
          || (wrapper && getComputedStyle(wrapper).outlineStyle !== 'none');
        return { index: element?.dataset.controlIndex ?? null, visible: Boolean(visible) };
      });
      if (focused.index !== null) {
        reached.add(focused.index);
        outlineSeen ||= focused.visible;
        if (!focused.visible) assert.fail(`control ${focused.index} has no visible focus`);
      }
    }
    const missed = controls.filter((index) => !reached.has(index));
    assert.deepEqual(missed, [], `controls the keyboard never reached: ${missed.length}`);
    assert.ok(outlineSeen);
    await context.close();
  });
});
