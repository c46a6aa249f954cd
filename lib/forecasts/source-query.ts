/** The query of GET /api/v1/sources: which kind of source, part of its name, how many matches. */
import { z } from "zod";
import { SOURCE_KINDS } from "@/db/queries/sources";
import { queryInt } from "@/lib/http/validation";

export const SOURCE_MATCH_LIMIT = { default: 10, max: 50 } as const;

export const sourceQuerySchema = z
  .object({
    kind: z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(", ")}` }),
    q: z
      .string({ error: "give part of a name to look for, e.g. q=mull" })
      .trim()
      .max(100, "a name to look for is limited to 100 characters")
      .refine((q) => /[\p{L}\p{N}]/u.test(q), "give at least one letter or digit of the name"),
    limit: queryInt("limit", 1, SOURCE_MATCH_LIMIT.max).default(SOURCE_MATCH_LIMIT.default),
  })
  .strict();
