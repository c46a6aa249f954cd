/** How a correction's before/after values read on the page, in the conflict message and the audit log. */
import type { CorrectableColumn } from "@/db/queries/revisions";
import { formatDate } from "@/lib/format/dates";

export const FIELD_LABEL: Record<CorrectableColumn, string> = {
  quote: "quote",
  question: "question",
  deadline: "deadline",
  deadlineBasis: "deadline basis",
  deadlineNote: "deadline note",
  probability: "probability",
  probabilityLow: "probability range (low)",
  probabilityHigh: "probability range (high)",
  probabilitySource: "probability source",
  verbalExpression: "likelihood words",
  lexiconClass: "lexicon class",
  lexiconVersion: "lexicon version",
  lowInformation: "low information",
};

export function formatFieldValue(column: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if ((column === "probability" || column === "probabilityLow" || column === "probabilityHigh") && typeof value === "number")
    return `${Math.round(value * 1000) / 10}%`;
  if (column === "deadline" && typeof value === "string") return formatDate(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = String(value);
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
}

/** "deadline: 31 Dec 2022 → 30 Jun 2023" */
export function describeChange(column: string, change: { from: unknown; to: unknown }): string {
  const label = (FIELD_LABEL as Record<string, string>)[column] ?? column;
  return `${label}: ${formatFieldValue(column, change.from)} → ${formatFieldValue(column, change.to)}`;
}
