import type { ForecastDTO } from "@/lib/read/ledger";
import { today } from "@/lib/vocabulary/calendar";

const STATUS_LABEL: Record<string, string> = {
  yes: "happened",
  no: "did not happen",
  ambiguous: "ambiguous",
  annulled: "annulled",
  condition_not_met: "condition not met",
};

/** The forecast's state for a reader: its current outcome, or open / past due. */
export function StatusBadge({ forecast }: { forecast: Pick<ForecastDTO, "outcome" | "deadline"> }) {
  if (forecast.outcome) {
    const s = forecast.outcome.status;
    return <span className={`badge ${s}`}>{STATUS_LABEL[s] ?? s}</span>;
  }
  if (forecast.deadline && forecast.deadline < today()) return <span className="badge due">past deadline, unresolved</span>;
  return <span className="badge open">open</span>;
}

export function outcomeLabel(status: string): string {
  return STATUS_LABEL[status] ?? status;
}

export function pct(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/** "20% (unlikely, 10–25%)": the point, the lexicon class and its range, so the range is never hidden. */
export function ProbabilityText({
  forecast,
}: {
  forecast: Pick<ForecastDTO, "probability" | "probabilityRange" | "lexiconClass" | "probabilitySource" | "lowInformation">;
}) {
  const range =
    forecast.probabilityRange && forecast.probabilityRange[0] !== forecast.probabilityRange[1]
      ? `${pct(forecast.probabilityRange[0])}–${pct(forecast.probabilityRange[1])}`
      : null;
  return (
    <span>
      <span className="prob">{pct(forecast.probability)}</span>
      {forecast.probabilitySource === "lexicon" && forecast.lexiconClass ? (
        <span className="muted">
          {" "}
          ({forecast.lexiconClass.toLowerCase().replace(/_/g, " ")}
          {range ? `, ${range}` : ""})
        </span>
      ) : (
        <span className="muted"> (stated)</span>
      )}
      {forecast.lowInformation ? (
        <>
          {" "}
          <span className="badge low-info" title="Hedged wording (possible, cannot be ruled out) commits to little">
            low information
          </span>
        </>
      ) : null}
    </span>
  );
}
