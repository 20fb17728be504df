// Trunk's post-build hook (Trunk.toml): finishes a release build in Trunk's
// staging directory before it becomes dist/.
//
// - writes service-worker.js from web/service-worker.js with this build's file
//   list and version (the files' names carry hashes, so the list is only known now);
// - puts the Content-Security-Policy in index.html, with the hash of Trunk's
//   inline loader script (the only inline script);
// - tells page.js where the worker is (data-service-worker on <html>).
//
// Debug builds (`trunk serve`) are left alone: Trunk injects its live-reload
// script there, which a strict policy would block, and a worker would only
// cache builds that change every few seconds.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { contentSecurityPolicy, inlineHash, inlineScripts, withPolicy } from './csp.mjs';

export const WORKER_FILE = 'service-worker.js';
const here = fileURLToPath(new URL('.', import.meta.url));

// Trunk writes a flat directory; a sub-directory would be an error here.
async function listFiles(directory) {
  const entries = await readdir(directory, { withFileTypes: true });
  const folder = entries.find((entry) => !entry.isFile());
  if (folder) throw new Error(`unexpected ${folder.name} in the build: the worker's file list is flat`);
  return entries
    .map((entry) => entry.name)
    .filter((file) => file !== WORKER_FILE)
    .sort();
}

export async function finishBuild(directory) {
  const indexPath = join(directory, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`${indexPath} is already finished`);

  const scriptHashes = inlineScripts(html).map(inlineHash);
  html = withPolicy(html, contentSecurityPolicy({ scriptHashes, selfContained: false }));
  html = html.replace(/<html\b/, () => `<html data-service-worker="${WORKER_FILE}"`);
  await writeFile(indexPath, html);

  // The version is a digest of every file, index.html included, so any change
  // to the build gives a new worker and a new cache.
  const files = await listFiles(directory);
  const digest = createHash('sha256');
  for (const file of files) digest.update(file).update('\0').update(await readFile(join(directory, file)));
  const version = digest.digest('hex').slice(0, 16);
  const template = await readFile(join(here, '..', 'web', 'service-worker.js'), 'utf8');
  // Replacer functions, so that `$&` and the like in the data are not patterns.
  const worker = template
    .replace("'__BUILD_VERSION__'", () => JSON.stringify(version))
    .replace('__BUILD_FILES__', () => JSON.stringify(files.map((file) => `./${file}`)));
  await writeFile(join(directory, WORKER_FILE), worker);
  return { version, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const directory = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!directory) throw new Error('usage: node scripts/finish-build.mjs DIR (or run as a Trunk hook)');
  if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') {
    console.log('finish-build: debug build, no service worker or CSP (see scripts/finish-build.mjs)');
  } else {
    const { version, files } = await finishBuild(directory);
    console.log(`finish-build: CSP added; ${WORKER_FILE} precaches ${files.length} files (build ${version})`);
  }
}
