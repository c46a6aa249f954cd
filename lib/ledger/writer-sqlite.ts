/** LedgerWriter on SQLite: today's synchronous write functions, each answered as a promise. */
import type { DB } from "@/db/client";
import { correctForecast } from "@/lib/forecasts/correct-forecast";
import { runImport } from "@/lib/import/run-import";
import { saveArticleWithForecasts } from "@/lib/intake/save-article";
import { recordOutcome, resolveEventTogether, retractOutcome } from "@/lib/outcomes/record-outcome";
import type { LedgerWriter } from "./writer";

export function sqliteLedgerWriter(db: DB): LedgerWriter {
  return {
    engine: "sqlite",
    recordOutcome: async (actor, id, input, opts) => recordOutcome(db, actor, id, input, opts),
    retractOutcome: async (actor, id, input) => retractOutcome(db, actor, id, input),
    resolveEventTogether: async (actor, eventId, input, opts) => resolveEventTogether(db, actor, eventId, input, opts),
    correctForecast: async (actor, id, input) => correctForecast(db, actor, id, input),
    saveArticle: async (actor, input, opts) => saveArticleWithForecasts(db, actor, input, opts),
    import: (actor, input, opts) => runImport(db, actor, input, opts),
  };
}
