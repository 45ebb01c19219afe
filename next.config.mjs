/**
 * Static export: `out/` is the whole site.
 * BASE_PATH lets the export live under a sub-path (e.g. a GitHub project site).
 * @type {import('next').NextConfig}
 */
const basePath = process.env.BASE_PATH?.replace(/\/$/, '') || '';

const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
