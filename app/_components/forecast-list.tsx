import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import type { ForecastDTO } from "@/lib/read/ledger";
import { ProbabilityText, StatusBadge } from "./badges";

const ATTRIBUTION: Record<ForecastDTO["attribution"], string> = { own: "author's own claim", quoted: "quoted", reported: "reported" };

export function ForecastList({ items, empty = "No forecasts match." }: { items: ForecastDTO[]; empty?: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="forecast-list">
      {items.map((f) => (
        <li key={f.id} data-testid="forecast-item">
          <div className="q">
            <Link href={`/forecasts/${f.id}`}>{f.question}</Link>
          </div>
          <div className="small muted" lang={f.language}>
            “{f.quote.length > 220 ? `${f.quote.slice(0, 217)}…` : f.quote}”
          </div>
          <div className="meta">
            <span>
              <Link href={`/people/${f.forecaster.slug}`}>{f.forecaster.name}</Link> ({ATTRIBUTION[f.attribution]})
            </span>
            <span>
              in{" "}
              <Link href={`/articles/${f.article.slug}`}>
                {f.article.outlet ? f.article.outlet : <cite>{f.article.title.length > 48 ? `${f.article.title.slice(0, 46)}…` : f.article.title}</cite>}
              </Link>
            </span>
            <span>made {formatDate(f.madeOn)}</span>
            <span>{f.deadline ? `deadline ${formatDate(f.deadline)}${f.deadlineBasis === "inferred" ? " (inferred)" : ""}` : "no deadline"}</span>
            <ProbabilityText forecast={f} />
            {f.polarity === "negative" ? <span title="The forecaster said this will not happen">said: will not happen</span> : null}
            <StatusBadge forecast={f} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export { ATTRIBUTION };
