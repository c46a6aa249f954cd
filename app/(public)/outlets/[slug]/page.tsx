import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { EmbedSnippet, ShareBar } from "@/app/_components/share/embed-snippet";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { viewForPage } from "@/lib/accuracy/page-view";
import { plural } from "@/lib/format/numbers";
import { getAccuracyView } from "@/lib/read/accuracy";
import { getOutletBySlug, listTopicNames, pageOfForecasts } from "@/lib/read/ledger";
import { getScorecard } from "@/lib/read/share";
import { pageMetadata } from "@/lib/share/metadata";
import { AccuracyPanel } from "../../../_components/accuracy/accuracy-panel";
import { ExportLinks } from "../../../_components/export-links";
import { PagedForecastList, SOURCE_LIST_PAGE_SIZE } from "../../../_components/forecast-list-page";
import { OutletArticles } from "./outlet-articles";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const slug = (await params).slug;
  const o = await getOutletBySlug(slug);
  if (!o) return { title: "Not found" };
  const card = await getScorecard("outlets", slug);
  return pageMetadata({
    title: o.outlet.name,
    description: `Forecasts published by ${o.outlet.name} (${o.published.length} article${o.published.length === 1 ? "" : "s"}) on Hindsight${card?.brier != null ? `; Brier score ${card.brier.toFixed(3)} over ${card.n} scored: ${card.reading}` : "; none scored yet"}.`,
    path: `/outlets/${slug}`,
    feeds: [{ title: `Hindsight: forecasts published by ${o.outlet.name}`, url: `/outlets/${slug}/feed.atom` }],
  });
}

export default async function OutletPage({ params }: Params) {
  const { slug } = await params;
  const found = await getOutletBySlug(slug);
  if (!found) notFound();
  const { outlet } = found;
  // The first page of its forecasts; the rest at /outlets/SLUG/forecasts/2.
  // Asked for together: on PostgreSQL each is a round trip to the server.
  const [items, view, topics] = await Promise.all([
    pageOfForecasts({ outlet: slug }, 1, SOURCE_LIST_PAGE_SIZE),
    getAccuracyView({ kind: "outlet", outletId: outlet.id }, DEFAULT_ACCURACY_FILTERS),
    listTopicNames(),
  ]);
  // Articles it republished from another outlet, summed per original outlet: those count there (docs/scoring.md 2.11).
  const byOriginal = new Map<string, { slug: string; name: string; forecasts: number }>();
  for (const a of found.published.filter((a) => a.originalSlug)) {
    const r = byOriginal.get(a.originalSlug!) ?? { slug: a.originalSlug!, name: a.originalName ?? a.originalSlug!, forecasts: 0 };
    r.forecasts += a.forecasts;
    byOriginal.set(r.slug, r);
  }
  const republished = [...byOriginal.values()];
  return (
    <>
      <p className="small muted">
        <Link href="/outlets" prefetch={false}>
          Outlets
        </Link>
      </p>
      <h1>{outlet.name}</h1>
      <ShareBar feed={`/outlets/${slug}/feed.atom`}>
        <EmbedSnippet kind="outlets" slug={slug} name={outlet.name} />
      </ShareBar>
      <p className="lead">
        {outlet.site ?? "site unknown"}
        {outlet.language ? ` · ${outlet.language}` : ""}
        {outlet.description ? ` · ${outlet.description}` : ""}
      </p>
      <OutletArticles slug={slug} published={found.published} original={found.original} page={1} summary />
      {republished.map((r) => (
        <p className="note-box" key={r.slug} data-testid="republished-note">
          {outlet.name} republished {plural(r.forecasts, "forecast")} from <Link href={`/outlets/${r.slug}`}>{r.name}</Link>, counted for {r.name}: a
          republication counts once, for the outlet where the words first appeared (<Link href="/methods#outlets">why</Link>).
        </p>
      ))}
      <Suspense>
        <AccuracyPanel scope={`outlet:${slug}`} initial={viewForPage(view)} topics={topics} title={`How the forecasts ${outlet.name} published held up`} />
      </Suspense>
      <p className="small muted">
        An outlet is scored on every forecast it published, its authors&apos; own and those of the people its articles quote; a republished or translated
        article counts once, for the original outlet.
      </p>
      <h2>Forecasts it published ({items.total})</h2>
      <ExportLinks query={{ outlet: slug }} />
      <PagedForecastList
        items={items.items}
        total={items.total}
        page={1}
        href={(n) => `/outlets/${slug}/forecasts/${n}`}
        empty="No forecasts from this outlet yet."
        testid="outlet-forecast-pages"
      />
    </>
  );
}
