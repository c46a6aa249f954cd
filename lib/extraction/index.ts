/**
 * The forecast-extraction assistant: proposes candidate forecasts in an article (de, nl, en),
 * offline and rule-based. Free of Node-only APIs so the web intake page can call it.
 */
export { extractCandidates, DEFAULT_MIN_SCORE } from "./extract";
export { detectLanguage, resolveLanguage, LanguageError } from "./language";
export { splitSentences, type Sentence } from "./sentences";
export { findCondition, type ConditionMatch } from "./conditions";
export { findForecaster, attributeSentences } from "./speakers";
export { readProbability, type ProbabilityReading } from "./probability";
export { LANGUAGE_CODES } from "./types";
export type { Candidate, ExtractOptions, ExtractResult, Forecaster, ForecasterKind, KnownPerson, Language } from "./types";
