/**
 * The one step every write that adds or changes forecasts takes before its transaction ends
 * (outcomes, retractions, event resolutions, corrections, intake, import, the seed loader, the
 * bench generator): the kept accuracy sums follow (docs/scoring.md 6.1) and the cache tags of
 * every page that shows the forecasts move (lib/cache/), for every process on the database.
 */
import type { DB } from "@/db/client";
import { bumpForecastTags, bumpTags } from "@/db/queries/cache-tags";
import {
  applyKeptRebuild,
  clearStagedIds,
  computeKeptRebuild,
  forecastsCrossingIntoPast,
  getPastBefore,
  rebuildKeptSums,
  setPastBefore,
  stageForecastIds,
  syncKeptSums,
} from "@/db/queries/kept-sums";
import type { Tx } from "@/db/tx";
import { DEFAULT_BIN_COUNT } from "@/lib/scoring";
import { today } from "@/lib/vocabulary/calendar";

type Runner = Tx | DB;

/**
 * The day before which deadlines are kept under 'past': the day of the write. So right after any
 * write every passed deadline is in 'past', and a read adds only the dated parts of the days since
 * the last write (the leaderboard ranks one row per source: db/queries/leaderboard.ts).
 */
export function pastBoundary(today: string): string {
  return today;
}

/**
 * Deadlines before today are kept under 'past'; when the day has turned since the last write,
 * the forecasts whose deadlines fell into the days between move there first.
 */
function rollPast(tx: Runner, now: string): string | "rebuilt" {
  const target = pastBoundary(now);
  const current = getPastBefore(tx);
  // Never built on this database (a new one, or one migrated from before the kept sums): build them whole.
  if (current === null) {
    rebuildKeptSums(tx, target, DEFAULT_BIN_COUNT);
    return "rebuilt";
  }
  if (current >= target) return current;
  const crossing = forecastsCrossingIntoPast(tx, current, target);
  setPastBefore(tx, target);
  if (crossing.length) {
    stageForecastIds(tx, crossing);
    syncKeptSums(tx, target, DEFAULT_BIN_COUNT);
    clearStagedIds(tx);
  }
  return target;
}

/** Call inside the write's transaction, after it changed or added these forecasts. */
export function forecastsChanged(tx: Runner, forecastIds: Iterable<number>, now = today()) {
  const pastBefore = rollPast(tx, now);
  stageForecastIds(tx, forecastIds);
  if (pastBefore !== "rebuilt") syncKeptSums(tx, pastBefore, DEFAULT_BIN_COUNT);
  bumpForecastTags(tx, "temp.kept_ids");
  clearStagedIds(tx);
}

/** Builds the kept sums if this database has never had them (db:setup after the migration). */
export function ensureKeptSums(db: Runner, now = today()): boolean {
  if (getPastBefore(db) !== null) return false;
  rebuildKeptSums(db, pastBoundary(now), DEFAULT_BIN_COUNT);
  return true;
}

/** After a bulk write: every kept sum rebuilt from the ledger and every cached page stale. */
export function ledgerRebuilt(tx: Runner, now = today()) {
  applyLedgerRebuild(tx, computeLedgerRebuild(tx, now));
}

/**
 * ledgerRebuilt in two steps, for a writer that has the ledger to itself (the bench generator):
 * computeLedgerRebuild only reads the ledger (its results go to the connection's temp tables), so
 * it may run in a read transaction, or without one when nothing writes the ledger meanwhile, while
 * another connection writes something else (the search index); applyLedgerRebuild, in a write
 * transaction on the same connection, stores them. Returns the 'past' boundary applyLedgerRebuild needs.
 */
export function computeLedgerRebuild(tx: Runner, now = today()): string {
  const pastBefore = pastBoundary(now);
  computeKeptRebuild(tx, pastBefore, DEFAULT_BIN_COUNT);
  return pastBefore;
}

export function applyLedgerRebuild(tx: Runner, pastBefore: string) {
  applyKeptRebuild(tx, pastBefore);
  bumpTags(tx, ["ledger", "*"]);
}

/** Tags a write moves that are not about forecasts (a new person, outlet or topic without forecasts). */
export function tagsChanged(tx: Runner, tags: readonly string[]) {
  bumpTags(tx, tags);
}
