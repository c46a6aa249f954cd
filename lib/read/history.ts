/** The attributed history of a forecast: outcome records and field corrections, newest first. */
import * as outcomes from "@/db/queries/outcomes";
import * as revisions from "@/db/queries/revisions";
import { withDb } from "./bind";

export type { OutcomeHistoryRow } from "@/db/queries/outcomes";
export type { RevisionHistoryRow } from "@/db/queries/revisions";

export const getOutcomeHistory = withDb(outcomes.getOutcomeHistory);
export const forecastsWithOutcomeRecords = withDb(outcomes.forecastsWithOutcomeRecords);
export const getRevisionHistory = withDb(revisions.getRevisionHistory);
