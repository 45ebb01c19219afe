import { existsSync } from 'node:fs';

/**
 * How every browser here is launched (end-to-end tests and the benchmark). Playwright cannot
 * download its own browser on this network: use CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own where it is installed.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
