/**
 * Filters of the accuracy pages and GET /api/v1/accuracy: which forecasts count (made-on date
 * range, topic, language, low-information wording) and how the calibration chart bins them.
 * The URL keeps them, so a view can be shared.
 */
import { z } from "zod";
import { parseQuery, type RawParams } from "@/lib/http/query-params";
import { isoDate } from "@/lib/http/validation";
import { LANGUAGES } from "@/lib/vocabulary";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug");

export const BIN_STYLES = ["decile", "lexicon"] as const;

export const accuracyFiltersSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    topic: slug.optional(),
    language: z.enum(LANGUAGES, { error: `expected one of ${LANGUAGES.join(", ")}` }).optional(),
    /** "0" leaves out POSSIBLE / NOT_RULED_OUT forecasts (scoring.md: low information). */
    lowInfo: z.enum(["1", "0"], { error: "expected 1 (include) or 0 (exclude)" }).default("1"),
    bins: z.enum(BIN_STYLES, { error: `expected one of ${BIN_STYLES.join(", ")}` }).default("decile"),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "'to' is before 'from'" });

export type AccuracyFilters = z.infer<typeof accuracyFiltersSchema>;

export const ACCURACY_FILTER_KEYS = ["from", "to", "topic", "language", "lowInfo", "bins"] as const;

/** `ignore` names the parameters a route reads itself (scope, by, min, k). */
export function parseAccuracyFilters(params: RawParams, ignore: readonly string[] = []) {
  const parsed = parseQuery(accuracyFiltersSchema, params, { ignore, allowed: [...ACCURACY_FILTER_KEYS, ...ignore] });
  return parsed.ok ? { ok: true as const, filters: parsed.data } : parsed;
}

export const DEFAULT_ACCURACY_FILTERS: AccuracyFilters = accuracyFiltersSchema.parse({});
