/**
 * Correcting a forecast on PostgreSQL: the same rules as correct-forecast.ts (its schema, plan
 * and change list, the 409 from staleVersionFrom) over db/pg/queries in one write transaction; the
 * search document follows after the commit (the trigger marked it in the transaction).
 */
import type { PgDB } from "@/db/pg/client";
import {
  appendForecastRevisionPg,
  getForecastArticleBodyPg,
  getForecastRowPg,
  getOutcomeHistoryPg,
  getRevisionHistoryPg,
  withWriteTransaction,
} from "@/db/pg/queries/outcomes";
import { type Actor, authorize } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { parseInput, unprocessable } from "@/lib/http/validation";
import { forecastsChangedPg } from "@/lib/ledger/forecasts-changed-pg";
import { forecastNotFound } from "@/lib/outcomes/event-resolution";
import { staleVersionFrom } from "@/lib/outcomes/history";
import { indexAfterCommitPg } from "@/lib/search/indexer-pg";
import { changesOrRefuse, correctForecastSchema, plan, revisionDTO } from "./correct-forecast";

export async function correctForecastPg(db: PgDB, actor: Actor | null, forecastId: number, input: unknown) {
  const editor = authorize(actor, PERMISSIONS.correctForecast);
  if (!(await getForecastRowPg(db, forecastId))) throw forecastNotFound(forecastId);
  const v = parseInput(correctForecastSchema, input);
  const revision = await withWriteTransaction(db, async (tx) => {
    const f = await getForecastRowPg(tx, forecastId);
    if (!f) throw forecastNotFound(forecastId);
    if (f.version !== v.expectedVersion)
      throw staleVersionFrom(f, v.expectedVersion, await getOutcomeHistoryPg(tx, forecastId), await getRevisionHistoryPg(tx, forecastId));
    const { next, problems } = plan(f, v, await getForecastArticleBodyPg(tx, forecastId));
    if (problems.length) throw unprocessable(problems);
    const changes = changesOrRefuse(f, next);
    const row = await appendForecastRevisionPg(tx, { forecastId, changes, reason: v.reason, editedBy: editor.id });
    await forecastsChangedPg(tx, [forecastId]);
    return revisionDTO(forecastId, (await getRevisionHistoryPg(tx, forecastId)).find((r) => r.id === row.id)!);
  });
  await indexAfterCommitPg(db);
  return revision;
}
