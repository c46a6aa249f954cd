/**
 * The one-line explanation a reviewer sees on a candidate: which words made it a forecast and
 * why it proposes that forecaster (or the author).
 */
import type { Deadline } from "../deadlines";
import type { CueKind } from "./cues";
import type { ProbabilityReading } from "./probability";
import type { Forecaster } from "./types";

const KIND_LABEL: Record<CueKind, string> = {
  level: "likelihood words",
  degree: "likelihood words",
  "forecast-verb": "a verb of expecting or announcing",
  future: "future tense",
  prospect: "words placing the event ahead",
  plan: "a plan (soll / shall)",
  should: "should",
  ability: "can / kann / kan",
  hypothetical: "would / würde / zou",
  become: "werden (becomes)",
  conditional: "a condition and its consequence",
  deadline: "a deadline",
  scheduled: "a time ahead with a verb in the present",
};

export function candidateReason(
  reading: ProbabilityReading,
  extra: { condition: string | null; deadline: Deadline | null; forecaster: Forecaster | null },
): string {
  const kind = reading.kinds[0] ?? "level";
  const parts = [`Forecast: ${KIND_LABEL[kind]} "${reading.expression}"`];
  if (reading.source === "stated") parts.push("a stated probability");
  if (extra.condition) parts.push(`on condition "${extra.condition}"`);
  if (extra.deadline) parts.push(`deadline "${extra.deadline.phrase}"`);
  const who = extra.forecaster
    ? `${extra.forecaster.unnamed ? "an unnamed source" : extra.forecaster.name}: ${extra.forecaster.reason}`
    : "the author (no one else is quoted or reported saying it)";
  return `${parts.join(", ")}. Forecaster: ${who}.`;
}
