/**
 * The screens' Content-Security-Policy, sent by both hosts and written into index.html at
 * build time: only the app's own scripts, styles and endpoints; no inline script, no eval,
 * no remote content, no framing.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
