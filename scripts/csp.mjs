// The Content-Security-Policy both builds put in their page, in one place.
import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script or style: 'sha256-…'. */
export function inlineHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy. Nothing but the page's own origin ('self') is ever allowed, and
 * no inline code but the exact blocks whose hashes are listed.
 * 'wasm-unsafe-eval' lets the page compile its WebAssembly and nothing else
 * (no eval). `frame-ancestors` cannot be set from a <meta>: hosts send it as a
 * header (README, "Hosting and embedding").
 *
 * @param {object} options
 * @param {string[]} options.scriptHashes hashes of the inline scripts
 * @param {string[]} [options.styleHashes] hashes of inline <style> blocks
 * @param {boolean} options.selfContained true for the single file: no request at all
 */
export function contentSecurityPolicy({ scriptHashes, styleHashes = [], selfContained }) {
  const own = selfContained ? [] : ["'self'"];
  const directives = [
    ["default-src", "'none'"],
    ['script-src', ...own, ...scriptHashes, "'wasm-unsafe-eval'"],
    ['style-src', ...own, ...styleHashes],
    ['img-src', ...own, 'data:'],
    ['connect-src', selfContained ? "'none'" : "'self'"],
    ['manifest-src', ...(selfContained ? ["'none'"] : own)],
    ['worker-src', ...(selfContained ? ["'none'"] : own)],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** Inserts the policy as the first element of <head>, before any script. */
export function withPolicy(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (!/<head>/.test(html)) throw new Error('index.html has no <head>');
  return html.replace('<head>', () => `<head>\n    ${meta}`);
}

/** The contents of every inline <script> (one without src). */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
}
