import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import { listArticles } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Articles",
  description: "The articles the forecasts come from, with their outlets, authors and dates.",
  path: "/articles",
});

export default async function ArticlesPage() {
  const rows = await listArticles();
  return (
    <>
      <h1>Articles</h1>
      <p className="lead">The sources every forecast comes from.</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Title</th>
              <th>Author</th>
              <th>Outlet</th>
              <th>Language</th>
              <th>Date on page</th>
              <th>First published</th>
              <th className="num">Forecasts</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.slug}>
                <td>
                  <Link href={`/articles/${a.slug}`}>{a.title}</Link>
                </td>
                <td>{a.authors ?? <span className="muted">not named</span>}</td>
                <td>{a.outletSlug ? <Link href={`/outlets/${a.outletSlug}`}>{a.outletName}</Link> : <span className="muted">not named</span>}</td>
                <td>{a.language}</td>
                <td>{a.publishedOn ? formatDate(a.publishedOn) : <span className="muted">none shown</span>}</td>
                <td>{a.firstPublishedOn ? formatDate(a.firstPublishedOn) : <span className="muted">same or unknown</span>}</td>
                <td className="num">{a.forecasts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
