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
import { getPastBefore } from "@/db/queries/kept-sums";
import { getKeptBinSums, getKeptCounts, getKeptMonthSums } from "@/db/queries/kept-sums-read";
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

/** The sums a page's figures fold: counts, sums per bin, count and Brier sum per month. */
interface FigureSums {
  counts: Omit<AccuracyCounts, "scored">;
  bins: ({ bin: string | number } & ScoredSums)[];
  months: { month: string; n: number; sumBrier: number }[];
}

/**
 * Whether the kept sums answer these filters (docs/scoring.md 6.1): they cover the scope, the
 * low-information choice and the bin style; a made-on range, a topic or a language falls back
 * to the scans, as does a date before the kept tables' 'past' boundary.
 */
export function keptSumsCover(db: DB, filters: AccuracyFilters, now: string): boolean {
  if (filters.from || filters.to || filters.topic || filters.language) return false;
  const pastBefore = getPastBefore(db);
  return pastBefore !== null && now >= pastBefore;
}

function keptFigureSums(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string): FigureSums {
  return {
    counts: getKeptCounts(db, scope, filters.lowInfo, now),
    bins: getKeptBinSums(db, scope, filters.lowInfo, now, filters.bins),
    months: getKeptMonthSums(db, scope, filters.lowInfo, now),
  };
}

/** The fallback: the two scans over the forecasts. */
function scannedFigureSums(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string): FigureSums {
  const rows = getScoredSums(db, scope, filters, now, DEFAULT_BIN_COUNT);
  const byBin = new Map<string | number, Partial<ScoredSums>>();
  const byMonth = new Map<string, { n: number; sumBrier: number }>();
  for (const r of rows) {
    if (!byBin.has(r.bin)) byBin.set(r.bin, {});
    add(byBin.get(r.bin)!, r);
    const m = byMonth.get(r.month) ?? { n: 0, sumBrier: 0 };
    m.n += Number(r.n);
    m.sumBrier += Number(r.sumBrier);
    byMonth.set(r.month, m);
  }
  return {
    counts: getAccuracyCounts(db, scope, filters, now),
    bins: [...byBin.entries()].map(([bin, v]) => ({ bin, ...(v as ScoredSums) })),
    months: [...byMonth.entries()].map(([month, v]) => ({ month, ...v })),
  };
}

export function getFigureSums(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string): FigureSums {
  return scope.kind !== "article" && keptSumsCover(db, filters, now) ? keptFigureSums(db, scope, filters, now) : scannedFigureSums(db, scope, filters, now);
}

/** Counts, scores, bins and the score over time, from the kept sums or the scans. */
function computeFigures(db: DB, scope: AccuracyScope, filters: AccuracyFilters, now: string, sums = getFigureSums(db, scope, filters, now)) {
  const rawCounts = sums.counts;
  const totals: Partial<ScoredSums> = {};
  const byBin = new Map<string | number, Partial<ScoredSums>>();
  for (const r of sums.bins) {
    add(totals, r);
    byBin.set(r.bin, r);
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
  const scoreOverTime = [...sums.months]
    .sort((a, b) => (a.month < b.month ? -1 : 1))
    .map(({ month, ...v }) => {
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
