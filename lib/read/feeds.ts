/** The Atom feeds, read through the app's engine (lib/feeds/). */
import { overallFeed as overall, sourceFeed as source } from "@/lib/feeds/feeds";
import { withReader } from "./bind";

export type { OverallFeed, SourceKind } from "@/lib/feeds/feeds";
export const overallFeed = withReader(overall);
export const sourceFeed = withReader(source);
