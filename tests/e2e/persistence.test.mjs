// Nothing lost: autosave and restore, unreadable or missing storage, share
// links (good and bad), export then import, and scenarios compared.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveDirectory } from './static-server.mjs';
import { launchBrowser, openPage } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const distDir = process.env.DIST_DIR ?? join(here, '..', '..', 'dist');
const screenshotDir = join(here, 'screenshots');
mkdirSync(screenshotDir, { recursive: true });
const REQUESTS = 'input[name="workload.requests_per_month"]';
const ROUTE_TOTALS = '[data-testid^="total-"]';
const STORAGE_KEY = 'open-or-closed';

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

async function totals(page) {
  await page.locator(ROUTE_TOTALS).first().waitFor();
  return page.locator(ROUTE_TOTALS).allTextContents();
}

async function saveScenario(page, name) {
  await page.fill('#scenario-name', name);
  await page.getByRole('button', { name: 'Save as new scenario' }).click();
  await page.locator('[data-testid="working-on"] strong', { hasText: name }).waitFor();
}

describe('nothing lost', () => {
  test('a reload keeps the values, the scenarios and the results', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.click('[data-preset="bank-customer-assistant"]');
    await saveScenario(page, 'Bank plan');
    await page.fill(REQUESTS, '1234567');
    const before = await totals(page);
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('1234567'), STORAGE_KEY);
    await page.reload();
    assert.equal(await page.locator(REQUESTS).inputValue(), '1,234,567');
    assert.deepEqual(await totals(page), before);
    assert.equal(await page.locator('[data-scenario]').count(), 1);
    // The working profile changed after it was saved: the page says so and offers to save.
    await page.locator('[data-testid="save-changes"]').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('corrupt storage: a notice, the data kept under a backup key, and a working page', async () => {
    const context = await browser.newContext();
    await context.addInitScript(([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"format_version": 1, "working": {"workload": ');
        sessionStorage.setItem('seeded', '1');
      }
    }, [STORAGE_KEY]);
    const page = await context.newPage();
    await page.goto(server.url);
    const notice = page.locator('[data-testid="notice-saved-data"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /cannot be read/);
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    const backups = Object.keys(stored).filter((key) => key.startsWith('open-or-closed:unreadable:'));
    assert.equal(backups.length, 1);
    assert.equal(stored[backups[0]], '{"format_version": 1, "working": {"workload": ');
    // The page works from the defaults, and the unreadable data can be downloaded as it was.
    assert.equal((await totals(page)).length, 3);
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: /Download the unreadable data/ }).click()]);
    assert.equal(readFileSync(await download.path(), 'utf8'), '{"format_version": 1, "working": {"workload": ');
    // Autosave now writes a readable state, and a reload is quiet.
    await page.fill(REQUESTS, '4200');
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('4200'), STORAGE_KEY);
    await page.reload();
    assert.equal(await page.locator(REQUESTS).inputValue(), '4,200');
    assert.equal(await page.locator('[data-testid="notice-saved-data"]').count(), 0);
    await page.screenshot({ path: join(screenshotDir, 'notice-corrupt-storage.png') });
    await context.close();
  });

  test('saved data from a newer version is left untouched, and this version saves nothing', async () => {
    const context = await browser.newContext();
    const future = '{"format_version": 7, "working": {}, "scenarios": []}';
    await context.addInitScript(([key, text]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, text);
        sessionStorage.setItem('seeded', '1');
      }
    }, [STORAGE_KEY, future]);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('[data-testid="notice-saved-data"]', { hasText: 'newer version' }).waitFor();
    // Working here saves nothing: the newer data stays under its own key, untouched.
    await page.fill(REQUESTS, '8000');
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), future);
    await context.close();
  });

  test('no storage at all (private mode): a notice, and the page still works', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.locator('[data-testid="notice-saved-data"]', { hasText: 'does not let the page keep your work' }).waitFor();
    const before = await totals(page);
    await page.fill(REQUESTS, '9000000');
    await page.waitForFunction((old) => document.querySelector('[data-testid="total-closed_api"]').textContent !== old, before[0]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('full storage: a notice saying changes are not saved', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.fill(REQUESTS, '5000');
    await page.locator('[data-testid="notice-storage"]', { hasText: 'storage is full' }).waitFor();
    await context.close();
  });

  test('a bad link gives a clear message and leaves my own data alone', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.fill(REQUESTS, '2222222');
    await page.waitForFunction(() => localStorage.getItem('open-or-closed')?.includes('2222222'));
    for (const [fragment, message] of [
      ['1.eyJ3b3Jr', /cut short or damaged/],
      ['9.eyJ3b3JrbG9hZCI6e319', /newer version/],
      ['1eyJ3b3Jr', /not a scenario link/],
      [`1.${'A'.repeat(9000)}`, /too long/],
    ]) {
      await page.goto(`${server.url}#${fragment}`);
      const notice = page.locator('[data-testid="notice-link"]');
      await notice.waitFor();
      assert.match(await notice.textContent(), message);
      assert.match(await notice.textContent(), /Your own data is unchanged/);
      // The same page (only the fragment changed): the field still shows what was typed.
      assert.equal(await page.locator(REQUESTS).inputValue(), '2222222');
      // The address no longer holds the link, so a reload does not repeat it.
      assert.equal(await page.evaluate(() => location.hash), '');
    }
    assert.equal(await page.locator('[data-scenario]').count(), 0);
    // A fragment that is no scenario link (an anchor) is left alone.
    await page.locator('[data-testid="notice-link"]').getByRole('button', { name: /Dismiss/ }).click();
    await page.goto(`${server.url}#top`);
    await page.waitForTimeout(200);
    assert.equal(await page.locator('[data-testid="notice-link"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('two tabs: the second to save does not overwrite the first, it says so and stops', async () => {
    const context = await browser.newContext();
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(server.url);
    await second.goto(server.url);
    await totals(first);
    await totals(second);
    await saveScenario(first, 'Made in the first tab');
    // Autosave writes in the task after the render: wait until the first tab's save has landed.
    await first.waitForFunction((key) => localStorage.getItem(key)?.includes('Made in the first tab'), STORAGE_KEY);
    await second.fill(REQUESTS, '31415');
    const notice = second.locator('[data-testid="notice-storage"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /open in another tab/);
    const stored = await second.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    assert.ok(stored.includes('Made in the first tab'), 'the first tab\'s scenario is still saved');
    assert.ok(!stored.includes('31415'), 'the second tab wrote nothing');
    // Reloading the second tab picks up the first tab's work.
    await Promise.all([second.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await second.locator('[data-scenario]').first().waitFor();
    assert.match(await second.locator('.scenarios__open').first().textContent(), /^Made in the first tab/);
    await context.close();
  });

  test('a share link opens in a fresh browser as a new scenario with the same results', async () => {
    const sender = await openPage(browser, server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
    await sender.page.click('[data-preset="ml-platform-high-volume"]');
    await sender.page.fill(REQUESTS, '33000000');
    await saveScenario(sender.page, 'Platform <b>2027</b>');
    const sent = await totals(sender.page);
    await sender.page.click('[data-testid="copy-link"]');
    await sender.page.locator('[data-testid="notice-link"]', { hasText: 'Link copied' }).waitFor();
    const link = await sender.page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.startsWith(`${server.url}#3.`), link);
    assert.ok(link.length < 2500, `link of ${link.length} characters`);

    const receiver = await openPage(browser, server.url);
    await receiver.page.click('[data-preset="academic-research"]');
    await saveScenario(receiver.page, 'My own');
    await receiver.page.goto(link);
    await receiver.page.locator('[data-testid="notice-link"]', { hasText: 'Opened the shared link' }).waitFor();
    assert.deepEqual(await totals(receiver.page), sent);
    assert.equal(await receiver.page.locator(REQUESTS).inputValue(), '33,000,000');
    // The name is plain text, and the receiver's own scenario is still there.
    assert.equal(await receiver.page.locator('[data-testid="working-on"] strong').textContent(), '“Platform <b>2027</b>”');
    const names = await receiver.page.locator('.scenarios__open').allTextContents();
    assert.ok(names.some((name) => name.startsWith('My own')), names.join());
    assert.deepEqual(sender.problems, []);
    assert.deepEqual(receiver.problems, []);
    await sender.context.close();
    await receiver.context.close();
  });

  test('export then import gives the same results; Markdown and CSV hold the report', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.click('[data-preset="bank-customer-assistant"]');
    await page.fill(REQUESTS, '4500000');
    await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
    const exported = await totals(page);
    const download = async (testid) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    };
    const json = await download('export-json');
    assert.match(json.name, /^open-or-closed-.*\.json$/);
    assert.equal(JSON.parse(json.text).workload.requests_per_month, 4500000);
    const markdown = await download('export-markdown');
    assert.match(markdown.text, /^# /);
    assert.match(markdown.text, /Closed API/);
    const csv = await download('export-csv');
    const lines = csv.text.trim().split(/\r?\n/);
    assert.match(lines[0], /^month,/);
    assert.equal(lines.length, 1 + 36, 'a header and one row per month');

    // A fresh browser imports the file and shows the same totals.
    const fresh = await openPage(browser, server.url);
    const folder = mkdtempSync(join(tmpdir(), 'ooc-import-'));
    const path = join(folder, 'bank.json');
    writeFileSync(path, json.text);
    await fresh.page.setInputFiles('[data-testid="import-file"]', path);
    await fresh.page.locator('[data-testid="notice-import"]', { hasText: 'Imported' }).waitFor();
    assert.deepEqual(await totals(fresh.page), exported);
    assert.deepEqual(problems, []);
    assert.deepEqual(fresh.problems, []);
    await fresh.context.close();
    await context.close();
  });

  test('a profile file dropped on the page is imported', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await totals(page);
    const profile = JSON.stringify({ name: 'Dropped plan', workload: { requests_per_month: 6543210 } });
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      const main = document.querySelector('main');
      main.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      main.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, profile);
    await page.locator('[data-testid="notice-import"]', { hasText: 'Imported “dropped.json”' }).waitFor();
    assert.equal(await page.locator(REQUESTS).inputValue(), '6,543,210');
    assert.equal(await page.locator('[data-testid="working-on"] strong').textContent(), '“Dropped plan”');
    assert.equal(await page.locator('.drop-overlay').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a bad import lists every problem by field and changes nothing', async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.fill(REQUESTS, '777777');
    const before = await totals(page);
    const folder = mkdtempSync(join(tmpdir(), 'ooc-import-'));
    const path = join(folder, 'broken.json');
    writeFileSync(path, JSON.stringify({ workload: { requests_per_month: -5, batch_share: 7, colour: 'blue' } }));
    await page.setInputFiles('[data-testid="import-file"]', path);
    const notice = page.locator('[data-testid="notice-import"]');
    await notice.waitFor();
    const items = await notice.locator('li').allTextContents();
    for (const field of ['workload.requests_per_month', 'workload.batch_share', 'workload.colour']) {
      assert.ok(items.some((item) => item.startsWith(field)), `${field} not in ${items.join(' | ')}`);
    }
    assert.match(await notice.textContent(), /nothing was changed/i);
    assert.deepEqual(await totals(page), before);
    assert.equal(await page.locator(REQUESTS).inputValue(), '777777');
    // Larger than 1 MB: refused before it is read.
    const big = join(folder, 'big.json');
    writeFileSync(big, ' '.repeat(1_100_000));
    await page.setInputFiles('[data-testid="import-file"]', big);
    await page.locator('[data-testid="notice-import"]', { hasText: 'too large' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'notice-bad-import.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('scenarios: compare shows the differences; delete offers undo', async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
    await page.click('[data-preset="startup-internal-tool"]');
    await saveScenario(page, 'Small');
    await page.fill(REQUESTS, '40000000');
    await saveScenario(page, 'Large');
    assert.equal(await page.locator('[data-scenario]').count(), 2);
    await page.getByRole('checkbox', { name: 'Compare “Small”' }).check();
    await page.getByRole('checkbox', { name: 'Compare “Large”' }).check();
    const compare = page.locator('[data-testid="compare"]');
    await compare.waitFor();
    const differing = compare.locator('[data-testid="compare-inputs"] tr[data-path]');
    assert.deepEqual(await differing.evaluateAll((rows) => rows.map((row) => row.dataset.path)), ['workload.requests_per_month']);
    assert.equal(await compare.locator('.compare__value--differs').count(), 1);
    await page.screenshot({ path: join(screenshotDir, 'scenarios-compare-1280.png'), fullPage: false });

    await page.getByRole('button', { name: 'Delete “Small”' }).click();
    assert.equal(await page.locator('[data-scenario]').count(), 1);
    assert.equal(await compare.count(), 0, 'one scenario left: no comparison');
    await page.locator('[data-testid="notice-scenario"]').getByRole('button', { name: 'Undo' }).click();
    assert.equal(await page.locator('[data-scenario]').count(), 2);
    // Rename in place; a taken name is refused with a message.
    await page.getByRole('button', { name: 'Rename “Large”' }).click();
    await page.fill('input[id^="rename-"]', 'Small');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.locator('[data-testid="notice-scenario"]', { hasText: 'no other scenario has' }).waitFor();
    await page.getByRole('button', { name: 'Duplicate “Large”' }).click();
    await page.getByRole('button', { name: 'Open “Large (copy)”' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
