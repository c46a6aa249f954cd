import type { Metadata } from "next";
import Link from "next/link";
import { SiteChrome } from "./_components/site-chrome";

export const metadata: Metadata = { title: "Not found" };

/** 404: the page, forecast, person, outlet or article does not exist; a search and the main ways back. */
export default function NotFound() {
  return (
    <SiteChrome>
      <h1>Not found</h1>
      <p className="lead">There is no page at this address. It may have been mistyped, or the forecast, person, outlet or article it names does not exist.</p>
      <search>
        <form method="get" action="/forecasts" className="inline-form" aria-label="Search the forecasts">
          <label htmlFor="nf-q">Search the forecasts</label>
          <input id="nf-q" type="search" name="q" placeholder="e.g. Militärbündnis, alliance" />
          <button type="submit">Search</button>
        </form>
      </search>
      <ul>
        <li>
          <Link href="/">The ledger</Link>: counts, coming due, recently resolved
        </li>
        <li>
          <Link href="/forecasts">All forecasts</Link>, <Link href="/articles">articles</Link>, <Link href="/people">people</Link> and{" "}
          <Link href="/outlets">outlets</Link>
        </li>
        <li>
          <Link href="/leaderboard">Leaderboard</Link> and <Link href="/methods">how the scores work</Link>
        </li>
      </ul>
    </SiteChrome>
  );
}
