import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { getLeaderboardSums } from "@/db/queries/accuracy";
import { exportForecasts } from "@/db/queries/forecasts";
import { accuracyFiltersSchema } from "@/lib/accuracy/filters";
import { summarizeForecasts } from "@/lib/scoring";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { getAccuracy, getScoreOverTime } from "./figures";

let db: DB;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = freshDatabase());
  loadSeeds(db);
});
afterAll(() => cleanup());

const NOW = "2026-11-21";

/** The scored set worked out in JavaScript from the export, independently of the SQL. */
function scoredRows(includeLowInformation: boolean) {
  const all = exportForecasts(db);
  const seen = new Set<string>();
  const rows = [];
  for (const f of [...all].sort((a, b) => a.id - b.id)) {
    if (!f.outcome || (f.outcome.status !== "yes" && f.outcome.status !== "no")) continue;
    if (f.deadline && f.deadline >= NOW) continue;
    if (f.eventId !== null) {
      const claim = `${f.forecaster.slug}/${f.eventId}`;
      if (seen.has(claim)) continue;
      seen.add(claim);
    }
    if (!includeLowInformation && f.lowInformation) continue;
    rows.push({ probability: f.probability, status: f.outcome.status, lowInformation: f.lowInformation, lexiconClass: f.lexiconClass ?? undefined });
  }
  return rows;
}

describe("getAccuracy (SQL aggregation)", () => {
  it("matches the row-path scoring engine on the seed corpus", () => {
    const sqlView = getAccuracy(db, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    const rowView = summarizeForecasts(scoredRows(true));
    expect(sqlView.counts.scored).toBe(rowView.n);
    expect(sqlView.summary.brier).toBeCloseTo(rowView.brier!, 12);
    expect(sqlView.summary.logScore).toBeCloseTo(rowView.logScore!, 12);
    expect(sqlView.summary.hitRate).toBeCloseTo(rowView.hitRate!, 12);
    expect(sqlView.bins.map((b) => [b.lo, b.n])).toEqual(rowView.bins.map((b) => [b.lo, b.n]));
    const d = sqlView.decomposition!;
    expect(d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance).toBeCloseTo(sqlView.summary.brier!, 12);
  });

  it("leaves out low-information forecasts when asked, and says how many", () => {
    const view = getAccuracy(db, { kind: "all" }, accuracyFiltersSchema.parse({ lowInfo: "0" }), NOW);
    expect(view.counts.scored).toBe(scoredRows(false).length);
    expect(view.counts.lowInformationExcluded).toBe(scoredRows(true).length - scoredRows(false).length);
  });

  it("counts ambiguous, annulled and condition-not-met outcomes without scoring them", () => {
    const view = getAccuracy(db, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    const all = exportForecasts(db);
    expect(view.counts.unscorable).toBe(all.filter((f) => f.outcome && !["yes", "no"].includes(f.outcome.status)).length);
    expect(view.counts.total).toBe(all.length);
    expect(view.counts.resolved + view.counts.open + view.counts.pastDue).toBe(all.length);
  });

  it("bins by lexicon class with zero within-bin terms", () => {
    const view = getAccuracy(db, { kind: "all" }, accuracyFiltersSchema.parse({ bins: "lexicon" }), NOW);
    expect(view.decomposition!.withinBinVariance).toBeCloseTo(0, 12);
    expect(view.decomposition!.withinBinCovariance).toBeCloseTo(0, 12);
  });

  it("ends the score over time at the overall Brier score", () => {
    const series = getScoreOverTime(db, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    const view = getAccuracy(db, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    expect(series.at(-1)!.cumulativeN).toBe(view.counts.scored);
    expect(series.at(-1)!.brier).toBeCloseTo(view.summary.brier!, 12);
  });

  it("gives leaderboard sums per forecaster that add up to the overall ones", () => {
    const rows = getLeaderboardSums(db, "forecaster", accuracyFiltersSchema.parse({}), NOW);
    const view = getAccuracy(db, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    expect(rows.reduce((a, r) => a + r.n, 0)).toBe(view.counts.scored);
    expect(rows.reduce((a, r) => a + r.sumBrier, 0) / view.counts.scored).toBeCloseTo(view.summary.brier!, 12);
  });
});

describe("the accuracy cache", () => {
  it("serves a stored view until an outcome is recorded, then recomputes", async () => {
    const { getAccuracyViewCached } = await import("@/lib/accuracy/cache");
    const { appendOutcome } = await import("@/db/queries/outcomes");
    const filters = accuracyFiltersSchema.parse({});
    const first = getAccuracyViewCached(db, { kind: "all" }, filters);
    expect(getAccuracyViewCached(db, { kind: "all" }, filters)).toBe(first);
    const due = exportForecasts(db).find((f) => !f.outcome && f.deadline && f.deadline < new Date().toISOString().slice(0, 10))!;
    db.transaction((tx) =>
      appendOutcome(tx, {
        forecastId: due.id,
        status: "yes",
        occurredOn: due.deadline,
        evidence: [{ citation: "test evidence, a report" }],
        note: null,
        reason: null,
        recordedBy: "seed-editor",
      }),
    );
    const after = getAccuracyViewCached(db, { kind: "all" }, filters);
    expect(after).not.toBe(first);
    expect(after.accuracy.counts.resolved).toBe(first.accuracy.counts.resolved + 1);
  });
});
