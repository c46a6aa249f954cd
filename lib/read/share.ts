/** Scorecards for share images and embeds, bound to the app's database (lib/share/). */
import { getScorecard as scorecard } from "@/lib/share/scorecard";
import { withDb } from "./bind";

export type { Scorecard, ScorecardKind } from "@/lib/share/scorecard";
export const getScorecard = withDb(scorecard);
