/**
 * Accuracy figures for one scope: the counts and sums that db/queries/accuracy.ts aggregates in
 * SQL, folded into scores (lib/scoring, "aggregate path"), calibration bins and the score over
 * time. The folding is the only JavaScript work: a handful of group rows, never the forecasts.
 * Which forecasts count, and each formula: docs/scoring.md.
 */

import type { DB } from "@/db/client";
import {
  type AccuracyCounts,
  type AccuracyFilters,
  type AccuracyScope,
  getAccuracyCounts,
  getBinMembers,
  getScoredSums,
  getTimeline,
  type ScoredSums,
  SUM_KEYS,
} from "@/db/queries/accuracy";
import {
  type BinAggregate,
  binsFromAggregates,
  brierStandardError,
  DEFAULT_BIN_COUNT,
  type LexiconBinAggregate,
  lexiconBinsFromAggregates,
  skillVsBaseRate,
  summaryFromAggregates,
} from "@/lib/scoring";
import { today } from "@/lib/vocabulary/calendar";

export type { AccuracyScope };

/** Above this many scored forecasts the calibration tooltips do not list members (the table and list pages do). */
const MEMBER_LIST_LIMIT = 5000;

function add(into: Partial<ScoredSums>, row: ScoredSums) {
  for (const k of SUM_KEYS) into[k] = (into[k] ?? 0) + Number(row[k] ?? 0);
}

/** Counts, scores, bins and the score over time: the two scans and nothing else. */
function computeFigures(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string) {
  const rawCounts = getAccuracyCounts(db, scope, filters, now);
  const rows = getScoredSums(db, scope, filters, now, DEFAULT_BIN_COUNT);
  const totals: Partial<ScoredSums> = {};
  const byBin = new Map<string | number, Partial<ScoredSums>>();
  const byMonth = new Map<string, Partial<ScoredSums>>();
  for (const r of rows) {
    add(totals, r);
    if (!byBin.has(r.bin)) byBin.set(r.bin, {});
    add(byBin.get(r.bin)!, r);
    if (!byMonth.has(r.month)) byMonth.set(r.month, {});
    add(byMonth.get(r.month)!, r);
  }
  const t = (k: (typeof SUM_KEYS)[number]) => totals[k] ?? 0;
  const n = t("n");
  const counts: AccuracyCounts = { ...rawCounts, scored: n };
  const summary = summaryFromAggregates({
    n,
    sumF: t("sumF"),
    sumO: t("sumO"),
    sumF2: t("sumF2"),
    sumFO: t("sumFO"),
    sumLogScore: n ? t("sumLogScore") : null,
    sumHit: n ? t("sumHit") : null,
  });
  const standardError = brierStandardError({ n, sumBrier: t("sumBrier"), sumBrierSquares: t("sumBrierSquares") });
  const binRows = [...byBin.entries()].map(([bin, v]) => ({
    bin,
    n: v.n ?? 0,
    sumF: v.sumF ?? 0,
    sumO: v.sumO ?? 0,
    sumF2: v.sumF2 ?? 0,
    sumFO: v.sumFO ?? 0,
  }));
  // Lexicon bins: forecasts with a stated number have no class and are left out of that chart.
  const calibration =
    filters.bins === "lexicon"
      ? lexiconBinsFromAggregates(
          binRows.filter((b) => b.bin !== "STATED").map(({ bin, ...sums }) => ({ lexiconClass: String(bin), ...sums }) satisfies LexiconBinAggregate),
        )
      : binsFromAggregates(
          binRows.map(({ bin, ...sums }) => ({ bin: Number(bin), ...sums }) satisfies BinAggregate).sort((a, b) => a.bin - b.bin),
          DEFAULT_BIN_COUNT,
        );
  const d = calibration.decomposition;

  let cumN = 0;
  let cumBrier = 0;
  const scoreOverTime = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, v]) => {
      cumN += v.n ?? 0;
      cumBrier += v.sumBrier ?? 0;
      return { month, resolvedThisMonth: v.n ?? 0, cumulativeN: cumN, brier: cumBrier / cumN };
    });

  const accuracy = {
    counts,
    shareScorable: counts.resolved ? counts.yesNo / counts.resolved : null,
    summary,
    standardError,
    range: n ? { best: t("sumBest") / n, worst: t("sumWorst") / n } : null,
    decomposition: d,
    skillVsBaseRate: d ? skillVsBaseRate(d) : null,
    binStyle: filters.bins,
    bins: calibration.bins.map((b) => ({ ...b, label: "label" in b ? String(b.label) : `${Math.round(b.lo * 100)}–${Math.round(b.hi * 100)}%` })),
  };
  return { accuracy, scoreOverTime };
}

/** Everything an accuracy panel shows, in one object (the JSON of GET /api/v1/accuracy). */
export function getAccuracyView(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  const { accuracy, scoreOverTime } = computeFigures(db, scope, filters, now);
  return {
    asOf: now,
    filters,
    accuracy,
    binMembers: accuracy.counts.scored <= MEMBER_LIST_LIMIT ? getBinMembers(db, scope, filters, now, DEFAULT_BIN_COUNT) : [],
    timeline: getTimeline(db, scope, filters),
    scoreOverTime,
  };
}
export type AccuracyView = ReturnType<typeof getAccuracyView>;

/** The figures alone (counts, scores, bins), for callers that do not draw charts. */
export function getAccuracy(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  return computeFigures(db, scope, filters, now).accuracy;
}

export function getScoreOverTime(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  return computeFigures(db, scope, filters, now).scoreOverTime;
}
