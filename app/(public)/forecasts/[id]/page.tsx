import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { getForecastById, getForecastContext } from "@/db/queries/forecasts";
import { getOutcomeHistory } from "@/db/queries/outcomes";
import { formatDate } from "@/lib/dates";
import { outcomeLabel, ProbabilityText, StatusBadge } from "../../../_components/badges";
import { ATTRIBUTION } from "../../../_components/forecast-list";

type Params = { params: Promise<{ id: string }> };

function idFrom(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await connection();
  const id = idFrom((await params).id);
  const f = id ? getForecastById(getDb(), id) : null;
  return { title: f ? f.question : "Forecast not found" };
}

const LANGUAGE_NAME: Record<string, string> = { de: "German", nl: "Dutch", en: "English" };
const DEADLINE_BASIS: Record<string, string> = { stated: "stated in the text", inferred: "inferred", none: "no deadline" };
const MADE_ON_BASIS: Record<string, string> = { published: "the article's date", first_published: "first publication", statement: "when the forecaster said it", inferred: "inferred from the text" };

export default async function ForecastPage({ params }: Params) {
  await connection();
  const id = idFrom((await params).id);
  if (!id) notFound();
  const db = getDb();
  const f = getForecastById(db, id);
  if (!f) notFound();
  const ctx = getForecastContext(db, id)!;
  const history = getOutcomeHistory(db, id);
  const at = ctx.body.indexOf(f.quote);
  const before = at >= 0 ? ctx.body.slice(Math.max(0, at - 280), at) : "";
  const after = at >= 0 ? ctx.body.slice(at + f.quote.length, at + f.quote.length + 280) : "";

  return (
    <>
      <p className="small muted">
        <Link href="/forecasts">Forecasts</Link> / #{f.id}
      </p>
      <h1>{f.question}</h1>
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
          <h2 id="quote-h">The words ({LANGUAGE_NAME[f.language] ?? f.language})</h2>
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
            {f.polarity === "negative" ? "The forecaster said this would not happen; the probability below is of the event happening." : "The forecaster said this would happen."}
          </p>
          <h3>Resolves by</h3>
          <p className="small">{f.resolutionCriteria}</p>
          {f.condition ? (
            <>
              <h3>Condition</h3>
              <p className="small">
                Only if: {f.condition}. If the condition is not met, the forecast is not scored.
              </p>
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
              {f.article.authors.length
                ? f.article.authors.map((a, i) => (
                    <span key={a.slug}>
                      {i ? ", " : ""}
                      <Link href={`/people/${a.slug}`}>{a.name}</Link>
                      {a.role !== "author" ? ` (${a.role})` : ""}
                    </span>
                  ))
                : <span className="muted">not named</span>}
            </dd>
            <dt>Outlet</dt>
            <dd>{f.article.outletSlug ? <Link href={`/outlets/${f.article.outletSlug}`}>{f.article.outlet}</Link> : <span className="muted">not named in the text</span>}</dd>
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
        {history.length === 0 ? (
          <p className="muted">No outcome recorded yet.</p>
        ) : (
          <ol className="history" data-testid="outcome-history">
            {history.map((o, i) => (
              <li key={o.id} className={i === 0 ? "current" : undefined}>
                <div>
                  <span className={`badge ${o.status}`}>{outcomeLabel(o.status)}</span> {i === 0 ? <strong>current</strong> : <span className="muted">superseded</span>}
                  {o.occurredOn ? <> · occurred {formatDate(o.occurredOn)}</> : null}
                </div>
                <div className="small muted">
                  recorded by {o.recordedBy.name} on {o.recordedAt.toISOString().slice(0, 16).replace("T", " ")} UTC{o.reason ? ` · reason: ${o.reason}` : ""}
                </div>
                {o.evidence.length ? (
                  <ul className="small">
                    {o.evidence.map((e, j) => (
                      <li key={j}>
                        {e.citation}
                        {e.url ? (
                          <>
                            {" "}
                            <a href={e.url} rel="noreferrer nofollow">
                              {e.url}
                            </a>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {o.note ? <p className="small">{o.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
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
