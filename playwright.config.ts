import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

/** End-to-end tests run against the built static export (`npm run build` first), served on 127.0.0.1. */
const port = Number(process.env.E2E_PORT ?? 4173);

const SUBPATH_BUILD_SPECS = /(subpath|large-view)\.spec\.ts/;

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } };

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI, where the 2-core machine is shared: a test that passes only on its retry is still
  // listed as "flaky" in the report (with its first failure and trace), but a single blip of a loaded
  // machine does not block landing. A test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions,
  },
  // With BASE_PATH set (npm run test:subpath) only the specs for that build run: the sub-path one, and
  // the large-view one (that build alone has a generated stack big enough, scripts/test-subpath.mjs).
  projects: [
    process.env.BASE_PATH
      ? { name: 'subpath', testMatch: SUBPATH_BUILD_SPECS, use: desktop }
      : { name: 'chromium', testIgnore: SUBPATH_BUILD_SPECS, use: desktop },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port), OUT_DIR: process.env.OUT_DIR ?? 'out', BASE_PATH: process.env.BASE_PATH ?? '' },
    url: `http://127.0.0.1:${port}${process.env.BASE_PATH ?? ''}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
