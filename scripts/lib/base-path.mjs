/**
 * The sub-path the export is built for and served under: BASE_PATH without its trailing slash, ''
 * for none. One reading for the build (next.config.mjs), post-build, the local server and the link
 * check, so they never disagree about where the site lives.
 */
export const basePathFromEnv = (env = process.env) => (env.BASE_PATH ?? '').replace(/\/$/, '');
