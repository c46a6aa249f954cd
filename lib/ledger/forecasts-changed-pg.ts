/**
 * The step every PostgreSQL write path takes in its transaction, as forecasts-changed.ts on
 * SQLite: the kept accuracy sums follow the changed forecasts (with the past_before roll when the
 * day has turned since the last write) and the cache tags of every page that shows them move.
 */
import type { PgTx } from "@/db/pg/client";
import { bumpForecastTagsPg, bumpTagsPg } from "@/db/pg/queries/cache-tags";
import {
  clearStagedIdsPg,
  forecastsCrossingIntoPastPg,
  getPastBeforePg,
  rebuildKeptSumsPg,
  setPastBeforePg,
  stageForecastIdsPg,
  syncKeptSumsPg,
} from "@/db/pg/queries/kept-sums";
import { DEFAULT_BIN_COUNT } from "@/lib/scoring";
import { today } from "@/lib/vocabulary/calendar";
import { pastBoundary } from "./forecasts-changed";

async function rollPastPg(tx: PgTx, now: string): Promise<string | "rebuilt"> {
  const target = pastBoundary(now);
  const current = await getPastBeforePg(tx);
  if (current === null) {
    await rebuildKeptSumsPg(tx, target, DEFAULT_BIN_COUNT);
    return "rebuilt";
  }
  if (current >= target) return current;
  const crossing = await forecastsCrossingIntoPastPg(tx, current, target);
  await setPastBeforePg(tx, target);
  if (crossing.length) {
    await stageForecastIdsPg(tx, crossing);
    await syncKeptSumsPg(tx, target, DEFAULT_BIN_COUNT);
    await clearStagedIdsPg(tx);
  }
  return target;
}

/** Call inside the write's transaction, after it changed or added these forecasts. */
export async function forecastsChangedPg(tx: PgTx, forecastIds: Iterable<number>, now = today()) {
  const pastBefore = await rollPastPg(tx, now);
  await stageForecastIdsPg(tx, forecastIds);
  if (pastBefore !== "rebuilt") await syncKeptSumsPg(tx, pastBefore, DEFAULT_BIN_COUNT);
  await bumpForecastTagsPg(tx);
  await clearStagedIdsPg(tx);
}

/** After a bulk write: every kept sum rebuilt and every cached page stale. */
export async function ledgerRebuiltPg(tx: PgTx, now = today()) {
  await rebuildKeptSumsPg(tx, pastBoundary(now), DEFAULT_BIN_COUNT);
  await bumpTagsPg(tx, ["ledger", "*"]);
}

export async function tagsChangedPg(tx: PgTx, tags: readonly string[]) {
  await bumpTagsPg(tx, tags);
}
