import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DateText } from "@/app/_components/date-text";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { formatDate } from "@/lib/format/dates";
import { getAccuracy } from "@/lib/read/accuracy";
import { exportForecasts, getArticleBySlug } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";
import { LANGUAGE_LABEL, type Language } from "@/lib/vocabulary";
import { Figures } from "../../../_components/accuracy/figures";
import { ExportLinks } from "../../../_components/export-links";
import { ForecastList } from "../../../_components/forecast-list";
import { ArticleText } from "./article-text";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const a = await getArticleBySlug((await params).slug);
  if (!a) return { title: "Article not found" };
  const by = a.authors.length ? ` by ${a.authors.map((p) => p.name).join(", ")}` : "";
  return pageMetadata({
    title: a.a.title,
    description: `The forecasts in “${a.a.title}”${by}${a.outletName ? ` (${a.outletName}${a.a.publishedOn ? `, ${formatDate(a.a.publishedOn)}` : ""})` : ""}, each with its words, deadline, probability and outcome.`,
    path: `/articles/${a.a.slug}`,
    type: "article",
  });
}

export default async function ArticlePage({ params }: Params) {
  const { slug } = await params;
  const article = await getArticleBySlug(slug);
  if (!article) notFound();
  const { a } = article;
  const items = await exportForecasts({ article: slug });
  const accuracy = await getAccuracy({ kind: "article", articleId: a.id }, DEFAULT_ACCURACY_FILTERS);
  return (
    <>
      <p className="small muted">
        <Link href="/articles" prefetch={false}>
          Articles
        </Link>
      </p>
      <h1 lang={a.language}>{a.title}</h1>
      <section className="panel">
        <dl className="facts">
          <dt>Author</dt>
          <dd>
            {article.authors.length ? (
              article.authors.map((p, i) => (
                <span key={p.slug}>
                  {i ? ", " : ""}
                  <Link href={`/people/${p.slug}`}>{p.name}</Link>
                </span>
              ))
            ) : (
              <span className="muted">not named</span>
            )}
          </dd>
          <dt>Outlet</dt>
          <dd>
            {article.outletSlug ? (
              <Link href={`/outlets/${article.outletSlug}`}>{article.outletName}</Link>
            ) : (
              <span className="muted">not named in the text</span>
            )}
          </dd>
          <dt>Language</dt>
          <dd>{LANGUAGE_LABEL[a.language as Language] ?? a.language}</dd>
          <dt>Date on page</dt>
          <dd>
            <DateText iso={a.publishedOn} fallback="none shown" />
          </dd>
          <dt>First published</dt>
          <dd>
            <DateText iso={a.firstPublishedOn} fallback="same date or unknown" />
            {article.originalOutletSlug ? (
              <>
                {" "}
                in <Link href={`/outlets/${article.originalOutletSlug}`}>{article.originalOutletName}</Link>
              </>
            ) : null}
          </dd>
          <dt>URL</dt>
          <dd>{a.url ? <a href={a.url}>{a.url}</a> : <span className="muted">unknown</span>}</dd>
        </dl>
        {a.provenanceNote ? <p className="small muted">{a.provenanceNote}</p> : null}
      </section>
      <section aria-labelledby="scorecard-h" data-testid="article-scorecard">
        <h2 id="scorecard-h">How its forecasts held up</h2>
        <Figures a={accuracy} listHref={`/forecasts?scored=article:${slug}`} />
      </section>
      <h2>Forecasts in this article ({items.length})</h2>
      <ExportLinks query={{ article: slug }} />
      <ForecastList items={items} empty="No forecasts recorded for this article." inArticle />
      <h2 id="text">Text</h2>
      <p className="small muted">Each recorded forecast is marked; its number links to its page.</p>
      <ArticleText body={a.body} language={a.language} forecasts={items} />
    </>
  );
}
