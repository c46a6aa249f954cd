import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectForecastForm } from "@/app/_components/editor/correct-forecast-form";
import { RecordOutcomeForm, RetractOutcomeForm } from "@/app/_components/editor/record-outcome-form";
import { ResolveEventForm } from "@/app/_components/editor/resolve-event-form";
import { EditorOnly } from "@/app/_components/session/editor-only";
import { formatDate } from "@/lib/format/dates";
import { forecastsWithOutcomeRecords, getOutcomeHistory, getRevisionHistory } from "@/lib/read/history";
import { getForecastById, getForecastContext } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";
import { LANGUAGE_LABEL, type Language } from "@/lib/vocabulary";
import { outcomeLabel, ProbabilityText, StatusBadge } from "../../../_components/badges";
import { OutcomeHistory, RevisionHistory } from "../../../_components/forecast-history";
import { ATTRIBUTION } from "../../../_components/forecast-list";
import { ShareBar } from "../../../_components/share/embed-snippet";

type Params = { params: Promise<{ id: string }> };

function idFrom(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = idFrom((await params).id);
  const f = id ? getForecastById(id) : null;
  if (!f) return { title: "Forecast not found" };
  const outcome = f.outcome ? `Outcome: ${outcomeLabel(f.outcome.status)}.` : f.deadline ? `Deadline ${f.deadline}, not resolved yet.` : "No deadline.";
  return pageMetadata({
    title: f.question,
    description: `${f.forecaster.name}: “${f.quote}” Probability of the event ${Math.round(f.probability * 100)}%. ${outcome}`,
    path: `/forecasts/${f.id}`,
    type: "article",
  });
}

const DEADLINE_BASIS: Record<string, string> = { stated: "stated in the text", inferred: "inferred", none: "no deadline" };
const MADE_ON_BASIS: Record<string, string> = {
  published: "the article's date",
  first_published: "first publication",
  statement: "when the forecaster said it",
  inferred: "inferred from the text",
};

