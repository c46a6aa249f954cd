import type { OutcomeStatus } from "@/lib/vocabulary";

/** What each status means to a reader (the question is always about the event happening). */
export const OUTCOME_STATUS_LABEL: Record<OutcomeStatus, string> = {
  yes: "happened",
  no: "did not happen",
  ambiguous: "ambiguous",
  annulled: "annulled",
  condition_not_met: "condition not met",
};

/** Longer wording for the record form's choices. */
export const OUTCOME_STATUS_HELP: Record<OutcomeStatus, string> = {
  yes: "Yes: the event happened by the deadline",
  no: "No: it did not happen by the deadline",
  ambiguous: "Ambiguous: the evidence does not settle it",
  annulled: "Annulled: the question stopped making sense",
  condition_not_met: "Condition not met: the forecast's condition failed",
};
