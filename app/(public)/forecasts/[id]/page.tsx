import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CorrectForecastForm } from "@/app/_components/editor/correct-forecast-form";
import { can } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/dates";
import { getForecastVerdict } from "@/lib/read/accuracy";
import { forecastsWithOutcomeRecords, getOutcomeHistory, getRevisionHistory } from "@/lib/read/history";
import { getForecastById, getForecastContext } from "@/lib/read/ledger";
import { pageMetadata } from "@/lib/share/metadata";
import { outcomeLabel, ProbabilityText, StatusBadge } from "../../../_components/badges";
import { OutcomeHistory, RevisionHistory } from "../../../_components/forecast-history";
import { ShareBar } from "../../../_components/share/embed-snippet";
import { OutcomeEditor } from "./forecast-editor";
import { ForecastFacts } from "./forecast-facts";
import { ForecastScore } from "./forecast-score";
import { ForecastWords } from "./forecast-words";
import { InContext } from "./in-context";
import { SharedEvent } from "./shared-event";

type Params = { params: Promise<{ id: string }> };

function idFrom(raw: string): number | null {
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await connection();
  const id = idFrom((await params).id);
  const f = id ? getForecastById(id) : null;
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
  await connection();
  const id = idFrom((await params).id);
  if (!id) notFound();
  const f = getForecastById(id);
  if (!f) notFound();
  const ctx = getForecastContext(id)!;
  const verdict = getForecastVerdict(id)!;
  const history = getOutcomeHistory(id);
  // The newest record is the current outcome unless it is a retraction (then there is none).
  const currentId = f.outcome && history[0] && !history[0].retraction ? history[0].id : null;
  const revisions = getRevisionHistory(id);
  const actor = await currentActor();
  const editor = can(actor, PERMISSIONS.recordOutcome);
  const canCorrect = can(actor, PERMISSIONS.correctForecast);
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
      <ForecastWords f={f} />
      <ForecastScore verdict={verdict} forecaster={f.forecaster} />
      <ForecastFacts f={f} provenanceNote={ctx.provenanceNote} madeOnNote={ctx.madeOnNote} />

      <section aria-labelledby="history-h">
        <h2 id="history-h">Outcome history</h2>
        <OutcomeHistory history={history} currentOutcomeId={currentId} />
      </section>
      <OutcomeEditor f={f} actor={actor} editor={editor} hasHistory={history.length > 0} />

      <section aria-labelledby="revisions-h">
        <h2 id="revisions-h">Corrections</h2>
        <RevisionHistory revisions={revisions} />
        {canCorrect ? (
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
        ) : null}
      </section>

      {ctx.event ? <SharedEvent event={ctx.event} siblings={ctx.siblings} choices={eventChoices} editor={editor} /> : null}
      <InContext body={ctx.body} quote={f.quote} language={f.language} articleSlug={f.article.slug} id={f.id} />
    </>
  );
}
