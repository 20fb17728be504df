// Measures, in the real browser, the time from an input event to updated
// deterministic results: 100 edits of the request volume, each timed from just
// before the `input` event is dispatched to the moment the closed route's total
// changes in the DOM (a MutationObserver callback). Prints p50, p95 and max.
// A measurement, not a test: `./dev test` prints its figures; the budget is in
// the README's performance section.
import { serveDirectory } from './static-server.mjs';
import { launchBrowser, openPage } from './browser.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const distDir = process.env.DIST_DIR ?? join(here, '..', '..', 'dist');
const EDITS = 100;

const server = await serveDirectory(distDir, '/');
const browser = await launchBrowser();
try {
  const { page, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await page.locator('[data-testid="total-closed_api"]').waitFor();
  const timings = await page.evaluate(async (edits) => {
    const input = document.querySelector('input[name="workload.requests_per_month"]');
    const total = document.querySelector('[data-testid="total-closed_api"]');
    const results = [];
    for (let i = 0; i < edits; i += 1) {
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(total, { childList: true, characterData: true, subtree: true });
      });
      // Volumes far enough apart that the rounded total always changes.
      input.value = String(1_000_000 * (1 + (i % 2)) + i * 1000);
      const start = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      const end = await Promise.race([changed, new Promise((resolve) => setTimeout(() => resolve(NaN), 2000))]);
      results.push(end - start);
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    }
    return results;
  }, EDITS);
  const measured = timings.filter(Number.isFinite).sort((a, b) => a - b);
  const at = (q) => measured[Math.min(measured.length - 1, Math.floor(q * measured.length))];
  const format = (ms) => `${ms.toFixed(2)} ms`;
  console.log(`input-to-results latency over ${measured.length}/${EDITS} edits: p50 ${format(at(0.5))}, p95 ${format(at(0.95))}, max ${format(measured[measured.length - 1])}`);
  if (measured.length < EDITS || problems.length > 0) {
    console.error(`measurement incomplete: ${EDITS - measured.length} edits did not update the total; ${problems.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
