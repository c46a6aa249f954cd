import type { Metadata } from "next";
import { pageMetadata } from "@/lib/share/metadata";
import { ArticlesList } from "../../_components/source-lists";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Articles",
  description: "The articles the forecasts come from, with their outlets, authors and dates.",
  path: "/articles",
});

export default async function ArticlesPage() {
  return (
    <>
      <h1>Articles</h1>
      <p className="lead">The sources every forecast comes from.</p>
      <ArticlesList page={1} />
    </>
  );
}
