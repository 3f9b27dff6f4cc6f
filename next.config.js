// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const path = require('node:path');

/** Headers every response carries; the page CSP (with its per-request nonce) is set in proxy.ts. */
const commonHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Static files get a fixed, strict policy: they run no script of their own. */
const staticCsp = {
  key: 'Content-Security-Policy',
  value: "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; frame-ancestors 'none'",
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A lockfile in a parent folder would otherwise make Next.js pick the wrong project root.
  outputFileTracingRoot: __dirname,
  turbopack: { root: __dirname },
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'exceljs'],
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    serverActions: { bodySizeLimit: '12mb' },
  },
  sassOptions: { quietDeps: true, loadPaths: [path.join(__dirname, 'node_modules')] },
  async headers() {
    return [
      { source: '/:path*', headers: commonHeaders },
      { source: '/_next/static/:path*', headers: [staticCsp] },
      { source: '/assets/:path*', headers: [staticCsp] },
    ];
  },
};

module.exports = nextConfig;
