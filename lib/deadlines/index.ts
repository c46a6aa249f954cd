export { parseDeadline } from "./parse-deadline";
export { DEFAULT_HORIZON_YEARS } from "./rule-kit";
export { addMonths, addYears, endOfMonth, endOfYear, isIsoDate, todayIso } from "./date-math";
export type { Deadline, DeadlineBasis, DeadlineKind, Language } from "./types";
