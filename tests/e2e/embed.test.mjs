// Embedding: the page in a wiki's frame (?embed=1) drops its chrome and posts
// only its content height to the parent, which a wiki uses to size the frame.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

let browser;
let app;
let wiki;
let wikiRoot;
before(async () => {
  browser = await launchBrowser();
  app = await serveDirectory(distDir, '/wiki/tools/open-or-closed/');
  // The "wiki": another origin (another port) with the snippet from the README.
  wikiRoot = await mkdtemp(join(tmpdir(), 'ooc-wiki-'));
  await writeFile(
    join(wikiRoot, 'page.html'),
    `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><h1>Team wiki</h1>
<iframe id="calculator" title="Open or Closed? calculator" src="${app.url}?embed=1" style="width:100%;border:0" loading="lazy"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (event) => {
    const frame = document.getElementById('calculator');
    if (event.source !== frame.contentWindow) return;
    window.received.push({ origin: event.origin, data: event.data });
    if (event.data && event.data.type === 'open-or-closed:height') frame.style.height = event.data.height + 'px';
  });
</script></body></html>`,
  );
  wiki = await serveDirectory(wikiRoot, '/');
});
after(async () => {
  await wiki?.close();
  await app?.close();
  await browser?.close();
  if (wikiRoot) await rm(wikiRoot, { recursive: true, force: true });
});

describe('embedded in a wiki page', () => {
  test('the frame gets its height from the page and only the height message arrives', async () => {
    const { context, page, problems } = await openPage(browser, `${wiki.url}page.html`);
    const frame = page.frameLocator('#calculator');
    await frame.locator('[data-testid="total-closed_api"]').waitFor();
    // The verdict arrives after a pause and changes the height itself: wait for
    // it, and for its height message, before measuring.
    await frame.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
    const contentHeight = () => frame.locator('html').evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
    await page.waitForFunction(
      (expected) => window.received.length > 0 && window.received.at(-1).data.height === expected,
      await contentHeight(),
    );
    const firstHeight = await page.evaluate(() => window.received.at(-1).data.height);
    assert.ok(firstHeight > 600, `height ${firstHeight}`);

    // The content grows when the full-width assumptions table opens (a form
    // section might not: the results column can be the taller one): a new
    // height follows.
    await frame.locator('.assumptions summary').first().click();
    await page.waitForFunction((old) => window.received.at(-1).data.height > old, firstHeight);
    const frameHeight = await page.locator('#calculator').evaluate((element) => element.getBoundingClientRect().height);
    assert.equal(Math.round(frameHeight), await page.evaluate(() => window.received.at(-1).data.height));

    const received = await page.evaluate(() => window.received);
    for (const message of received) {
      assert.equal(message.origin, new URL(app.url).origin);
      assert.deepEqual(Object.keys(message.data).sort(), ['height', 'type']);
      assert.equal(message.data.type, 'open-or-closed:height');
      assert.equal(typeof message.data.height, 'number');
    }

    await page.screenshot({ path: join(screenshotDir, 'embed-in-wiki-1280.png'), fullPage: true });
    // Compact: the page chrome is gone (the title stays for screen readers only).
    const title = frame.locator('h1');
    assert.equal(await title.textContent(), 'Open or Closed?');
    const box = await title.boundingBox();
    assert.ok(box.width <= 1 && box.height <= 1, `title is visible: ${JSON.stringify(box)}`);

    // The page takes no command from its parent: a message changes nothing.
    const totals = await frame.locator('[data-testid^="total-"]').allTextContents();
    await page.evaluate(() => {
      const target = document.getElementById('calculator').contentWindow;
      target.postMessage({ type: 'open-or-closed:set', path: 'workload.requests_per_month', value: 1 }, '*');
      target.postMessage('reset', '*');
    });
    // Nor through the address: a new fragment (a scenario link) is ignored inside a frame.
    await page.evaluate(() => {
      const frame = document.getElementById('calculator');
      frame.src = `${frame.src.split('#')[0]}#1.eyJ3b3JrbG9hZCI6eyJyZXF1ZXN0c19wZXJfbW9udGgiOjF9fQ`;
    });
    await page.waitForTimeout(300);
    assert.deepEqual(await frame.locator('[data-testid^="total-"]').allTextContents(), totals);
    assert.equal(await frame.locator('[data-scenario]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the same page outside a frame, with ?embed=1, is compact and posts nothing', async () => {
    const { context, page, problems } = await openPage(browser, `${app.url}?embed=1`);
    await page.locator('[data-testid="total-closed_api"]').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-embed')), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('page.js listens to no message from the parent', async () => {
    const files = await import('node:fs/promises').then((fs) => fs.readdir(distDir));
    const pageScript = files.find((file) => /^page-.*\.js$/.test(file));
    const code = await readFile(join(distDir, pageScript), 'utf8');
    assert.doesNotMatch(code, /addEventListener\(\s*['"]message['"]|onmessage/);
  });
});
