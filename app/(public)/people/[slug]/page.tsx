import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { EmbedSnippet, ShareBar } from "@/app/_components/share/embed-snippet";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { viewForPage } from "@/lib/accuracy/page-view";
import { brierInWords } from "@/lib/accuracy/plain-words";
import { formatNumber, plural } from "@/lib/format/numbers";
import { getAccuracy, getAccuracyView } from "@/lib/read/accuracy";
import { getPersonBySlug, listTopicNames, pageOfForecasts } from "@/lib/read/ledger";
import { getScorecard } from "@/lib/read/share";
import { pageMetadata } from "@/lib/share/metadata";
import { AccuracyPanel } from "../../../_components/accuracy/accuracy-panel";
import { ExportLinks } from "../../../_components/export-links";
import { PagedForecastList, SOURCE_LIST_PAGE_SIZE } from "../../../_components/forecast-list-page";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const slug = (await params).slug;
  const p = await getPersonBySlug(slug);
  if (!p) return { title: "Not found" };
  const card = await getScorecard("people", slug);
  return pageMetadata({
    title: p.person.name,
    description: `${p.made} forecast${p.made === 1 ? "" : "s"} by ${p.person.name} on Hindsight${card?.brier != null ? `; Brier score ${card.brier.toFixed(3)} over ${card.n} scored: ${card.reading}` : "; none scored yet"}.`,
    path: `/people/${slug}`,
    type: "profile",
    feeds: [{ title: `Hindsight: forecasts by ${p.person.name}`, url: `/people/${slug}/feed.atom` }],
  });
}

export default async function PersonPage({ params }: Params) {
  const { slug } = await params;
  const found = await getPersonBySlug(slug);
  if (!found) notFound();
  const { person } = found;
  // The first page of each list; the rest at /people/SLUG/forecasts/2 and /people/SLUG/published/2.
  const filters = DEFAULT_ACCURACY_FILTERS;
  // Asked for together: on PostgreSQL each is a round trip to the server.
  const [made, publishedFromOthers, view, published, topics] = await Promise.all([
    pageOfForecasts({ forecaster: slug }, 1, SOURCE_LIST_PAGE_SIZE),
    found.authored.length ? pageOfForecasts({ author: slug, notForecaster: slug }, 1, SOURCE_LIST_PAGE_SIZE) : null,
    getAccuracyView({ kind: "forecaster", personId: person.id }, filters),
    found.authored.length ? getAccuracy({ kind: "published-by", personId: person.id }, filters) : null,
    listTopicNames(),
  ]);
  return (
    <>
      <p className="small muted">
        <Link href="/people" prefetch={false}>
          People and institutions
        </Link>
      </p>
      <h1>{person.name}</h1>
      <ShareBar feed={`/people/${slug}/feed.atom`}>
        <EmbedSnippet kind="people" slug={slug} name={person.name} />
      </ShareBar>
      <p className="lead">
        {person.kind === "institution" ? "Institution" : "Person"}
        {person.description ? ` · ${person.description}` : ""}
      </p>
      {found.authored.length ? (
        <p className="small">
          Author of:{" "}
          {found.authored.map((a, i) => (
            <span key={a.slug}>
              {i ? "; " : ""}
              <Link href={`/articles/${a.slug}`}>{a.title}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <Suspense>
        <AccuracyPanel scope={`person:${slug}`} initial={viewForPage(view)} topics={topics} title={`How ${person.name}'s own forecasts held up`} />
      </Suspense>
      <h2>
        Forecasts {person.name} made ({made.total})
      </h2>
      <ExportLinks query={{ forecaster: slug }} />
      <PagedForecastList
        items={made.items}
        total={made.total}
        page={1}
        href={(n) => `/people/${slug}/forecasts/${n}`}
        empty="No forecasts attributed to them."
        testid="made-pages"
      />
      {publishedFromOthers ? (
        <>
          <h2>Forecasts of others they published ({publishedFromOthers.total})</h2>
          <ExportLinks query={{ author: slug }} label="Download every forecast in their articles, theirs included" />
          <p className="small muted" data-testid="published-summary">
            Quoted or reported in their articles; these count for the forecaster, not for {person.name}.
            {published?.counts.scored ? (
              <>
                {" "}
                Of these, <Link href={`/forecasts?scored=published-by:${slug}`}>{plural(published.counts.scored, "is scored", "are scored")}</Link>, with a
                Brier score of {formatNumber(published.summary.brier)}: {brierInWords(published.summary.brier, published.summary.baseRate).toLowerCase()}
              </>
            ) : (
              " None of them is scored yet."
            )}
          </p>
          <PagedForecastList
            items={publishedFromOthers.items}
            total={publishedFromOthers.total}
            page={1}
            href={(n) => `/people/${slug}/published/${n}`}
            empty="None: every forecast in their articles is their own."
            testid="published-pages"
          />
        </>
      ) : null}
    </>
  );
}
