import type { Metadata } from "next";
import Link from "next/link";
import { listOutlets } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Outlets",
  description: "The outlets that published the forecasts, each with a scorecard.",
  path: "/outlets",
});

export default async function OutletsPage() {
  const rows = await listOutlets();
  return (
    <>
      <h1>Outlets</h1>
      <p className="lead">Where the forecasts were published, including the original outlet of a republication or translation.</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Outlet</th>
              <th>Site</th>
              <th>Language</th>
              <th className="num">Articles</th>
              <th className="num">Forecasts</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.slug}>
                <td>
                  <Link href={`/outlets/${o.slug}`}>{o.name}</Link>
                </td>
                <td>{o.site ?? <span className="muted">unknown</span>}</td>
                <td>{o.language ?? ""}</td>
                <td className="num">{o.articles}</td>
                <td className="num">{o.forecasts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">Two seed articles name no outlet; they are listed under Articles, not here.</p>
    </>
  );
}
