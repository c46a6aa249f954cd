/** The shared event a forecast is about, the other forecasts about it, and (for editors) resolving them together. */
import Link from "next/link";
import { ResolveEventForm } from "@/app/_components/editor/resolve-event-form";
import { EditorOnly } from "@/app/_components/session/editor-only";
import type { ForecastDTO } from "@/lib/read/ledger";
import { ProbabilityText, StatusBadge } from "../../../_components/badges";

type Choice = Parameters<typeof ResolveEventForm>[0]["choices"][number];

export function SharedEvent({
  event,
  siblings,
  choices,
}: {
  event: { id: number; title: string; description: string | null };
  siblings: ForecastDTO[];
  choices: Choice[];
}) {
  return (
    <section aria-labelledby="event-h">
      <h2 id="event-h">Shared event: {event.title}</h2>
      {event.description ? <p className="small muted">{event.description}</p> : null}
      {siblings.length ? (
        <ul className="forecast-list">
          {siblings.map((s) => (
            <li key={s.id}>
              <Link href={`/forecasts/${s.id}`}>
                #{s.id} {s.forecaster.name}
              </Link>
              : <q lang={s.language}>{s.quote}</q>{" "}
              <span className="meta">
                <ProbabilityText forecast={s} /> <StatusBadge forecast={s} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No other forecast about this event yet.</p>
      )}
      {siblings.length ? (
        <EditorOnly need="recordOutcome">
          <details className="inline-editor">
            <summary>Resolve forecasts about this event together</summary>
            <ResolveEventForm eventId={event.id} choices={choices} />
          </details>
        </EditorOnly>
      ) : null}
    </section>
  );
}
