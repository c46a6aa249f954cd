/**
 * The forecast list and the export with the list filters (lib/forecasts/filters.ts): the search
 * text becomes index terms (lib/search/query.ts) and the index is brought up to date first
 * (lib/search/indexer.ts), so a search sees every write.
 */
import type { DB } from "@/db/client";
import * as queries from "@/db/queries/forecasts";
import { AppError } from "@/lib/http/errors";
import { syncSearchIndex } from "@/lib/search/indexer";
import { parseSearch } from "@/lib/search/query";
import type { ForecastFilters } from "./filters";

type ListFilters = Omit<ForecastFilters, "page" | "pageSize">;

function toQuery<F extends Partial<ListFilters>>(db: DB, filters: F): Omit<F, "q"> & { search?: queries.ForecastFilters["search"] } {
  const { q, ...rest } = filters;
  if (!q) return rest;
  const parsed = parseSearch(q);
  if (!parsed.ok) throw new AppError("bad_request", parsed.message, [{ field: "q", message: parsed.message }]);
  syncSearchIndex(db);
  return { ...rest, search: parsed.index };
}

export function listForecasts(db: DB, filters: ForecastFilters) {
  return queries.listForecasts(db, toQuery(db, filters));
}

/** Every forecast matching the filters (no pages): the export and the source pages' lists. */
export function exportForecasts(db: DB, filters: Partial<ListFilters> = {}) {
  return queries.exportForecasts(db, toQuery(db, filters));
}
