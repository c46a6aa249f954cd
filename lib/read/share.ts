/** Scorecards for share images and embeds, bound to the app's database (lib/share/). */
import { getScorecard as scorecard } from "@/lib/share/scorecard";
import * as sitemap from "@/lib/share/sitemap";
import { withDb } from "./bind";

export type { Scorecard, ScorecardKind } from "@/lib/share/scorecard";
export const getScorecard = withDb(scorecard);

export const buildSitemap = withDb(sitemap.buildSitemap);
