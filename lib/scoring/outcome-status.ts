/**
 * Which recorded outcomes are scored (scoring.md section 2). "yes" scores as o = 1 and "no" as
 * o = 0; "ambiguous", "annulled" (e.g. the question stopped making sense) and
 * "condition_not_met" (a conditional forecast whose condition failed) are not scored, but they
 * count as resolved, stay visible and lower a source's share of scorable forecasts. A forecast
 * with no outcome yet (status null) is pending: neither resolved nor scored.
 *
 * The statuses mirror OUTCOME_STATUSES in db/schema.ts (outcome-status.test.ts checks they match);
 * they are repeated here so the scoring library stays free of the database layer.
 */
import type { Outcome } from "./forecast";

export const SCORED_STATUSES = ["yes", "no"] as const;
export const UNSCORED_STATUSES = ["ambiguous", "annulled", "condition_not_met"] as const;
export const ALL_OUTCOME_STATUSES = [...SCORED_STATUSES, ...UNSCORED_STATUSES] as const;

export type OutcomeStatus = (typeof ALL_OUTCOME_STATUSES)[number];

export function isOutcomeStatus(value: string): value is OutcomeStatus {
  return (ALL_OUTCOME_STATUSES as readonly string[]).includes(value);
}

/** 1 for "yes", 0 for "no", null for every status that is not scored (and for pending, null). */
export function outcomeOf(status: OutcomeStatus | null | undefined): Outcome | null {
  if (status == null) return null;
  switch (status) {
    case "yes":
      return 1;
    case "no":
      return 0;
    case "ambiguous":
    case "annulled":
    case "condition_not_met":
      return null;
    default: {
      // A status added to the schema but not here fails to compile (never) and throws at run time.
      const unknown: never = status;
      throw new RangeError(`unknown outcome status "${String(unknown)}"`);
    }
  }
}

/** Any outcome recorded, scored or not. */
export function isResolved(status: OutcomeStatus | null | undefined): boolean {
  if (status == null) return false;
  if (!isOutcomeStatus(status)) throw new RangeError(`unknown outcome status "${String(status)}"`);
  return true;
}
