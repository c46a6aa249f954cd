import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/http/read-json";
import { staticHeaderRules } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  typedRoutes: false,
  poweredByHeader: false,
  experimental: {
    // The intake sends an uploaded article file (HTML pages run to a few MB) and the article text
    // with its forecasts through server actions; Next's default limit is 1 MB (lib/http/read-json.ts).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    // forbidden() answers 403 with app/forbidden.tsx (the admin and editor pages).
    authInterrupts: true,
  },
  // The fixed security headers (lib/http/security-headers.ts); the CSP comes from proxy.ts.
  async headers() {
    return staticHeaderRules();
  },
};

export default nextConfig;
