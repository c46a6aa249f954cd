/**
 * LedgerWriter: the one asynchronous write interface both engines implement, the counterpart of
 * LedgerReader (reader.ts; docs/ARCHITECTURE.md "Two engines"). Each method checks the caller's
 * role, validates with the shared zod schemas and rules (once, the same for both engines), and
 * writes in one transaction together with the kept accuracy sums and the cache tags.
 * `sqliteLedgerWriter` (writer-sqlite.ts) wraps today's synchronous write functions;
 * `postgresLedgerWriter` (writer-pg.ts) runs the same steps over db/pg/queries.
 * test/pg/ledger-writer.test.ts makes the same writes on both and compares the ledgers.
 * Route handlers and server actions write through it (lib/ledger/engine.ts appWriter).
 */
import type { Actor } from "@/lib/auth/actor";
import type { revisionDTO } from "@/lib/forecasts/correct-forecast";
import type { ImportInput, ImportOptions, ImportReport } from "@/lib/import/run-import";
import type { SavedArticle, SaveOptions } from "@/lib/intake/save-article";
import type { OutcomeRecordDTO } from "@/lib/outcomes/history";
import type { WriteOptions } from "@/lib/outcomes/record-outcome";

export type RevisionDTO = ReturnType<typeof revisionDTO>;

export interface LedgerWriter {
  readonly engine: "sqlite" | "postgres";

  /** An outcome for one forecast (a later one supersedes the current one and needs a reason). */
  recordOutcome(actor: Actor | null, forecastId: number, input: unknown, opts?: WriteOptions): Promise<OutcomeRecordDTO>;
  /** Withdraws the current outcome: the forecast is unresolved again. */
  retractOutcome(actor: Actor | null, forecastId: number, input: unknown): Promise<OutcomeRecordDTO>;
  /** One outcome for several forecasts about a shared event; all or nothing. */
  resolveEventTogether(actor: Actor | null, eventId: number, input: unknown, opts?: WriteOptions): Promise<OutcomeRecordDTO[]>;
  /** A correction of a forecast's own fields, kept in forecast_revisions. */
  correctForecast(actor: Actor | null, forecastId: number, input: unknown): Promise<RevisionDTO>;
  /** An article from the intake form with its forecasts and any new outlet, people, topics and events. */
  saveArticle(actor: Actor | null, input: unknown, opts?: SaveOptions): Promise<SavedArticle>;
  /** The bulk import of a file in the export format (lib/import/run-import.ts): checked, and with `commit` written all or nothing. */
  import(actor: Actor | null, input: ImportInput, opts: ImportOptions): Promise<ImportReport>;
}
