/**
 * The full scorecard of a set of forecast rows (a source, an outlet, a topic, everything),
 * computed in memory from the rows. Pages that aggregate in SQL use summaryFromAggregates and
 * binsFromAggregates instead; they give the same numbers.
 */
import { DEFAULT_BIN_COUNT } from "./bin-index";
import type { Calibration } from "./calibration-bin";
import { type EqualWidthBin, equalWidthBins } from "./equal-width-bins";
import type { BinaryForecast } from "./forecast";
import { hitRate } from "./hit-rate";
import { type LexiconClassBin, lexiconClassBins } from "./lexicon-class-bins";
import { logScore } from "./log-score";
import type { MurphyDecomposition } from "./murphy-decomposition";
import { isResolved, type OutcomeStatus, outcomeOf } from "./outcome-status";
import { type RangeBrierSummary, rangeBrierSummary } from "./range-score";
import { skillVsBaseRate, skillVsCoinFlip } from "./skill";

/** The fields of a forecast (joined with its current outcome) that scoring needs. */
export interface ForecastRow {
  /** Probability of the positively defined event, in [0, 1]. */
  probability: number;
  /** The current outcome's status; null while no outcome is recorded. */
  status: OutcomeStatus | null;
  /** POSSIBLE / NOT_RULED_OUT and the like (lexicon lowInformation). */
  lowInformation?: boolean | null;
  lexiconClass?: string | null;
  probabilityLow?: number | null;
  probabilityHigh?: number | null;
}

export interface SummaryOptions {
  /**
   * Score low-information forecasts ("might", "nicht auszuschließen")? Default true: scoring.md
   * says score them but flag them, and let charts and rankings include or exclude them. When
   * false they are dropped before anything is counted, so every count describes the same set.
   */
  includeLowInformation?: boolean;
  /** Equal-width bins for the calibration chart and decomposition; default 10. */
  binCount?: number;
}

export interface ForecastSummary {
  counts: {
    /** Rows summarised (after the low-information filter). */
    total: number;
    /** Rows with any outcome recorded (yes, no, ambiguous, annulled, condition_not_met). */
    resolved: number;
    /** Rows resolved yes or no: the ones scored. */
    scorable: number;
    /** scorable / resolved; null when nothing is resolved. */
    shareScorable: number | null;
    /** Rows dropped because includeLowInformation was false (0 otherwise). */
    excludedLowInformation: number;
  };
  /** = counts.scorable. Every score below is null when n = 0. */
  n: number;
  /** Mean Brier, 0-1 scale. */
  brier: number | null;
  /** Mean log score, nats, f clamped to [0.01, 0.99], lower is better. */
  logScore: number | null;
  baseRate: number | null;
  /** Over the equal-width bins. */
  decomposition: MurphyDecomposition | null;
  skill: { vsCoinFlip: number | null; vsBaseRate: number | null };
  hitRate: number | null;
  /** Equal-width calibration bins, empty bins omitted. */
  bins: EqualWidthBin[];
  /** Bins by lexicon class over the scored forecasts that have a class; `unclassified` counts the rest. */
  byLexiconClass: Calibration<LexiconClassBin> & { unclassified: number };
  /** Mean Brier at the points and best / worst over the stated ranges. */
  range: RangeBrierSummary | null;
}

type ScoredRow = BinaryForecast & ForecastRow;

export function summarizeForecasts(rows: readonly ForecastRow[], options: SummaryOptions = {}): ForecastSummary {
  const includeLowInformation = options.includeLowInformation ?? true;
  const binCount = options.binCount ?? DEFAULT_BIN_COUNT;

  const kept = includeLowInformation ? rows : rows.filter((r) => !r.lowInformation);
  const resolved = kept.filter((r) => isResolved(r.status));
  const scored: ScoredRow[] = [];
  for (const r of resolved) {
    const outcome = outcomeOf(r.status);
    if (outcome !== null) scored.push({ ...r, outcome });
  }
  const n = scored.length;
  const calibration = equalWidthBins(scored, binCount); // validates every probability
  const classed = scored.flatMap((r) => (r.lexiconClass ? [{ probability: r.probability, outcome: r.outcome, lexiconClass: r.lexiconClass }] : []));
  const brier = calibration.brier;

  return {
    counts: {
      total: kept.length,
      resolved: resolved.length,
      scorable: n,
      shareScorable: resolved.length ? n / resolved.length : null,
      excludedLowInformation: rows.length - kept.length,
    },
    n,
    brier,
    logScore: n ? logScore(scored) : null,
    baseRate: calibration.baseRate,
    decomposition: calibration.decomposition,
    skill: {
      vsCoinFlip: brier === null ? null : skillVsCoinFlip(brier),
      vsBaseRate: calibration.decomposition ? skillVsBaseRate(calibration.decomposition) : null,
    },
    hitRate: n ? hitRate(scored) : null,
    bins: calibration.bins,
    byLexiconClass: { ...lexiconClassBins(classed), unclassified: n - classed.length },
    range: n ? rangeBrierSummary(scored) : null,
  };
}
