/** Scorecards for share images and embeds, and the sitemap, read through the app's engine (lib/share/). */
import { getScorecard as scorecard } from "@/lib/share/scorecard";
import * as sitemap from "@/lib/share/sitemap";
import { withReader } from "./bind";

export type { Scorecard, ScorecardKind } from "@/lib/share/scorecard";
export const getScorecard = withReader(scorecard);

export const buildSitemap = withReader(sitemap.buildSitemap);
