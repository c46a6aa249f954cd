import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ForecastListPage, PagedForecastList, SOURCE_LIST_PAGE_SIZE } from "@/app/_components/forecast-list-page";
import { pageNumber } from "@/app/_components/page-links";
import { getPersonBySlug, pageOfForecasts } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";

/** A page of the forecasts of others in a person's articles: static per address, invalidated with the person's page. */
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
    title: `Forecasts of others ${p.person.name} published, page ${n}`,
    description: `Forecasts quoted or reported in articles by ${p.person.name} on Hindsight, page ${n}.`,
    path: `/people/${slug}/published/${n}`,
  });
}

export default async function PersonPublishedPage({ params }: Params) {
  const { slug, page } = await params;
  const found = await getPersonBySlug(slug);
  const n = pageNumber(page);
  if (!found || !n) notFound();
  const list = await pageOfForecasts({ author: slug, notForecaster: slug }, n, SOURCE_LIST_PAGE_SIZE);
  if (!list.items.length && n > 1) notFound();
  return (
    <ForecastListPage back={{ href: `/people/${slug}`, label: found.person.name }} title={`Forecasts of others ${found.person.name} published (${list.total})`}>
      <p className="small muted">Quoted or reported in their articles; these count for the forecaster, not for {found.person.name}.</p>
      <PagedForecastList
        items={list.items}
        total={list.total}
        page={n}
        href={(k) => `/people/${slug}/published/${k}`}
        empty="None: every forecast in their articles is their own."
        testid="published-pages"
      />
    </ForecastListPage>
  );
}
