/** The attributed history of a forecast: outcome records and field corrections, newest first. */
import { fromReader } from "./bind";

export type { OutcomeHistoryRow } from "@/db/queries/outcomes";
export type { RevisionHistoryRow } from "@/db/queries/revisions";

export const getOutcomeHistory = fromReader("getOutcomeHistory");
export const forecastsWithOutcomeRecords = fromReader("forecastsWithOutcomeRecords");
export const getRevisionHistory = fromReader("getRevisionHistory");
