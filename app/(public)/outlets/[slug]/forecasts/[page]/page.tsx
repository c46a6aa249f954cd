import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ForecastListPage, PagedForecastList, SOURCE_LIST_PAGE_SIZE } from "@/app/_components/forecast-list-page";
import { pageNumber } from "@/app/_components/page-links";
import { getOutletBySlug, pageOfForecasts } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";

/** A page of the forecasts an outlet published: static per address, invalidated with the outlet's page (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, page } = await params;
  const o = await getOutletBySlug(slug);
  const n = pageNumber(page);
  if (!o || !n) return { title: "Not found" };
  return pageMetadata({
    title: `Forecasts ${o.outlet.name} published, page ${n}`,
    description: `Forecasts published by ${o.outlet.name} on Hindsight, page ${n}.`,
    path: `/outlets/${slug}/forecasts/${n}`,
  });
}

export default async function OutletForecastsPage({ params }: Params) {
  const { slug, page } = await params;
  const found = await getOutletBySlug(slug);
  const n = pageNumber(page);
  if (!found || !n) notFound();
  const list = await pageOfForecasts({ outlet: slug }, n, SOURCE_LIST_PAGE_SIZE);
  if (!list.items.length && n > 1) notFound();
  return (
    <ForecastListPage back={{ href: `/outlets/${slug}`, label: found.outlet.name }} title={`Forecasts ${found.outlet.name} published (${list.total})`}>
      <PagedForecastList
        items={list.items}
        total={list.total}
        page={n}
        href={(k) => `/outlets/${slug}/forecasts/${k}`}
        empty="No forecasts from this outlet yet."
        testid="outlet-forecast-pages"
      />
    </ForecastListPage>
  );
}
