/**
 * Hindsight's scoring engine: pure functions, no database, no I/O. Probabilities are of the
 * positively defined event on [0, 1]; every Brier score is on the 0-1 scale unless a name says
 * TwoCategory (0-2). The method and its sources: docs/scoring.md.
 */
export { assertOutcome, assertProbability, type BinaryForecast, type Outcome } from "./forecast";
export { brierScore, brierScoreTwoCategory, brierTerm, toTwoCategoryScale } from "./brier";
export { clampForLogScore, LOG_SCORE_MAX_PROBABILITY, LOG_SCORE_MIN_PROBABILITY, logScore, logScoreTerm } from "./log-score";
export { hitRate, hitTerm } from "./hit-rate";
export { skillVsBaseRate, skillVsCoinFlip } from "./skill";
export { wilsonInterval, Z_95, type WilsonInterval } from "./wilson-interval";
export { murphyDecomposition, type DecomposedScore, type MurphyDecomposition } from "./murphy-decomposition";
export {
  assertBinCount,
  DEFAULT_BIN_COUNT,
  equalWidthBinEdges,
  equalWidthBinIndex,
  MAX_BIN_COUNT,
  probabilityToPercent,
} from "./bin-index";
export { describeBin, MIN_RELIABLE_BIN_SIZE, type Calibration, type CalibrationBin } from "./calibration-bin";
export { equalWidthBins, groupByEqualWidthBin, type EqualWidthBin } from "./equal-width-bins";
export {
  groupByLexiconClass,
  LEXICON_BIN_ORDER,
  lexiconClassBins,
  toLexiconClass,
  type ClassedForecast,
  type LexiconClassBin,
} from "./lexicon-class-bins";
export { assertValidSums, sumsOf, type BinSums } from "./forecast-sums";
export {
  binAggregates,
  binsFromAggregates,
  decompositionFromSums,
  lexiconBinAggregates,
  lexiconBinsFromAggregates,
  type BinAggregate,
  type LexiconBinAggregate,
} from "./bin-aggregates";
export { forecastSums, summaryFromAggregates, type AggregateSummary, type ForecastSums } from "./summary-from-aggregates";
export {
  rangeBrier,
  rangeBrierSummary,
  type ProbabilityRange,
  type RangeBrier,
  type RangeBrierSummary,
  type RangeForecast,
} from "./range-score";
export {
  ALL_OUTCOME_STATUSES,
  isOutcomeStatus,
  isResolved,
  outcomeOf,
  SCORED_STATUSES,
  UNSCORED_STATUSES,
  type OutcomeStatus,
} from "./outcome-status";
export { summarizeForecasts, type ForecastRow, type ForecastSummary, type SummaryOptions } from "./summary";
export {
  brierMoments,
  brierStandardError,
  DEFAULT_MIN_RESOLVED,
  DEFAULT_SHRINKAGE_K,
  rankSources,
  shrinkageWeight,
  shrunkScore,
  type BrierMoments,
  type RankedSource,
  type Ranking,
  type RankingOptions,
  type SourceAggregate,
} from "./ranking";
export {
  parseCsvRecords,
  parseForecastCsv,
  REQUIRED_COLUMNS,
  type CsvRecord,
  type ForecastCsvResult,
  type NumberedForecast,
} from "./forecast-csv";
