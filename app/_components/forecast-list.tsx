import Link from "next/link";
import { formatNumber } from "@/lib/format/numbers";
import type { ForecastDTO } from "@/lib/read/ledger";
import { brierTerm } from "@/lib/scoring/brier";
import type { SearchTerm } from "@/lib/search/query";
import { ProbabilityText, StatusBadge } from "./badges";
import { DateText } from "./date-text";
import { excerpt, Highlight } from "./highlight";

const ATTRIBUTION: Record<ForecastDTO["attribution"], string> = { own: "author's own claim", quoted: "quoted", reported: "reported" };

/** The forecast's own Brier score when resolved yes or no (lib/scoring/brier.ts; docs/scoring.md). */
function ownBrier(f: ForecastDTO): number | null {
  const s = f.outcome?.status;
  return s === "yes" || s === "no" ? brierTerm(f.probability, s === "yes" ? 1 : 0) : null;
}

/**
 * A list of forecasts. `inArticle`: the list sits on its article's page, so each row links to its
 * mark in the text below instead of naming the article again.
 */
export function ForecastList({
  items,
  empty = "No forecasts match.",
  highlight,
  inArticle = false,
}: {
  items: ForecastDTO[];
  empty?: string;
  highlight?: SearchTerm[];
  inArticle?: boolean;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="forecast-list">
      {items.map((f) => (
        <li key={f.id} data-testid="forecast-item" id={inArticle ? `item-${f.id}` : undefined}>
          <div className="q">
            <Link href={`/forecasts/${f.id}`}>
              <Highlight text={f.question} terms={highlight} />
            </Link>
          </div>
          <q className="small muted quote-line" lang={f.language}>
            <Highlight text={excerpt(f.quote, highlight, 220)} terms={highlight} />
          </q>
          <div className="meta">
            <span>
              <Link href={`/people/${f.forecaster.slug}`}>
                <Highlight text={f.forecaster.name} terms={highlight} />
              </Link>{" "}
              ({ATTRIBUTION[f.attribution]})
            </span>
            {inArticle ? (
              <a href={`#forecast-${f.id}`} data-testid="to-text">
                in the text ↓
              </a>
            ) : (
              <span>
                in{" "}
                <Link href={`/articles/${f.article.slug}`}>
                  {f.article.outlet ? <Highlight text={f.article.outlet} terms={highlight} /> : null}
                  {f.article.outlet ? ": " : null}
                  <cite>
                    <Highlight text={excerpt(f.article.title, highlight, 60)} terms={highlight} />
                  </cite>
                </Link>
              </span>
            )}
            <span>
              made <DateText iso={f.madeOn} />
            </span>
            <span>
              {f.deadline ? (
                <>
                  deadline <DateText iso={f.deadline} />
                  {f.deadlineBasis === "inferred" ? " (inferred)" : ""}
                </>
              ) : (
                "no deadline"
              )}
            </span>
            <ProbabilityText forecast={f} />
            {f.polarity === "negative" ? <span title="The forecaster said this will not happen">said: will not happen</span> : null}
            <StatusBadge forecast={f} />
            {ownBrier(f) !== null ? (
              <span title="This forecast's own Brier score, (probability − outcome)², 0 is perfect and 1 the worst (methods, section on the Brier score)">
                Brier {formatNumber(ownBrier(f), 2)}
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

export { ATTRIBUTION };
