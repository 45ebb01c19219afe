import { basePathFromEnv } from './scripts/lib/base-path.mjs';

/** BASE_PATH lets the export live under a sub-path (e.g. a GitHub project site). */
const basePath = basePathFromEnv();

/**
 * Static export: `out/` is the whole site.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  // A custom distDir is where a static export is written (default `out/`), so the sub-path test can
  // export beside the main build. Next still writes its build cache to `.next/`: run such builds one
  // after another, not at the same time (the benchmark builds in a copy of the project instead).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  // SOURCE_MAPS=1: browser source maps beside the chunks, for reading a CPU profile of the export by
  // source file and function (see bench/README.md). Off by default: the site does not ship them.
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === '1',
  poweredByHeader: false,
};

export default nextConfig;
