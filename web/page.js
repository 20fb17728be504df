// The page's jobs outside the Rust app, kept small and dependency-free:
//
// 1. Embed mode (`?embed=1`): marks <html data-embed> so the stylesheet drops
//    the page chrome, and, inside a frame, posts the content's height to the
//    parent so a wiki can size the frame. The message is the only thing the page
//    ever sends to its parent; it listens to nothing the parent sends.
// 2. Offline: registers the service worker (release builds only; see
//    scripts/finish-build.mjs) and tells the app when a new version is waiting.
//    The app shows the "new version" prompt (its text is in the message catalog)
//    and asks for the update with an `open-or-closed:apply-update` event.
// 3. Printing: opens the collapsed lists that belong on paper.

/** The one message type the embedded page posts to its parent. */
export const HEIGHT_MESSAGE_TYPE = 'open-or-closed:height';

const root = document.documentElement;
const embedded = new URLSearchParams(location.search).get('embed') === '1';

// Inside a frame the app reads the share link only from the address it was
// opened with, so the parent cannot steer it by changing the fragment.
if (window.parent !== window) root.dataset.framed = '';

if (embedded) {
  root.dataset.embed = '';
  if (window.parent !== window) postHeightOnResize();
}

function postHeightOnResize() {
  let lastHeight = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    // The height is not a secret and the wiki's origin is not known in advance.
    window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, '*');
  };
  new ResizeObserver(post).observe(root);
  post();
}

// Printing: the collapsed lists that belong on paper (more flip points, the
// assumptions) open for the print and close again after (style/print.css).
const PRINTED_DETAILS = '.verdict__more, .assumptions__details';
let openedForPrint = [];
window.addEventListener('beforeprint', () => {
  // Added to, not replaced: a second beforeprint before the afterprint must not
  // forget what the first one opened.
  const closed = [...document.querySelectorAll(PRINTED_DETAILS)].filter((details) => !details.open);
  for (const details of closed) details.open = true;
  openedForPrint.push(...closed);
});
window.addEventListener('afterprint', () => {
  for (const details of openedForPrint) details.open = false;
  openedForPrint = [];
});

const UPDATE_READY_EVENT = 'open-or-closed:update-ready';
const UPDATE_CHECK_MS = 60 * 60 * 1000;
const APPLY_UPDATE_EVENT = 'open-or-closed:apply-update';

// The build sets data-service-worker on <html> to the worker's file name when it
// made one (release builds). file:// pages and browsers without workers skip this.
const workerFile = root.dataset.serviceWorker;
if (workerFile && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  registerWorker(workerFile).catch((error) => console.warn('offline mode unavailable:', error));
}

async function registerWorker(file) {
  const registration = await navigator.serviceWorker.register(`./${file}`, { scope: './' });
  const announce = () => {
    // Only an update: the first install, with no page controlled yet, is silent.
    if (!registration.waiting || !navigator.serviceWorker.controller) return;
    root.dataset.updateReady = '';
    window.dispatchEvent(new Event(UPDATE_READY_EVENT));
  };
  announce();
  // A tab left open for days still learns of a new build.
  setInterval(() => registration.update().catch(() => {}), UPDATE_CHECK_MS);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') announce();
    });
  });
  // Reload only for an update the user asked for: the first install also
  // changes the controller (it claims the page), and that needs no reload.
  let updateRequested = false;
  window.addEventListener(APPLY_UPDATE_EVENT, () => {
    // Another tab may have switched to the new version already: then the new
    // worker is active and a reload is all that is left to do.
    if (!registration.waiting) {
      location.reload();
      return;
    }
    updateRequested = true;
    registration.waiting.postMessage({ type: 'open-or-closed:skip-waiting' });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!updateRequested) return;
    updateRequested = false;
    location.reload();
  });
}
