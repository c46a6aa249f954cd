import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ForecastListPage } from "@/app/_components/forecast-list-page";
import { pageNumber } from "@/app/_components/page-links";
import { getOutletBySlug } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";
import { OUTLET_ARTICLES_PAGE_SIZE, OutletArticles } from "../../outlet-articles";

/** Every article of an outlet, a page at a time: static per address, invalidated with the outlet's page. */
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
    title: `Articles of ${o.outlet.name}, page ${n}`,
    description: `Articles ${o.outlet.name} published, on Hindsight.`,
    path: `/outlets/${slug}/articles/${n}`,
  });
}

export default async function OutletArticlesPage({ params }: Params) {
  const { slug, page } = await params;
  const found = await getOutletBySlug(slug);
  const n = pageNumber(page);
  if (!found || !n) notFound();
  const total = found.published.length + found.original.length;
  if (n > 1 && (n - 1) * OUTLET_ARTICLES_PAGE_SIZE >= total) notFound();
  return (
    <ForecastListPage back={{ href: `/outlets/${slug}`, label: found.outlet.name }} title={`Articles of ${found.outlet.name} (${total})`}>
      <OutletArticles slug={slug} published={found.published} original={found.original} page={n} />
    </ForecastListPage>
  );
}
