import { z } from "zod";
import { DEFAULT_MIN_RESOLVED, DEFAULT_SHRINKAGE_K } from "@/lib/scoring";

/** min: forecasts needed to be ranked (PunditTracker graded at 25); k: shrinkage strength. */
export const leaderboardParamsSchema = z.object({
  min: z.coerce.number({ error: "expected a whole number" }).int("expected a whole number").min(1, "min must be at least 1").max(1000).default(DEFAULT_MIN_RESOLVED),
  k: z.coerce.number({ error: "expected a number" }).positive("k must be positive").max(1000).default(DEFAULT_SHRINKAGE_K),
});
