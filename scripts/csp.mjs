/**
 * After `next build` (scripts/post-build.mjs): every exported page's strict Content-Security-Policy
 * <meta>. Next's static HTML carries inline <script>s (the React Server Components payload), so each
 * page's policy allows exactly those scripts by SHA-256 hash, and no other inline script.
 */
import { createHash } from 'node:crypto';

/** The policy for one page, given the inline scripts it carries. */
export function policyFor(inlineScripts) {
  const hashes = [...new Set(inlineScripts.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`))];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    // React and React Flow position elements with style attributes; no inline <style> or script runs from them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
}

export function addPolicy(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScripts(html))}"/>`;
  // First thing in <head>: a meta policy only governs what the parser meets after it.
  return html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
}
