import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  typedRoutes: false,
  poweredByHeader: false,
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx (editor and admin pages for a signed-in account without the role).
    authInterrupts: true,
    // The intake sends an uploaded article file (HTML pages run to a few MB) and the article text
    // with its forecasts through server actions; Next's default limit is 1 MB.
    serverActions: { bodySizeLimit: "4mb" },
  },
};

export default nextConfig;
