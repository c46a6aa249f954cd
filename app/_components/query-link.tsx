import Link from "next/link";

/**
 * A link between addresses of the same list. An address with a query may be rewritten to a
 * destination that other addresses of the list share (lib/http/page-rewrites.ts:
 * `/forecasts?language=de` and `?language=de&page=2` both render /forecasts/filtered); moving
 * between two such addresses, Next's router at times changed the address but kept the old content
 * (flaky browser tests: the leaderboard's sort links, the forecast list's pages). So a link to an address with a
 * query loads the page; a link to an address without one stays a router link.
 */
export function QueryLink({ href, rel, title, children }: { href: string; rel?: string; title?: string; children: React.ReactNode }) {
  return href.includes("?") ? (
    <a href={href} rel={rel} title={title}>
      {children}
    </a>
  ) : (
    <Link href={href} rel={rel} title={title}>
      {children}
    </Link>
  );
}
