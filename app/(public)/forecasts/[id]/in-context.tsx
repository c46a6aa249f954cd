/** The quote in the article's text, marked, with a link to its place in the whole article. */
import Link from "next/link";

const AROUND = 280;

export function InContext({ body, quote, language, articleSlug, id }: { body: string; quote: string; language: string; articleSlug: string; id: number }) {
  const at = body.indexOf(quote);
  if (at < 0) return null;
  const before = body.slice(Math.max(0, at - AROUND), at);
  const after = body.slice(at + quote.length, at + quote.length + AROUND);
  return (
    <section aria-labelledby="context-h">
      <h2 id="context-h">In context</h2>
      <div className="article-body excerpt" lang={language}>
        {at > AROUND ? "…" : ""}
        {before}
        <mark>{quote}</mark>
        {after}…
      </div>
      <p className="small">
        <Link href={`/articles/${articleSlug}#forecast-${id}`}>Read it in the whole article</Link>
      </p>
    </section>
  );
}
