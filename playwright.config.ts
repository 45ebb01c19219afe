import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built static export (`npm run build` first), served on 127.0.0.1.
 * Browser: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own (where installed).
 */
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // With BASE_PATH set (npm run test:subpath) only the sub-path spec runs, against that build.
  projects: [
    process.env.BASE_PATH
      ? { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }
      : { name: 'chromium', testIgnore: /subpath\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port), OUT_DIR: process.env.OUT_DIR ?? 'out', BASE_PATH: process.env.BASE_PATH ?? '' },
    url: `http://127.0.0.1:${port}${process.env.BASE_PATH ?? ''}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
