import Link from "next/link";
import { type ReactNode, Suspense } from "react";
import { NavMenu } from "./nav-menu";
import { SiteNavAccount } from "./site-nav-account";

const LISTS = [
  ["/forecasts", "Forecasts"],
  ["/articles", "Articles"],
  ["/people", "People"],
  ["/outlets", "Outlets"],
] as const;

/** The site's header, navigation and footer around a page (the public and editor layouts; embeds have none). */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <nav aria-label="Main">
          <Link href="/" className="brand">
            Hindsight
          </Link>
          <NavMenu>
            {/* The full lists are not prefetched: on a large ledger each is megabytes and seconds to
                render, and every page view would ask the server for all four (README "npm run bench:http"). */}
            {LISTS.map(([href, label]) => (
              <Link key={href} href={href} prefetch={false}>
                {label}
              </Link>
            ))}
            <Link href="/leaderboard">Leaderboard</Link>
            <Link href="/methods">Methods</Link>
            <Suspense fallback={<span className="spacer" />}>
              <SiteNavAccount />
            </Suspense>
          </NavMenu>
        </nav>
      </header>
      <main>{children}</main>
      <footer className="site-footer">
        Probabilities come from the words of each forecast through the versioned lexicon (v0); how each score is worked out and what counts:{" "}
        <Link href="/methods">methods</Link>. Outcomes are recorded with evidence and never overwritten.
      </footer>
    </>
  );
}
