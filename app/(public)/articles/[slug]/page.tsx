import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/format/dates";
import { exportForecasts, getArticleBySlug } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";
import { ExportLinks } from "../../../_components/export-links";
import { ForecastList } from "../../../_components/forecast-list";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const a = getArticleBySlug((await params).slug);
  if (!a) return { title: "Article not found" };
  const by = a.authors.length ? ` by ${a.authors.map((p) => p.name).join(", ")}` : "";
  return pageMetadata({
    title: a.a.title,
    description: `The forecasts in “${a.a.title}”${by}${a.outletName ? ` (${a.outletName}${a.a.publishedOn ? `, ${a.a.publishedOn}` : ""})` : ""}, each with its words, deadline, probability and outcome.`,
    path: `/articles/${a.a.slug}`,
    type: "article",
  });
}

export default async function ArticlePage({ params }: Params) {
  const { slug } = await params;
  const article = getArticleBySlug(slug);
  if (!article) notFound();
  const { a } = article;
  const items = exportForecasts({ article: slug });
  return (
    <>
      <p className="small muted">
        <Link href="/articles">Articles</Link>
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
          <dd>{a.language}</dd>
          <dt>Date on page</dt>
          <dd>{a.publishedOn ? formatDate(a.publishedOn) : <span className="muted">none shown</span>}</dd>
          <dt>First published</dt>
          <dd>
            {a.firstPublishedOn ? formatDate(a.firstPublishedOn) : <span className="muted">same date or unknown</span>}
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
      <h2>Forecasts in this article ({items.length})</h2>
      <ExportLinks query={{ article: slug }} />
      <ForecastList items={items} empty="No forecasts recorded for this article." />
      <h2>Text</h2>
      <div className="article-body" lang={a.language}>
        {a.body}
      </div>
    </>
  );
}
