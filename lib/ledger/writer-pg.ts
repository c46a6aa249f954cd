/** LedgerWriter on PostgreSQL: the PostgreSQL write paths (record-outcome-pg, correct-forecast-pg, save-article-pg, run-import-pg) over db/pg/queries. */
import type { PgDB } from "@/db/pg/client";
import { correctForecastPg } from "@/lib/forecasts/correct-forecast-pg";
import { runImportPg } from "@/lib/import/run-import-pg";
import { saveArticleWithForecastsPg } from "@/lib/intake/save-article-pg";
import { recordOutcomePg, resolveEventTogetherPg, retractOutcomePg } from "@/lib/outcomes/record-outcome-pg";
import type { LedgerWriter } from "./writer";

export function postgresLedgerWriter(db: PgDB): LedgerWriter {
  return {
    engine: "postgres",
    recordOutcome: (actor, id, input, opts) => recordOutcomePg(db, actor, id, input, opts),
    retractOutcome: (actor, id, input) => retractOutcomePg(db, actor, id, input),
    resolveEventTogether: (actor, eventId, input, opts) => resolveEventTogetherPg(db, actor, eventId, input, opts),
    correctForecast: (actor, id, input) => correctForecastPg(db, actor, id, input),
    saveArticle: (actor, input, opts) => saveArticleWithForecastsPg(db, actor, input, opts),
    import: (actor, input, opts) => runImportPg(db, actor, input, opts),
  };
}
