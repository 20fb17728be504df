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
const CLOSED_TOTAL = '[data-testid="total-closed_api"]';
const ROUTE_TOTALS = '[data-testid^="total-"]';
const PRESETS = ['academic-research', 'startup-internal-tool', 'bank-customer-assistant', 'ml-platform-high-volume', 'air-gapped-government'];

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

    test('the app mounts with no console errors and shows a total for each route', async () => {
      const { context, page, problems } = await openPage(browser, server.url);
      await page.locator('h1').waitFor();
      assert.equal(await page.locator('h1').textContent(), 'Open or Closed?');
      const totals = await page.locator(ROUTE_TOTALS).allTextContents();
      assert.equal(totals.length, 3);
      for (const total of totals) assert.match(total, /^\$[\d.,]+( [kMB])?$/, total);
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

  test('typing the volume changes the totals on every keystroke', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const before = await page.locator(CLOSED_TOTAL).textContent();
    await page.locator(REQUESTS).fill('');
    await page.locator(REQUESTS).pressSequentially('30000000');
    await page.waitForFunction(([selector, old]) => document.querySelector(selector)?.textContent !== old, [CLOSED_TOTAL, before]);
    const after = await page.locator(CLOSED_TOTAL).textContent();
    assert.notEqual(after, before);
    // What was typed stays as typed.
    assert.equal(await page.locator(REQUESTS).inputValue(), '30000000');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('bad input shows the message and keeps the last results', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const requests = page.locator(REQUESTS);
    const totalsBefore = await page.locator(ROUTE_TOTALS).allTextContents();
    await requests.fill('12 thousand');
    const error = page.locator('#field-workload\\.requests_per_month-error');
    await error.waitFor();
    assert.match(await error.textContent(), /^“12 thousand” is not allowed: enter a number from 0 to [\d,]+ requests per month\.$/);
    assert.equal(await requests.getAttribute('aria-invalid'), 'true');
    await page.locator('[data-testid="stale-note"]').waitFor();
    assert.deepEqual(await page.locator(ROUTE_TOTALS).allTextContents(), totalsBefore);
    assert.equal(await requests.inputValue(), '12 thousand');
    await requests.fill('300000');
    await error.waitFor({ state: 'detached' });
    assert.equal(await requests.getAttribute('aria-invalid'), 'false');
    assert.equal(await page.locator('[data-testid="stale-note"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('shares are typed and shown as percentages', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const growth = page.locator('input[name="workload.growth_per_month"]');
    assert.equal(await growth.inputValue(), '3');
    const field = page.locator('.field', { has: growth });
    assert.match(await field.textContent(), /%/);
    const before = await page.locator(CLOSED_TOTAL).textContent();
    await growth.fill('6 %');
    await page.waitForFunction(([selector, old]) => document.querySelector(selector)?.textContent !== old, [CLOSED_TOTAL, before]);
    await growth.fill('500');
    const error = page.locator('#field-workload\\.growth_per_month-error');
    await error.waitFor();
    assert.match(await error.textContent(), /^“500” is not allowed: enter a percentage from -50 to 100 %\.$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('each preset gives the verdict an analyst would give', async () => {
    const expected = {
      'academic-research': /^(managed_open|self_hosted)$/,
      'startup-internal-tool': /^(closed_api|managed_open)$/,
      'bank-customer-assistant': /^closed_api$/,
      // December 2026: Claude Haiku 5.5 at $0.10 / $0.50 per 1M tokens beats owning
      // GPUs at 300 M requests a month (self-hosting is cheapest above about 1.4 billion).
      'ml-platform-high-volume': /^closed_api$/,
      'air-gapped-government': /^self_hosted$/,
    };
    const { context, page, problems } = await openPage(browser, server.url);
    const verdict = page.locator('[data-testid="verdict"]');
    for (const preset of PRESETS) {
      await page.click(`[data-preset="${preset}"]`);
      // The decision follows once typing pauses; aria-busy clears when it is for this profile.
      await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
      const route = await verdict.getAttribute('data-route');
      assert.match(route, expected[preset], `${preset} -> ${route}`);
      assert.match(await page.locator('[data-testid="confidence"]').textContent(), /confidence \(\d+%\)/);
      assert.ok((await page.locator('[data-testid="flip-points"] li').count()) > 0, `${preset}: no flip points`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the model pickers list current models first and older ones in their own group', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.locator('#section-routes > summary').click();
    const closed = page.locator('select[name="routes.closed_api.model"]');
    assert.equal(await closed.inputValue(), 'claude-sonnet-5-5');
    const groups = await closed.locator('optgroup').evaluateAll((elements) =>
      elements.map((group) => ({ label: group.label, ids: [...group.querySelectorAll('option')].map((option) => option.value) })));
    assert.deepEqual(groups.map((group) => group.label), ['Current', 'Older (kept for saved scenarios and links)']);
    assert.ok(groups[0].ids.includes('gpt-6-astra') && groups[0].ids.includes('kimi-k3-api'), groups[0].ids.join());
    assert.ok(groups[1].ids.includes('claude-sonnet-4-5') && groups[1].ids.includes('gpt-4o'), groups[1].ids.join());
    // An older model is still a choice, and computes.
    const before = await page.locator(CLOSED_TOTAL).textContent();
    await closed.selectOption('claude-sonnet-4-5');
    await page.waitForFunction(([selector, old]) => document.querySelector(selector)?.textContent !== old, [CLOSED_TOTAL, before]);
    const offers = page.locator('select[name="routes.managed_open.offer"]');
    assert.equal(await offers.inputValue(), 'together-gpt-oss-120b');
    assert.equal(await offers.locator('optgroup').count(), 2);
    assert.equal(await page.locator('select[name="routes.self_hosted.gpu"] optgroup').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a drop-down the user has already used follows a preset', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.locator('#section-requirements > summary').click();
    const residency = page.locator('select[name="requirements.data_residency"]');
    await residency.selectOption('in_country');
    await residency.selectOption('none');
    await page.click('[data-preset="bank-customer-assistant"]');
    // What the control shows must be what the profile holds (the bank keeps data in the country).
    assert.equal(await residency.evaluate((element) => element.value), 'in_country');
    await page.click('[data-preset="startup-internal-tool"]');
    assert.equal(await residency.evaluate((element) => element.value), 'none');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('each preset fills the form and changes the results', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    const seen = new Set([JSON.stringify(await page.locator(ROUTE_TOTALS).allTextContents())]);
    for (const preset of PRESETS) {
      const button = page.locator(`[data-preset="${preset}"]`);
      await button.click();
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
      seen.add(JSON.stringify(await page.locator(ROUTE_TOTALS).allTextContents()));
    }
    assert.equal(seen.size, PRESETS.length + 1, 'every preset gives its own totals');
    // The air-gapped preset excludes both per-token routes.
    assert.equal(await page.locator('.route-card--excluded').count(), 2);
    assert.equal(await page.locator('select[name="requirements.data_residency"]').inputValue(), 'air_gapped');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an assumption can be overridden, shows its source, and resets', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.locator('[data-testid="assumptions"] summary').click();
    const pue = page.locator('input[name="assumptions.compute.pue"]');
    const row = page.locator('tr', { has: pue });
    assert.match(await row.textContent(), /as of \d{4}/);
    await page.locator('#section-routes > summary').click();
    await page.locator('select[name="routes.self_hosted.deployment"]').selectOption('owned');
    // A fleet large enough that its power shows in the rounded total.
    const smaller = await page.locator(CLOSED_TOTAL).textContent();
    await page.locator(REQUESTS).fill('30000000');
    await page.waitForFunction(([selector, old]) => document.querySelector(selector)?.textContent !== old, [CLOSED_TOTAL, smaller]);
    const before = await page.locator('[data-testid="total-self_hosted"]').textContent();
    await pue.fill('2.5');
    await page.waitForFunction((old) => document.querySelector('[data-testid="total-self_hosted"]').textContent !== old, before);
    const reset = row.getByRole('button', { name: /Reset/ });
    await reset.focus();
    await page.keyboard.press('Enter');
    await reset.waitFor({ state: 'detached' });
    assert.equal(await pue.inputValue(), '1.54');
    // The button is gone; the keyboard user's focus lands on the value it reset.
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'assumptions.compute.pue');
    assert.equal(await page.locator('[data-testid="total-self_hosted"]').textContent(), before);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the cumulative chart shows cash by default and switches to profit and loss', async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
    await page.click('[data-preset="ml-platform-high-volume"]');
    // At eight times the preset's volume the owned GPUs pay back against Claude
    // Haiku 5.5 (at 300 M requests a month they never do).
    const before = await page.locator(CLOSED_TOTAL).textContent();
    await page.locator(REQUESTS).fill('2400000000');
    await page.waitForFunction(([selector, old]) => document.querySelector(selector)?.textContent !== old, [CLOSED_TOTAL, before]);
    await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
    const card = page.locator('[data-testid="cumulative"]');
    assert.equal(await card.getAttribute('data-view'), 'cash');
    assert.equal(await card.locator('button[aria-pressed="true"]').textContent(), 'Cash');
    assert.match(await card.locator('#cumulative-cost').textContent(), /Cumulative cash spent over time/);
    // The owned fleet pays back against the closed API: a marker in the cash view.
    assert.match(await card.textContent(), /Self-hosted open weights breaks even with Closed API/);
    const cashTable = await card.locator('table').first().textContent();
    await card.screenshot({ path: join(screenshotDir, 'cumulative-cash.png') });
    await card.locator('button', { hasText: 'Profit and loss' }).click();
    assert.equal(await card.getAttribute('data-view'), 'pnl');
    assert.match(await card.locator('#cumulative-cost').textContent(), /as booked/);
    assert.notEqual(await card.locator('table').first().textContent(), cashTable, 'the figures change with the view');
    await card.screenshot({ path: join(screenshotDir, 'cumulative-pnl.png') });
    await card.locator('button', { hasText: 'Cash' }).click();
    assert.equal(await card.getAttribute('data-view'), 'cash');

    // The fleet card says how busy the GPUs are and what a GPU-hour costs.
    const fleet = page.locator('[data-testid="fleet"]');
    const facts = await fleet.textContent();
    assert.match(facts, /Bought and owned, sized for the peak/);
    assert.match(facts, /Average utilisation\s*\d+(\.\d+)?%/);
    assert.match(facts, /Compute cost per GPU-hour\s*\$\d/);
    assert.match(facts, /Weights \/ KV cacheFP4 \/ FP8/);
    await page.click('[data-preset="bank-customer-assistant"]');
    await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
    assert.match(await fleet.textContent(), /Rented, reserved base plus on-demand burst.*Reserved replicas\s*\d/);
    await fleet.screenshot({ path: join(screenshotDir, 'fleet-bank.png') });
    // At phone width the switch and the facts still fit.
    await page.setViewportSize({ width: 360, height: 800 });
    await card.screenshot({ path: join(screenshotDir, 'cumulative-cash-360.png') });
    await fleet.screenshot({ path: join(screenshotDir, 'fleet-bank-360.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on paper: verdict, totals, charts and assumptions, without the form', async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
    await page.click('[data-preset="bank-customer-assistant"]');
    await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('.layout__form').isVisible(), false);
    assert.equal(await page.locator('.presets').isVisible(), false);
    assert.equal(await page.locator('[data-testid="verdict"]').isVisible(), true);
    assert.equal(await page.locator('#cumulative-cost').isVisible(), true);
    // The assumptions print open, with their sources.
    const pue = page.locator('input[name="assumptions.compute.pue"]');
    assert.equal(await pue.isVisible(), true);
    await page.screenshot({ path: join(screenshotDir, 'print-media-1280.png'), fullPage: true });
    await page.pdf({ path: join(screenshotDir, 'print-a4.pdf'), format: 'A4' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await pue.isVisible(), false, 'the assumptions close again after printing');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('full-page screenshots at desktop and phone widths, light and dark, valid and invalid', async () => {
    const shots = [
      ['desktop-1280', { viewport: { width: 1280, height: 900 } }, null],
      ['phone-375', { viewport: { width: 375, height: 740 } }, null],
      ['phone-360-dark-invalid', { viewport: { width: 360, height: 740 }, colorScheme: 'dark' }, 'abc'],
    ];
    for (const [name, options, badRequests] of shots) {
      const { context, page, problems } = await openPage(browser, server.url, options);
      await page.locator(CLOSED_TOTAL).waitFor();
      // The verdict follows a pause in typing; the screenshot shows it, not its placeholder.
      await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
      if (badRequests !== null) {
        await page.locator(REQUESTS).fill(badRequests);
        await page.locator('.field__error').waitFor();
      }
      await page.screenshot({ path: join(screenshotDir, `page-${name}.png`), fullPage: true });
      // Nothing may overflow the viewport horizontally.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: page is ${overflow}px wider than the viewport`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
