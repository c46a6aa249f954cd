export { addMonths, addYears, endOfMonth, endOfYear, isIsoDate, todayIso } from "./date-math";
export { parseDeadline } from "./parse-deadline";
export { DEFAULT_HORIZON_YEARS } from "./rule-kit";
export type { Deadline, DeadlineBasis, DeadlineKind, Language } from "./types";