export default async function ForecastPage({ params }: Params) {
  const id = idFrom((await params).id);
  if (!id) notFound();
  const f = getForecastById(id);
  if (!f) notFound();
  const ctx = getForecastContext(id)!;
  const history = getOutcomeHistory(id);
  // The newest record is the current outcome unless it is a retraction (then there is none).
  const currentId = f.outcome && history[0] && !history[0].retraction ? history[0].id : null;
  const revisions = getRevisionHistory(id);
  const eventForecasts = ctx.event ? [f, ...ctx.siblings] : [];
  const withRecords = forecastsWithOutcomeRecords(eventForecasts.map((x) => x.id));
  const eventChoices = eventForecasts.map((x) => ({
    id: x.id,
    version: x.version,
    label: `${x.forecaster.name}: ${x.question}`,
    current: x.outcome ? outcomeLabel(x.outcome.status) : null,
    hasHistory: withRecords.has(x.id),
    hasCondition: !!x.condition,
  }));
  const at = ctx.body.indexOf(f.quote);
  const before = at >= 0 ? ctx.body.slice(Math.max(0, at - 280), at) : "";
  const after = at >= 0 ? ctx.body.slice(at + f.quote.length, at + f.quote.length + 280) : "";

  return (
    <>
      <p className="small muted">
        <Link href="/forecasts">Forecasts</Link> / #{f.id}
      </p>
      <h1>{f.question}</h1>
      <ShareBar feed={`/people/${f.forecaster.slug}/feed.atom`} />
      <div className="meta">
        <StatusBadge forecast={f} />
        <ProbabilityText forecast={f} />
        {f.topics.map((t) => (
          <Link key={t} href={`/forecasts?topic=${t}`} className="small">
            #{t}
          </Link>
        ))}
      </div>

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

      <div className="grid-2">
        <section className="panel" aria-labelledby="who-h">
          <h2 id="who-h">Who said it, who published it</h2>
          <dl className="facts">
            <dt>Forecaster</dt>
            <dd>
              <Link href={`/people/${f.forecaster.slug}`}>{f.forecaster.name}</Link> ({f.forecaster.kind}, {ATTRIBUTION[f.attribution]})
            </dd>
            <dt>Published in</dt>
            <dd>
              <Link href={`/articles/${f.article.slug}`}>{f.article.title}</Link>
            </dd>
            <dt>Author</dt>
            <dd>
              {f.article.authors.length ? (
                f.article.authors.map((a, i) => (
                  <span key={a.slug}>
                    {i ? ", " : ""}
                    <Link href={`/people/${a.slug}`}>{a.name}</Link>
                    {a.role !== "author" ? ` (${a.role})` : ""}
                  </span>
                ))
              ) : (
                <span className="muted">not named</span>
              )}
            </dd>
            <dt>Outlet</dt>
            <dd>
              {f.article.outletSlug ? (
                <Link href={`/outlets/${f.article.outletSlug}`}>{f.article.outlet}</Link>
              ) : (
                <span className="muted">not named in the text</span>
              )}
            </dd>
            <dt>Original outlet</dt>
            <dd>{f.article.originalOutlet ?? <span className="muted">none or unknown</span>}</dd>
          </dl>
          {ctx.provenanceNote ? <p className="small muted">{ctx.provenanceNote}</p> : null}
        </section>
        <section className="panel" aria-labelledby="when-h">
          <h2 id="when-h">When</h2>
          <dl className="facts">
            <dt>Made on</dt>
            <dd>
              {formatDate(f.madeOn)} <span className="muted">({MADE_ON_BASIS[f.madeOnBasis] ?? f.madeOnBasis})</span>
            </dd>
            <dt>Deadline</dt>
            <dd data-testid="deadline">
              {f.deadline ? formatDate(f.deadline) : "none"} <span className="muted">({DEADLINE_BASIS[f.deadlineBasis]})</span>
            </dd>
            <dt>Article date</dt>
            <dd>{f.article.publishedOn ? formatDate(f.article.publishedOn) : <span className="muted">none shown</span>}</dd>
            {f.article.firstPublishedOn ? (
              <>
                <dt>First published</dt>
                <dd>{formatDate(f.article.firstPublishedOn)}</dd>
              </>
            ) : null}
          </dl>
          {ctx.madeOnNote ? <p className="small muted">Made-on date: {ctx.madeOnNote}</p> : null}
          {f.deadlineNote ? <p className="small muted">Deadline: {f.deadlineNote}</p> : null}
          <h3>Probability</h3>
          <p className="small">
            <ProbabilityText forecast={f} />
            {f.probabilitySource === "lexicon" && f.lexiconClass ? (
              <>
                {" "}
                from the words <q lang={f.language}>{f.verbalExpression}</q> via{" "}
                <Link href={`/methods#${f.lexiconClass}`}>
                  lexicon {f.lexiconVersion}, class {f.lexiconClass}
                </Link>
                .
              </>
            ) : (
              " stated as a number in the text."
            )}
          </p>
        </section>
      </div>

      <section aria-labelledby="history-h">
        <h2 id="history-h">Outcome history</h2>
        <OutcomeHistory history={history} currentOutcomeId={currentId} />
      </section>

      <EditorOnly need="recordOutcome" loginNext={`/forecasts/${f.id}`}>
        <section aria-labelledby="record-h" className="panel editor-panel">
          <h2 id="record-h">{history.length ? "Record a new outcome" : "Record the outcome"}</h2>
          <p className="small muted">
            {history.length
              ? "A correction is a new record: the current one stays in the history above, and the new one says why it replaces it."
              : "Evidence is required for yes and no. The date is when the event happened (it may be before the deadline) or when it was settled."}
          </p>
          <RecordOutcomeForm forecastId={f.id} version={f.version} hasHistory={history.length > 0} hasCondition={!!f.condition} />
          {f.outcome ? (
            <details className="inline-editor">
              <summary>Retract the current outcome</summary>
              <p className="small muted">For an outcome recorded in error: the forecast becomes unresolved again; the record stays in the history.</p>
              <RetractOutcomeForm forecastId={f.id} version={f.version} />
            </details>
          ) : null}
        </section>
      </EditorOnly>

      <section aria-labelledby="revisions-h">
        <h2 id="revisions-h">Corrections</h2>
        <RevisionHistory revisions={revisions} />
        <EditorOnly need="correctForecast">
          <details className="inline-editor">
            <summary>Correct this forecast</summary>
            <CorrectForecastForm
              forecast={{
                id: f.id,
                version: f.version,
                quote: f.quote,
                question: f.question,
                deadline: f.deadline,
                deadlineBasis: f.deadlineBasis,
                deadlineNote: f.deadlineNote,
                probability: f.probability,
                probabilitySource: f.probabilitySource,
                lexiconClass: f.lexiconClass,
                verbalExpression: f.verbalExpression,
              }}
            />
          </details>
        </EditorOnly>
      </section>

      {ctx.event ? (
        <section aria-labelledby="event-h">
          <h2 id="event-h">Shared event: {ctx.event.title}</h2>
          {ctx.event.description ? <p className="small muted">{ctx.event.description}</p> : null}
          {ctx.siblings.length ? (
            <ul className="forecast-list">
              {ctx.siblings.map((s) => (
                <li key={s.id}>
                  <Link href={`/forecasts/${s.id}`}>{s.forecaster.name}</Link>: <span lang={s.language}>“{s.quote}”</span>{" "}
                  <span className="meta">
                    <ProbabilityText forecast={s} /> <StatusBadge forecast={s} />
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">No other forecast about this event yet.</p>
          )}
          {ctx.siblings.length ? (
            <EditorOnly need="recordOutcome">
              <details className="inline-editor">
                <summary>Resolve forecasts about this event together</summary>
                <ResolveEventForm eventId={ctx.event.id} choices={eventChoices} />
              </details>
            </EditorOnly>
          ) : null}
        </section>
      ) : null}

      {at >= 0 ? (
        <section aria-labelledby="context-h">
          <h2 id="context-h">In context</h2>
          <div className="article-body" lang={f.language}>
            {at > 280 ? "…" : ""}
            {before}
            <mark>{f.quote}</mark>
            {after}…
          </div>
        </section>
      ) : null}
    </>
  );
}
