/**
 * Where the site is hosted: SITE_URL (origin, default http://localhost:3000) plus BASE_PATH.
 * Used for absolute URLs in the sitemap, robots.txt and share-image metadata.
 */
const origin = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

export function siteUrl(path: string): string {
  return `${origin}${basePath}${path}`;
}
