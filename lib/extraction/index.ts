/**
 * The forecast-extraction assistant: proposes candidate forecasts in an article (de, nl, en),
 * offline and rule-based. Free of Node-only APIs so the web intake page can call it.
 */

export { findForecaster } from "./attribution";
export { type ConditionMatch, findCondition } from "./conditions";
export { DEFAULT_MIN_SCORE, extractCandidates } from "./extract";
export { detectLanguage, LanguageError, resolveLanguage } from "./language";
export { type ProbabilityReading, readProbability } from "./probability";
export { type Sentence, splitSentences } from "./sentences";
export type { Candidate, ExtractOptions, ExtractResult, Forecaster, Language } from "./types";
export { LANGUAGE_CODES } from "./types";
