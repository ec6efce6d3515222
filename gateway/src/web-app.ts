import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express } from 'express';

/**
 * The cabinet's built web app (web/dist), served on the graph's own origin so the app needs no CORS and its
 * live connection is the same host. Hashed assets are cached for good; every other GET that asks for HTML
 * gets index.html (the app routes by path), with a policy that lets the page load and talk only to this origin.
 */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Paths the gateway answers itself: never the app's index, so an API typo stays a 404. */
const API_PATHS = /^\/(graphql|health|ready|metrics|uploads|attachments|files|pay|webhooks)(\/|$)/;

export function checkWebRoot(root: string): string {
  const dir = resolve(root);
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`WEB_ROOT ${dir} has no index.html: build the app first (npm run build)`);
  return dir;
}

export function serveWebApp(app: Express, root: string) {
  const dir = checkWebRoot(root);
  app.use(
    '/assets',
    express.static(join(dir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
      setHeaders: (res) => res.set('x-content-type-options', 'nosniff'),
    }),
  );
  app.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.set({ ...SECURITY_HEADERS, 'cache-control': 'no-cache' }).sendFile(join(dir, 'index.html'));
  });
}
