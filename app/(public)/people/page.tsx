import type { Metadata } from "next";
import Link from "next/link";
import { listPeople } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "People and institutions",
  description: "The people and institutions who made the forecasts, each with a scorecard.",
  path: "/people",
});

export default async function PeoplePage() {
  const rows = await listPeople();
  return (
    <>
      <h1>People and institutions</h1>
      <p className="lead">Forecasters (including institutions and people an article quotes) and the authors who published them.</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Kind</th>
              <th className="num">Forecasts made</th>
              <th className="num">Resolved</th>
              <th className="num">Articles written</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.slug}>
                <td>
                  <Link href={`/people/${p.slug}`}>{p.name}</Link>
                </td>
                <td>{p.kind}</td>
                <td className="num">{p.made}</td>
                <td className="num">{p.resolved}</td>
                <td className="num">{p.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
