import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "@/db/client";
import { getLeaderboardSums } from "@/db/queries/accuracy";
import { exportForecasts } from "@/db/queries/forecasts";
import { accuracyFiltersSchema } from "@/lib/accuracy/filters";
import { type AppReader, sqliteAppReader } from "@/lib/ledger/app-reader";
import { summarizeForecasts } from "@/lib/scoring";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "@/test/db";
import { getAccuracy, getScoreOverTime } from "./figures";

let db: DB;
let r: AppReader;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = freshDatabase());
  loadSeeds(db);
  r = sqliteAppReader(db);
});
afterAll(() => cleanup());

const NOW = "2026-11-21";

/** The scored set worked out in JavaScript from the export, independently of the SQL. */
function scoredRows(includeLowInformation: boolean) {
  const all = exportForecasts(db);
  // The claim rule of db/queries/accuracy.ts claimPriority, restated: own words, unconditional,
  // dated, worded, then earlier, then lower id; decided before outcomes are looked at.
  const priority = (f: (typeof all)[number]) =>
    (f.attribution !== "reported" || /["“„«»]/.test(f.quote) ? 0 : 1000) +
    (f.condition === null ? 0 : 100) +
    ({ stated: 0, inferred: 10, none: 20 } as const)[f.deadlineBasis] +
    (f.lowInformation ? 1 : 0);
  const best = new Map<string, (typeof all)[number]>();
  for (const f of all) {
    if (f.eventId === null) continue;
    const claim = `${f.forecaster.slug}/${f.eventId}`;
    const b = best.get(claim);
    if (!b || priority(f) < priority(b) || (priority(f) === priority(b) && (f.madeOn < b.madeOn || (f.madeOn === b.madeOn && f.id < b.id)))) best.set(claim, f);
  }
  const rows = [];
  for (const f of all) {
    if (!f.outcome || (f.outcome.status !== "yes" && f.outcome.status !== "no")) continue;
    if (f.deadline && f.deadline >= NOW) continue;
    if (f.eventId !== null && best.get(`${f.forecaster.slug}/${f.eventId}`)!.id !== f.id) continue;
    if (!includeLowInformation && f.lowInformation) continue;
    rows.push({ probability: f.probability, status: f.outcome.status, lowInformation: f.lowInformation, lexiconClass: f.lexiconClass ?? undefined });
  }
  return rows;
}

describe("getAccuracy (SQL aggregation)", () => {
  it("matches the row-path scoring engine on the seed corpus", async () => {
    const sqlView = await getAccuracy(r, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    const rowView = summarizeForecasts(scoredRows(true));
    expect(sqlView.counts.scored).toBe(rowView.n);
    expect(sqlView.summary.brier).toBeCloseTo(rowView.brier!, 12);
    expect(sqlView.summary.logScore).toBeCloseTo(rowView.logScore!, 12);
    expect(sqlView.summary.hitRate).toBeCloseTo(rowView.hitRate!, 12);
    expect(sqlView.bins.map((b) => [b.lo, b.n])).toEqual(rowView.bins.map((b) => [b.lo, b.n]));
    const d = sqlView.decomposition!;
    expect(d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance).toBeCloseTo(sqlView.summary.brier!, 12);
  });

  it("leaves out low-information forecasts when asked, and says how many", async () => {
    const view = await getAccuracy(r, { kind: "all" }, accuracyFiltersSchema.parse({ lowInfo: "0" }), NOW);
    expect(view.counts.scored).toBe(scoredRows(false).length);
    expect(view.counts.lowInformationExcluded).toBe(scoredRows(true).length - scoredRows(false).length);
  });

  it("counts ambiguous, annulled and condition-not-met outcomes without scoring them", async () => {
    const view = await getAccuracy(r, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    const all = exportForecasts(db);
    expect(view.counts.unscorable).toBe(all.filter((f) => f.outcome && !["yes", "no"].includes(f.outcome.status)).length);
    expect(view.counts.total).toBe(all.length);
    expect(view.counts.resolved + view.counts.open + view.counts.pastDue).toBe(all.length);
  });

  it("bins by lexicon class with zero within-bin terms", async () => {
    const view = await getAccuracy(r, { kind: "all" }, accuracyFiltersSchema.parse({ bins: "lexicon" }), NOW);
    expect(view.decomposition!.withinBinVariance).toBeCloseTo(0, 12);
    expect(view.decomposition!.withinBinCovariance).toBeCloseTo(0, 12);
  });

  it("ends the score over time at the overall Brier score", async () => {
    const series = await getScoreOverTime(r, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    const view = await getAccuracy(r, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    expect(series.at(-1)!.cumulativeN).toBe(view.counts.scored);
    expect(series.at(-1)!.brier).toBeCloseTo(view.summary.brier!, 12);
  });

  it("gives leaderboard sums per forecaster that add up to the overall ones", async () => {
    const rows = getLeaderboardSums(db, "forecaster", accuracyFiltersSchema.parse({}), NOW);
    const view = await getAccuracy(r, { kind: "all" }, accuracyFiltersSchema.parse({}), NOW);
    expect(rows.reduce((a, r) => a + r.n, 0)).toBe(view.counts.scored);
    expect(rows.reduce((a, r) => a + r.sumBrier, 0) / view.counts.scored).toBeCloseTo(view.summary.brier!, 12);
  });
});

describe("the accuracy cache", () => {
  it("serves a stored view until a write moves its tag, then recomputes; a person's view stays while another person's forecast changes", async () => {
    const { getAccuracyViewCached } = await import("@/lib/accuracy/cache");
    const { appendOutcome } = await import("@/db/queries/outcomes");
    const filters = accuracyFiltersSchema.parse({});
    const first = await getAccuracyViewCached(r, { kind: "all" }, filters);
    expect(await getAccuracyViewCached(r, { kind: "all" }, filters)).toBe(first);
    const due = exportForecasts(db).find((f) => !f.outcome && f.deadline && f.deadline < new Date().toISOString().slice(0, 10))!;
    const { forecastsChanged } = await import("@/lib/ledger/forecasts-changed");
    db.transaction((tx) => {
      appendOutcome(tx, {
        forecastId: due.id,
        status: "yes",
        occurredOn: due.deadline,
        evidence: [{ citation: "test evidence, a report" }],
        note: null,
        reason: null,
        recordedBy: "seed-editor",
      });
      forecastsChanged(tx, [due.id]);
    });
    const after = await getAccuracyViewCached(r, { kind: "all" }, filters);
    expect(after).not.toBe(first);
    expect(after.accuracy.counts.resolved).toBe(first.accuracy.counts.resolved + 1);
    const other = exportForecasts(db).find((f) => f.forecaster.slug !== due.forecaster.slug)!;
    const { resolveScope } = await import("./scope");
    const scope = (await resolveScope(r, `person:${other.forecaster.slug}`))!;
    const before = await getAccuracyViewCached(r, scope, filters);
    db.transaction((tx) => forecastsChanged(tx, [due.id]));
    expect(await getAccuracyViewCached(r, scope, filters)).toBe(before);
    db.transaction((tx) => forecastsChanged(tx, [other.id]));
    expect(await getAccuracyViewCached(r, scope, filters)).not.toBe(before);
  });
});

describe("which words count for a claim (db/queries/accuracy.ts claimPriority)", () => {
  it("scores RusStrat's own quoted words (#30, 'nicht auszuschließen ... spätestens im Jahr 2022'), not Rupp's paraphrase (#25)", async () => {
    const { getClaimRepresentatives } = await import("@/db/queries/accuracy");
    const reps = getClaimRepresentatives(db, [25, 30]);
    expect(reps.get(25)).toBe(30);
    expect(reps.has(30)).toBe(false);
    const { resolveScope } = await import("./scope");
    const scope = (await resolveScope(r, "person:russtrat"))!;
    const view = await getAccuracy(r, scope, accuracyFiltersSchema.parse({}), NOW);
    expect(view.counts.scored).toBe(1);
    expect(view.counts.sameClaimExcluded).toBe(1);
    // NOT_RULED_OUT's point 0.30 against NO: (0.3 - 0)^2, where the paraphrase's 0.97 gave 0.9409.
    expect(view.summary.brier).toBeCloseTo(0.09, 10);
  });

  it("prefers a dated, unconditional statement: Osthold's #37 (deadline inferred) counts over his conditional, undated #34", async () => {
    const { getClaimRepresentatives } = await import("@/db/queries/accuracy");
    expect(getClaimRepresentatives(db, [34, 37])).toEqual(new Map([[34, 37]]));
  });
});
