import type { NextConfig } from "next";
import { pageRewrites } from "./lib/http/page-rewrites";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/http/read-json";
import { staticHeaderRules } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  typedRoutes: false,
  poweredByHeader: false,
  // server.mjs compresses: it writes each response's CSP nonce into the body first (lib/http/response-nonce.mjs).
  compress: false,
  // No ETag on pages: Next hashes the whole HTML on every response to make one (a large share of
  // a cached page's cost under load, README "npm run bench:http"), and a page's body differs per
  // response anyway once its CSP nonce is written in. Build assets keep their own ETags.
  generateEtags: false,
  // The reading pages are served from memory and invalidated through the database's cache tags,
  // so every process and every command-line write is seen at once (lib/cache/next-cache-handler.cjs).
  cacheHandler: require.resolve("./lib/cache/next-cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx (editor and admin pages for a signed-in account without the role).
    authInterrupts: true,
    // The intake sends an uploaded article file (HTML pages run to a few MB) and the article text
    // with its forecasts through server actions; Next's default limit is 1 MB (lib/http/read-json.ts).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
  },
  // The fixed security headers (lib/http/security-headers.ts); the CSP comes from proxy.ts.
  async headers() {
    return staticHeaderRules();
  },
  // The leaderboard with settings in its query renders per request; so does the forecast list with
  // filters, while `/forecasts` and its pages are static (lib/http/page-rewrites.ts).
  async rewrites() {
    return { beforeFiles: pageRewrites(), afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
