import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectForecastForm } from "@/app/_components/editor/correct-forecast-form";
import { RecordOutcomeForm, RetractOutcomeForm } from "@/app/_components/editor/record-outcome-form";
import { EditorOnly } from "@/app/_components/session/editor-only";
import { formatDate } from "@/lib/format/dates";
import { getForecastVerdict } from "@/lib/read/accuracy";
import { forecastsWithOutcomeRecords, getOutcomeHistory, getRevisionHistory } from "@/lib/read/history";
import { getForecastById, getForecastContext } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";
import { outcomeLabel, ProbabilityText, StatusBadge } from "../../../_components/badges";
import { OutcomeHistory, RevisionHistory } from "../../../_components/forecast-history";
import { ShareBar } from "../../../_components/share/embed-snippet";
import { ForecastFacts } from "./forecast-facts";
import { ForecastScore } from "./forecast-score";
import { ForecastWords } from "./forecast-words";
import { InContext } from "./in-context";
import { SharedEvent } from "./shared-event";

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
  const f = id ? await getForecastById(id) : null;
  if (!f) return { title: "Forecast not found" };
  const outcome = f.outcome
    ? `Outcome: ${outcomeLabel(f.outcome.status)}.`
    : f.deadline
      ? `Deadline ${formatDate(f.deadline)}, not resolved yet.`
      : "No deadline.";
  return pageMetadata({
    title: f.question,
    description: `${f.forecaster.name}: “${f.quote}” Probability of the event ${Math.round(f.probability * 100)}%. ${outcome}`,
    path: `/forecasts/${f.id}`,
    type: "article",
  });
}

/** One forecast: its words, the question, who and when, its score and whether it counts, its history. */
export default async function ForecastPage({ params }: Params) {
  const id = idFrom((await params).id);
  if (!id) notFound();
  const f = await getForecastById(id);
  if (!f) notFound();
  const ctx = (await getForecastContext(id))!;
  const verdict = (await getForecastVerdict(id))!;
  const history = await getOutcomeHistory(id);
  // The newest record is the current outcome unless it is a retraction (then there is none).
  const currentId = f.outcome && history[0] && !history[0].retraction ? history[0].id : null;
  const revisions = await getRevisionHistory(id);
  const eventForecasts = ctx.event ? [f, ...ctx.siblings] : [];
  const withRecords = await forecastsWithOutcomeRecords(eventForecasts.map((x) => x.id));
  const eventChoices = eventForecasts.map((x) => ({
    id: x.id,
    version: x.version,
    label: `${x.forecaster.name}: ${x.question}`,
    current: x.outcome ? outcomeLabel(x.outcome.status) : null,
    hasHistory: withRecords.has(x.id),
    hasCondition: !!x.condition,
  }));

  return (
    <>
      <p className="small muted">
        <Link href="/forecasts" prefetch={false}>
          Forecasts
        </Link>{" "}
        / #{f.id}
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
      <ForecastWords f={f} />
      <ForecastScore verdict={verdict} forecaster={f.forecaster} />
      <ForecastFacts f={f} provenanceNote={ctx.provenanceNote} madeOnNote={ctx.madeOnNote} />

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

      {ctx.event ? <SharedEvent event={ctx.event} siblings={ctx.siblings} choices={eventChoices} /> : null}
      <InContext body={ctx.body} quote={f.quote} language={f.language} articleSlug={f.article.slug} id={f.id} />
    </>
  );
}
