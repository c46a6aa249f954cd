/**
 * Accuracy figures for one scope: the counts and sums that db/queries/accuracy.ts aggregates in
 * SQL, folded into scores (lib/scoring, "aggregate path"), calibration bins and the score over
 * time. The folding is the only JavaScript work: a handful of group rows, never the forecasts.
 * The sums come through the AppReader (lib/ledger/app-reader.ts), so the same fold serves both
 * engines. Which forecasts count, and each formula: docs/scoring.md.
 */

import { type AccuracyCounts, type AccuracyFilters, type AccuracyScope, type ScoredSums, SUM_KEYS } from "@/db/queries/accuracy";
import type { AppReader } from "@/lib/ledger/app-reader";
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
export async function keptSumsCover(db: AppReader, filters: AccuracyFilters, now: string): Promise<boolean> {
  if (filters.from || filters.to || filters.topic || filters.language) return false;
  const pastBefore = await db.getPastBefore();
  return pastBefore !== null && now >= pastBefore;
}

async function keptFigureSums(db: AppReader, scope: AccuracyScope, filters: AccuracyFilters, now: string): Promise<FigureSums> {
  const [counts, bins, months] = await Promise.all([
    db.getKeptCounts(scope, filters.lowInfo, now),
    db.getKeptBinSums(scope, filters.lowInfo, now, filters.bins),
    db.getKeptMonthSums(scope, filters.lowInfo, now),
  ]);
  return { counts, bins, months };
}

/** The fallback: the two scans over the forecasts. */
async function scannedFigureSums(db: AppReader, scope: AccuracyScope, filters: AccuracyFilters, now: string): Promise<FigureSums> {
  const [rows, counts] = await Promise.all([db.getScoredSums(scope, filters, now, DEFAULT_BIN_COUNT), db.getAccuracyCounts(scope, filters, now)]);
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
    counts,
    bins: [...byBin.entries()].map(([bin, v]) => ({ bin, ...(v as ScoredSums) })),
    months: [...byMonth.entries()].map(([month, v]) => ({ month, ...v })),
  };
}

export async function getFigureSums(db: AppReader, scope: AccuracyScope, filters: AccuracyFilters, now: string): Promise<FigureSums> {
  return scope.kind !== "article" && (await keptSumsCover(db, filters, now))
    ? keptFigureSums(db, scope, filters, now)
    : scannedFigureSums(db, scope, filters, now);
}

/** Counts, scores, bins and the score over time, from the kept sums or the scans. */
async function computeFigures(db: AppReader, scope: AccuracyScope, filters: AccuracyFilters, now: string) {
  return foldFigures(await getFigureSums(db, scope, filters, now), filters);
}

/** The fold itself (pure): the same TypeScript for both engines' sums. */
function foldFigures(sums: FigureSums, filters: AccuracyFilters) {
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
export async function getAccuracyView(db: AppReader, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  const [{ accuracy, scoreOverTime }, timeline] = await Promise.all([computeFigures(db, scope, filters, now), db.getTimeline(scope, filters)]);
  return {
    asOf: now,
    filters,
    accuracy,
    binMembers: accuracy.counts.scored <= MEMBER_LIST_LIMIT ? await db.getBinMembers(scope, filters, now, DEFAULT_BIN_COUNT) : [],
    timeline,
    scoreOverTime,
  };
}
export type AccuracyView = Awaited<ReturnType<typeof getAccuracyView>>;

/** The figures alone (counts, scores, bins), for callers that do not draw charts. */
export async function getAccuracy(db: AppReader, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  return (await computeFigures(db, scope, filters, now)).accuracy;
}

export async function getScoreOverTime(db: AppReader, scope: AccuracyScope, filters: AccuracyFilters, now = today()) {
  return (await computeFigures(db, scope, filters, now)).scoreOverTime;
}
