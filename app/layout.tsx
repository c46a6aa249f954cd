import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { publicOrigin } from "@/lib/config/env";
import { Providers } from "./providers";
import "./globals.css";

/** metadataBase makes canonical, feed and card URLs absolute (HINDSIGHT_PUBLIC_URL, else BETTER_AUTH_URL; read at build and at request time). */
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: "Hindsight", template: "%s · Hindsight" },
    description: "Published forecasts, held to account: every forecast with its words, its deadline and what happened.",
    openGraph: { siteName: "Hindsight", type: "website" },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f7f9" },
    { media: "(prefers-color-scheme: dark)", color: "#1c2128" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the Content-Security-Policy carries a fresh nonce that Next
  // puts on its scripts (proxy.ts), which a page rendered ahead of time could not have.
  await connection();
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
