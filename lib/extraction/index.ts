/**
 * The forecast-extraction assistant: proposes candidate forecasts in an article (de, nl, en),
 * offline and rule-based. Free of Node-only APIs so the web intake page can call it.
 */

export { type ConditionMatch, findCondition } from "./conditions";
export { DEFAULT_MIN_SCORE, extractCandidates } from "./extract";
export { detectLanguage, LanguageError, resolveLanguage } from "./language";
export { type ProbabilityReading, readProbability } from "./probability";
export { type Sentence, splitSentences } from "./sentences";
export { attributeSentences, findForecaster } from "./speakers";
export type { Candidate, ExtractOptions, ExtractResult, Forecaster, ForecasterKind, KnownPerson, Language } from "./types";
export { LANGUAGE_CODES } from "./types";
