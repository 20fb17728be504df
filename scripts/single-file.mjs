// Makes the single-file build: one self-contained HTML file (WebAssembly, JS,
// CSS and icon inlined) that works opened from disk and offline, for wikis that
// only take attachments.
//
//   node scripts/single-file.mjs DIST OUT.html
//
// It starts from a finished release build (scripts/finish-build.mjs), drops
// what only a hosted copy needs (the service worker, the manifest, preloads),
// and writes its own Content-Security-Policy: the hashes of its inline scripts
// and styles, and no origin at all, so the file can make no request.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { contentSecurityPolicy, inlineHash, withPolicy } from './csp.mjs';

const read = (dist, href) => readFile(join(dist, href.replace(/^\.\//, '')));

// A file name the build must contain exactly once.
function one(html, pattern, what) {
  const matches = [...html.matchAll(pattern)];
  if (matches.length !== 1) throw new Error(`expected one ${what} in index.html, found ${matches.length}`);
  return matches[0];
}

export async function singleFile(dist) {
  let html = await readFile(join(dist, 'index.html'), 'utf8');
  const scripts = [];
  const styles = [];

  // The hosted copy's policy, worker and preloads have no use in a file.
  html = html
    .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/ data-service-worker="[^"]*"/, '')
    .replace(/\s*<link rel="(?:modulepreload|preload|manifest)"[^>]*>/g, '');

  // The wasm-bindgen glue and the module: the loader becomes one inline module
  // that instantiates the module from bytes instead of fetching it.
  const loader = one(html, /<script type="module">[\s\S]*?<\/script>/g, 'loader script')[0];
  const glueName = one(loader, /from '(\.\/[^']+\.js)'/g, 'glue import')[1];
  const wasmName = one(loader, /module_or_path: '(\.\/[^']+\.wasm)'/g, 'wasm path')[1];
  const glue = (await read(dist, glueName)).toString('utf8');
  const exportLine = /^export \{ initSync, __wbg_init as default \};$/m;
  if (!exportLine.test(glue)) throw new Error('the wasm-bindgen glue no longer ends with its usual export line');
  const wasmBase64 = (await read(dist, wasmName)).toString('base64');
  const app = [
    glue.replace(exportLine, ''),
    `const wasmBytes = Uint8Array.from(atob('${wasmBase64}'), (char) => char.charCodeAt(0));`,
    'await __wbg_init({ module_or_path: wasmBytes });',
  ].join('\n');
  inlinable(app, 'script', glueName);
  scripts.push(app);
  html = html.replace(loader, () => `<script type="module">${app}</script>`);

  // page.js (embed mode) inline.
  html = await replaceAsync(html, /<script\b[^>]*\bsrc="(\.\/[^"]+\.js)"[^>]*><\/script>/g, async (_, href) => {
    const code = inlinable((await read(dist, href)).toString('utf8'), 'script', href);
    scripts.push(code);
    return `<script type="module">${code}</script>`;
  });
  html = await replaceAsync(html, /<link rel="stylesheet" href="(\.\/[^"]+\.css)"[^>]*>/g, async (_, href) => {
    const css = inlinable((await read(dist, href)).toString('utf8'), 'style', href);
    styles.push(css);
    return `<style>${css}</style>`;
  });
  html = await replaceAsync(html, /<link rel="icon" href="(\.\/[^"]+\.svg)"[^>]*>/g, async (_, href) => {
    const svg = (await read(dist, href)).toString('base64');
    return `<link rel="icon" href="data:image/svg+xml;base64,${svg}" type="image/svg+xml">`;
  });
  const leftover = html.match(/(?:src|href)="\.\/[^"]*"/);
  if (leftover) throw new Error(`the single file still refers to a file of the build: ${leftover[0]}`);

  const policy = contentSecurityPolicy({
    scriptHashes: scripts.map(inlineHash),
    styleHashes: styles.map(inlineHash),
    selfContained: true,
  });
  return withPolicy(html, policy);
}

// Text that would end an inline <script> or <style> early (or, for scripts,
// put the parser in its "double escaped" state): the page would break while
// its CSP hash still matched, so the build stops instead.
function inlinable(code, kind, name) {
  const closing = kind === 'script' ? /<\/script|<!--/i : /<\/style/i;
  if (closing.test(code)) throw new Error(`${name} cannot be inlined: it contains ${code.match(closing)[0]}`);
  return code;
}

async function replaceAsync(text, pattern, replacer) {
  const replacements = await Promise.all([...text.matchAll(pattern)].map((match) => replacer(...match)));
  let index = 0;
  return text.replace(pattern, () => replacements[index++]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, out] = process.argv.slice(2);
  if (!dist || !out) throw new Error('usage: node scripts/single-file.mjs DIST OUT.html');
  const html = await singleFile(dist);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, html);
  console.log(`single-file: wrote ${out} (${html.length} bytes)`);
}
