/** The forecast's own words beside the English question it is scored as. */
import type { ForecastDTO } from "@/lib/read/ledger";
import { LANGUAGE_LABEL, type Language } from "@/lib/vocabulary";

export function ForecastWords({ f }: { f: ForecastDTO }) {
  return (
    <div className="side-by-side">
      <section className="panel" aria-labelledby="quote-h">
        <h2 id="quote-h">The words ({LANGUAGE_LABEL[f.language as Language] ?? f.language})</h2>
        <blockquote className="quote" lang={f.language} data-testid="quote">
          {f.quote}
        </blockquote>
        {f.verbalExpression ? (
          <p className="small">
            Likelihood words: <q lang={f.language}>{f.verbalExpression}</q>
          </p>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="question-h">
        <h2 id="question-h">The question (English)</h2>
        <p>
          <strong>{f.question}</strong>
        </p>
        <p className="small">
          {f.polarity === "negative"
            ? "The forecaster said this would not happen; the probability below is of the event happening."
            : "The forecaster said this would happen."}
        </p>
        <h3>Resolves by</h3>
        <p className="small">{f.resolutionCriteria}</p>
        {f.condition ? (
          <>
            <h3>Condition</h3>
            <p className="small">Only if: {f.condition}. If the condition is not met, the forecast is not scored.</p>
          </>
        ) : null}
      </section>
    </div>
  );
}
