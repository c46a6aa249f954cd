import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { exportForecasts } from "@/db/queries/forecasts";
import { getOutletBySlug } from "@/db/queries/sources";
import { formatDate } from "@/lib/dates";
import { ForecastList } from "../../../_components/forecast-list";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await connection();
  const o = getOutletBySlug(getDb(), (await params).slug);
  return { title: o ? o.outlet.name : "Not found" };
}

export default async function OutletPage({ params }: Params) {
  await connection();
  const { slug } = await params;
  const db = getDb();
  const found = getOutletBySlug(db, slug);
  if (!found) notFound();
  const { outlet } = found;
  const items = exportForecasts(db, { outlet: slug });
  return (
    <>
      <p className="small muted">
        <Link href="/outlets">Outlets</Link>
      </p>
      <h1>{outlet.name}</h1>
      <p className="lead">
        {outlet.site ?? "site unknown"}
        {outlet.language ? ` · ${outlet.language}` : ""}
        {outlet.description ? ` · ${outlet.description}` : ""}
      </p>
      <ul className="small">
        {found.published.map((a) => (
          <li key={a.slug}>
            Published <Link href={`/articles/${a.slug}`}>{a.title}</Link> {a.publishedOn ? `(${formatDate(a.publishedOn)})` : ""}
          </li>
        ))}
        {found.original.map((a) => (
          <li key={a.slug}>
            First published <Link href={`/articles/${a.slug}`}>{a.title}</Link> {a.firstPublishedOn ? `(${formatDate(a.firstPublishedOn)})` : "(date unknown)"}, later republished or translated elsewhere
          </li>
        ))}
      </ul>
      <h2>Forecasts it published ({items.length})</h2>
      <ForecastList items={items} empty="No forecasts from this outlet yet." />
    </>
  );
}
