/** A forecast's own score and whether it counts toward its forecaster's and outlet's figures, and if not, why. */
import Link from "next/link";
import { formatPercentRange, formatNumber as num } from "@/lib/format/numbers";
import type { ForecastVerdict } from "@/lib/read/accuracy";

export function ForecastScore({ verdict, forecaster }: { verdict: ForecastVerdict; forecaster: { name: string; slug: string } }) {
  const b = verdict.brier;
  return (
    <section className="panel score-panel" aria-labelledby="score-h" data-testid="forecast-score">
      <h2 id="score-h">Its score</h2>
      {b ? (
        <p>
          Brier score <strong data-testid="forecast-brier">{num(b.point)}</strong>{" "}
          <span className="muted">
            (0 perfect, 0.25 for saying 50%, 1 certain and wrong;{" "}
            {b.low !== b.high
              ? `read anywhere within ${formatPercentRange(b.low, b.high)}, between ${num(b.best)} at best and ${num(b.worst)} at worst`
              : "a stated number, so no range"}
            )
          </span>{" "}
          <Link href="/methods#brier" className="small">
            how it is worked out
          </Link>
        </p>
      ) : (
        <p className="muted">No score yet: a forecast is scored once it is resolved yes or no.</p>
      )}
      <p data-testid="counts-verdict">
        {verdict.counts ? (
          <>
            <strong>Counts</strong> toward <Link href={`/people/${forecaster.slug}`}>{forecaster.name}</Link>&apos;s figures.
          </>
        ) : (
          <>
            <strong>Does not count</strong> toward <Link href={`/people/${forecaster.slug}`}>{forecaster.name}</Link>&apos;s figures
            {verdict.reasons.length === 1 ? ": " : ":"}
          </>
        )}
      </p>
      {verdict.reasons.length ? (
        <ul data-testid="counts-reasons">
          {verdict.reasons.map((r) => (
            <li key={r.code}>{r.forecastId ? <ReasonWithLink text={r.text} id={r.forecastId} /> : r.text}</li>
          ))}
        </ul>
      ) : null}
      {verdict.note ? <p className="small muted">{verdict.note[0]!.toUpperCase() + verdict.note.slice(1)}.</p> : null}
      <p className="small">
        {verdict.outletLine} <Link href="/methods#what-counts">What counts and why</Link>
      </p>
    </section>
  );
}

/** "repeats #30: ..." with #30 linked to its page. */
function ReasonWithLink({ text, id }: { text: string; id: number }) {
  const parts = text.split(`#${id}`);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {i ? <Link href={`/forecasts/${id}`}>#{id}</Link> : null}
          {p}
        </span>
      ))}
    </>
  );
}
