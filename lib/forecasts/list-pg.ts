/**
 * The forecast list and the export on PostgreSQL, as lib/forecasts/list.ts on SQLite: the search
 * text becomes index terms (lib/search/query.ts, the same parse and messages) and the search index
 * is brought up to date first (lib/search/indexer-pg.ts), so a search sees every committed write.
 */
import type { PgDB } from "@/db/pg/client";
import * as queries from "@/db/pg/queries/forecasts";
import { AppError } from "@/lib/http/errors";
import { syncSearchIndexPg } from "@/lib/search/indexer-pg";
import { parseSearch } from "@/lib/search/query";
import type { ForecastFilters } from "./filters";

type ListFilters = Omit<ForecastFilters, "page" | "pageSize">;

async function toQuery<F extends Partial<ListFilters>>(db: PgDB, filters: F): Promise<Omit<F, "q"> & { search?: queries.PgForecastFilters["search"] }> {
  const { q, ...rest } = filters;
  if (!q) return rest;
  const parsed = parseSearch(q);
  if (!parsed.ok) throw new AppError("bad_request", parsed.message, [{ field: "q", message: parsed.message }]);
  await syncSearchIndexPg(db);
  return { ...rest, search: { long: parsed.index.long, contains: parsed.index.contains } };
}

export async function listForecastsPg(db: PgDB, filters: ForecastFilters) {
  return queries.listForecastsPg(db, await toQuery(db, filters));
}

/** Every forecast matching the filters (no pages): the export and the source pages' lists. */
export async function exportForecastsPg(db: PgDB, filters: Partial<ListFilters> = {}) {
  return queries.exportForecastsPg(db, await toQuery(db, filters));
}
