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

// Autosave writes the working profile and every saved scenario on each valid
// edit, so the figure is also taken with this many scenarios saved.
const SAVED_SCENARIOS = 30;

/** Saved data holding `count` scenarios (each the defaults but for its volume). */
function savedState(count) {
  const scenarios = Array.from({ length: count }, (_, index) => ({
    id: `scenario-${index + 1}`,
    name: `Scenario ${index + 1}`,
    profile: { workload: { requests_per_month: 100_000 * (index + 1) } },
    saved_at: null,
  }));
  return JSON.stringify({ format_version: 1, working: {}, scenarios });
}

/** p50, p95 and max of 100 edits, on a page whose storage holds `saved` (or nothing). */
async function editLatencies(browser, url, saved) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (saved) await context.addInitScript((text) => localStorage.setItem('open-or-closed', text), saved);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
  const timings = await page.evaluate(sampleEdits, EDITS);
  await context.close();
  return timings.filter(Number.isFinite).sort((a, b) => a - b);
}

async function sampleEdits(edits) {
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
}

const server = await serveDirectory(distDir, '/');
const browser = await launchBrowser();
try {
  const { page, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await page.locator('[data-testid="total-closed_api"]').waitFor();
  // Let the first decision (run once typing pauses) finish, so it does not land inside a sample.
  await page.locator('[data-testid="verdict"][aria-busy="false"]').waitFor();
  const timings = await page.evaluate(sampleEdits, EDITS);
  // The decision (5,000 Monte Carlo draws and the flip-point search) runs once
  // typing pauses; measure how long it holds the main thread, as a long task.
  const decisionMs = await page.evaluate(async () => {
    const longest = { ms: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const input = document.querySelector('input[name="workload.requests_per_month"]');
    input.value = '2,345,678';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((resolve) => {
      const check = () => (document.querySelector('[data-testid="verdict"]')?.getAttribute('aria-busy') === 'false' ? resolve() : setTimeout(check, 20));
      setTimeout(check, 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return longest.ms;
  });
  const measured = timings.filter(Number.isFinite).sort((a, b) => a - b);
  const format = (ms) => `${ms.toFixed(2)} ms`;
  const summary = (sorted) => {
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return `p50 ${format(at(0.5))}, p95 ${format(at(0.95))}, max ${format(sorted[sorted.length - 1])}`;
  };
  console.log(`input-to-results latency over ${measured.length}/${EDITS} edits: ${summary(measured)}`);
  const withScenarios = await editLatencies(browser, server.url, savedState(SAVED_SCENARIOS));
  console.log(`input-to-results latency with ${SAVED_SCENARIOS} saved scenarios, over ${withScenarios.length}/${EDITS} edits: ${summary(withScenarios)}`);
  console.log(`decision after typing pauses (longest main-thread task): ${decisionMs > 0 ? format(decisionMs) : 'under 50 ms (no long task)'}`);
  if (measured.length < EDITS || withScenarios.length < EDITS || problems.length > 0) {
    console.error(`measurement incomplete: ${EDITS - measured.length} edits did not update the total; ${problems.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
