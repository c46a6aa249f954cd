/** The Atom feeds, bound to the app's database (lib/feeds/). */
import { overallFeed as overall, sourceFeed as source } from "@/lib/feeds/feeds";
import { withDb } from "./bind";

export type { OverallFeed, SourceKind } from "@/lib/feeds/feeds";
export const overallFeed = withDb(overall);
export const sourceFeed = withDb(source);
