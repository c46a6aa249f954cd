/** The forecast list's source filters: matches by name (GET /api/v1/sources) and typed names resolved (lib/forecasts/source-filters.ts). */
import * as filters from "@/lib/forecasts/source-filters";
import { withReader } from "./bind";

export { SOURCE_KINDS, type SourceKind, type SourceName, type SourceProblem } from "@/lib/forecasts/source-filters";
export { CANDIDATE_LIMIT } from "@/lib/forecasts/source-match";

export const matchSources = withReader(filters.matchSourcesCached);
export const resolveSourceFilters = withReader(filters.resolveSourceFilters);
