/**
 * Hindsight's scoring engine: pure functions, no database, no I/O. Probabilities are of the
 * positively defined event on [0, 1]; every Brier score is on the 0-1 scale unless a name says
 * TwoCategory (0-2). The method and its sources: docs/scoring.md.
 */

export {
  type BinAggregate,
  binAggregates,
  binsFromAggregates,
  decompositionFromSums,
  type LexiconBinAggregate,
  lexiconBinAggregates,
  lexiconBinsFromAggregates,
} from "./bin-aggregates";
export {
  assertBinCount,
  DEFAULT_BIN_COUNT,
  equalWidthBinEdges,
  equalWidthBinIndex,
  MAX_BIN_COUNT,
  probabilityToPercent,
} from "./bin-index";
export { brierScore, brierScoreTwoCategory, brierTerm, toTwoCategoryScale } from "./brier";
export { type Calibration, type CalibrationBin, describeBin, MIN_RELIABLE_BIN_SIZE } from "./calibration-bin";
export { type EqualWidthBin, equalWidthBins, groupByEqualWidthBin } from "./equal-width-bins";
export { assertOutcome, assertProbability, type BinaryForecast, type Outcome } from "./forecast";
export {
  type CsvRecord,
  type ForecastCsvResult,
  type NumberedForecast,
  parseCsvRecords,
  parseForecastCsv,
  REQUIRED_COLUMNS,
} from "./forecast-csv";
export { assertValidSums, type BinSums, sumsOf } from "./forecast-sums";
export { hitRate, hitTerm } from "./hit-rate";
export {
  type ClassedForecast,
  groupByLexiconClass,
  LEXICON_BIN_ORDER,
  type LexiconClassBin,
  lexiconClassBins,
  toLexiconClass,
} from "./lexicon-class-bins";
export { clampForLogScore, LOG_SCORE_MAX_PROBABILITY, LOG_SCORE_MIN_PROBABILITY, logScore, logScoreTerm } from "./log-score";
export { type DecomposedScore, type MurphyDecomposition, murphyDecomposition } from "./murphy-decomposition";
export {
  ALL_OUTCOME_STATUSES,
  isOutcomeStatus,
  isResolved,
  type OutcomeStatus,
  outcomeOf,
  SCORED_STATUSES,
  UNSCORED_STATUSES,
} from "./outcome-status";
export {
  type ProbabilityRange,
  type RangeBrier,
  type RangeBrierSummary,
  type RangeForecast,
  rangeBrier,
  rangeBrierSummary,
} from "./range-score";
export {
  type BrierMoments,
  brierMoments,
  brierStandardError,
  DEFAULT_MIN_RESOLVED,
  DEFAULT_SHRINKAGE_K,
  type RankedSource,
  type Ranking,
  type RankingOptions,
  rankKey,
  rankSources,
  type SourceAggregate,
  shrinkageWeight,
  shrunkScore,
} from "./ranking";
export { skillVsBaseRate, skillVsCoinFlip } from "./skill";
export { type ForecastRow, type ForecastSummary, type SummaryOptions, summarizeForecasts } from "./summary";
export { type AggregateSummary, type ForecastSums, forecastSums, summaryFromAggregates } from "./summary-from-aggregates";
export { type WilsonInterval, wilsonInterval, Z_95 } from "./wilson-interval";
