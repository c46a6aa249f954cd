import Link from "next/link";
import { DateText } from "@/app/_components/date-text";
import { PageLinks } from "@/app/_components/page-links";
import type { getOutletBySlug } from "@/lib/read/ledger";

type Found = NonNullable<Awaited<ReturnType<typeof getOutletBySlug>>>;

/** Articles named on the outlet's own page; all of them, a page at a time, at /outlets/SLUG/articles/1. */
export const OUTLET_ARTICLES_SHOWN = 10;
export const OUTLET_ARTICLES_PAGE_SIZE = 50;

/** The articles an outlet published (or republished), then those first published there and republished elsewhere, one page of them. */
export function OutletArticles({
  slug,
  published,
  original,
  page,
  summary = false,
}: {
  slug: string;
  published: Found["published"];
  original: Found["original"];
  page: number;
  /** On the outlet's own page: the first few, then a link to all of them. */
  summary?: boolean;
}) {
  const pageSize = summary ? OUTLET_ARTICLES_SHOWN : OUTLET_ARTICLES_PAGE_SIZE;
  const all = [...published.map((a) => ({ ...a, first: false })), ...original.map((a) => ({ ...a, first: true, originalSlug: null }))];
  const shown = all.slice((page - 1) * pageSize, page * pageSize);
  return (
    <>
      <ul className="small" data-testid="outlet-articles">
        {shown.map((a) =>
          a.first ? (
            <li key={`first-${a.slug}`}>
              First published <Link href={`/articles/${a.slug}`}>{a.title}</Link>{" "}
              {a.firstPublishedOn ? (
                <>
                  (<DateText iso={a.firstPublishedOn} />)
                </>
              ) : (
                "(date unknown)"
              )}
              , later republished or translated elsewhere
            </li>
          ) : (
            <li key={a.slug}>
              {a.originalSlug ? "Republished" : "Published"} <Link href={`/articles/${a.slug}`}>{a.title}</Link>{" "}
              {a.publishedOn ? (
                <>
                  (<DateText iso={a.publishedOn} />)
                </>
              ) : null}
            </li>
          ),
        )}
      </ul>
      {summary ? (
        all.length > shown.length ? (
          <p className="small">
            <Link href={`/outlets/${slug}/articles/1`} data-testid="all-articles">
              All {all.length} articles →
            </Link>
          </p>
        ) : null
      ) : (
        <PageLinks
          page={page}
          pageSize={pageSize}
          total={all.length}
          noun={["article", "articles"]}
          href={(n) => `/outlets/${slug}/articles/${n}`}
          testid="article-pages"
        />
      )}
    </>
  );
}
