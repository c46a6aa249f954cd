import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { type ReactNode, Suspense } from "react";
import { publicOrigin } from "@/lib/config/env";
import { SiteNavAccount } from "./_components/site-nav-account";
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

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/" className="brand">
              Hindsight
            </Link>
            <Link href="/forecasts">Forecasts</Link>
            <Link href="/articles">Articles</Link>
            <Link href="/people">People</Link>
            <Link href="/outlets">Outlets</Link>
            <Link href="/leaderboard">Leaderboard</Link>
            <Suspense fallback={<span className="spacer" />}>
              <SiteNavAccount />
            </Suspense>
          </nav>
        </header>
        <Providers>
          <main>{children}</main>
        </Providers>
        <footer className="site-footer">
          Probabilities come from the words of each forecast through the versioned lexicon (v0, see <Link href="/methods">methods</Link>). Outcomes are recorded
          with evidence and never overwritten.
        </footer>
      </body>
    </html>
  );
}
