import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { viewForPage } from "@/lib/accuracy/page-view";
import { formatDate } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import { getAccuracyView, getForecastCounts } from "@/lib/read/accuracy";
import { getComingDue, getRecentlyResolved, listArticles, listTopicNames } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";
import { AccuracyPanel } from "../_components/accuracy/accuracy-panel";
import { ForecastList } from "../_components/forecast-list";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Published forecasts, held to account",
  description:
    "Every forecast from our sources in its own words, with its deadline, the probability its words imply, what happened, and how each source scores.",
  path: "/",
});

export default async function DashboardPage() {
  // Asked for together: on PostgreSQL each is a round trip to the server.
  const [counts, comingDue, resolved, latest, view, topics] = await Promise.all([
    getForecastCounts(),
    getComingDue(5),
    getRecentlyResolved(5),
    listArticles(5),
    getAccuracyView({ kind: "all" }, DEFAULT_ACCURACY_FILTERS),
    listTopicNames(),
  ]);
  return (
    <>
      <h1>Published forecasts, held to account</h1>
      <p className="lead">Every forecast from our sources, in its own words, with its deadline, the probability its words imply, and what happened.</p>
      <section className="cards" aria-label="Counts">
        <Card label="forecasts" value={counts.total} href="/forecasts" />
        <Card label="resolved" value={counts.resolved ?? 0} href="/forecasts?status=resolved" />
        <Card label="past deadline, unresolved" value={counts.due ?? 0} href="/forecasts?status=due" />
        <Card label="open" value={counts.open ?? 0} href="/forecasts?status=open" />
        <Card label="forecasters" value={counts.forecasters} href="/people" />
        <Card label="articles" value={counts.articles} href="/articles" />
      </section>
      <div className="grid-2">
        <section>
          <h2>Coming due</h2>
          <ForecastList items={comingDue} empty="No open forecast has a future deadline." />
        </section>
        <section>
          <h2>Recently resolved</h2>
          <ForecastList items={resolved} empty="Nothing resolved yet." />
        </section>
      </div>
      <Suspense>
        <AccuracyPanel scope="all" initial={viewForPage(view)} topics={topics} title="Overall: how the forecasts held up" />
      </Suspense>
      <section>
        <h2>Latest articles</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Article</th>
                <th>Outlet</th>
                <th>Date on page</th>
                <th className="num">Forecasts</th>
              </tr>
            </thead>
            <tbody>
              {latest.map((a) => (
                <tr key={a.slug}>
                  <td>
                    <Link href={`/articles/${a.slug}`}>{a.title}</Link>
                    {a.authors ? <div className="small muted">{a.authors}</div> : null}
                  </td>
                  <td>{a.outletSlug ? <Link href={`/outlets/${a.outletSlug}`}>{a.outletName}</Link> : <span className="muted">not named</span>}</td>
                  <td>{a.publishedOn ? formatDate(a.publishedOn) : <span className="muted">none shown</span>}</td>
                  <td className="num">{a.forecasts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function Card({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <div className="card">
      {/* Lists, not prefetched (see site-chrome.tsx). */}
      <Link href={href} prefetch={false}>
        <div className="value">{formatCount(value)}</div>
        <div className="label">{label}</div>
      </Link>
    </div>
  );
}
