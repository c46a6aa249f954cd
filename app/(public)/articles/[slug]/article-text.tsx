/** The article's text with each recorded forecast marked and linked to its page; each mark is the target of its row's "in the text" link. */
import Link from "next/link";
import { highlightSegments, unplacedQuotes } from "@/lib/text/highlight";

export function ArticleText({ body, language, forecasts }: { body: string; language: string; forecasts: { id: number; quote: string }[] }) {
  const segments = highlightSegments(body, forecasts);
  const missing = unplacedQuotes(body, forecasts);
  return (
    <>
      <div className="article-body full" lang={language} data-testid="article-text">
        {segments.map((s, i) =>
          s.ids ? (
            <mark key={s.ids.join("-")} id={`forecast-${s.ids[0]}`}>
              {s.ids.slice(1).map((id) => (
                <span key={id} id={`forecast-${id}`} />
              ))}
              {s.text}
              <sup>
                {s.ids.map((id) => (
                  <Link key={id} href={`/forecasts/${id}`} aria-label={`forecast #${id}`}>
                    #{id}
                  </Link>
                ))}
              </sup>
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </div>
      {missing.length ? (
        <p className="small muted">
          Not found verbatim in this text:{" "}
          {missing.map((id) => (
            <Link key={id} href={`/forecasts/${id}`}>
              #{id}{" "}
            </Link>
          ))}
        </p>
      ) : null}
    </>
  );
}
