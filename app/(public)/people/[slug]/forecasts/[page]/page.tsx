import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ForecastListPage, PagedForecastList, SOURCE_LIST_PAGE_SIZE } from "@/app/_components/forecast-list-page";
import { pageNumber } from "@/app/_components/page-links";
import { getPersonBySlug, pageOfForecasts } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";

/** A page of the forecasts a person made: static per address, invalidated with the person's page (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, page } = await params;
  const p = await getPersonBySlug(slug);
  const n = pageNumber(page);
  if (!p || !n) return { title: "Not found" };
  return pageMetadata({
    title: `Forecasts ${p.person.name} made, page ${n}`,
    description: `${p.made} forecast${p.made === 1 ? "" : "s"} by ${p.person.name} on Hindsight, page ${n}.`,
    path: `/people/${slug}/forecasts/${n}`,
  });
}

export default async function PersonForecastsPage({ params }: Params) {
  const { slug, page } = await params;
  const found = await getPersonBySlug(slug);
  const n = pageNumber(page);
  if (!found || !n) notFound();
  const list = await pageOfForecasts({ forecaster: slug }, n, SOURCE_LIST_PAGE_SIZE);
  if (!list.items.length && n > 1) notFound();
  return (
    <ForecastListPage back={{ href: `/people/${slug}`, label: found.person.name }} title={`Forecasts ${found.person.name} made (${list.total})`}>
      <PagedForecastList
        items={list.items}
        total={list.total}
        page={n}
        href={(k) => `/people/${slug}/forecasts/${k}`}
        empty="No forecasts attributed to them."
        testid="made-pages"
      />
    </ForecastListPage>
  );
}
