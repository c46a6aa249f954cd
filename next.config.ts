import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/http/read-json";
import { staticHeaderRules } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  typedRoutes: false,
  poweredByHeader: false,
  // server.mjs compresses: it writes each response's CSP nonce into the body first (lib/http/response-nonce.mjs).
  compress: false,
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
};

export default nextConfig;
