import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  typedRoutes: false,
  poweredByHeader: false,
  experimental: {
    // The intake sends an uploaded article file (HTML pages run to a few MB) and the article text
    // with its forecasts through server actions; Next's default limit is 1 MB.
    serverActions: { bodySizeLimit: "4mb" },
  },
};

export default nextConfig;
