/**
 * The JSON bodies of the editor routes POST /api/v1/extract and POST /api/v1/import: the schemas
 * the route handlers validate with, and the OpenAPI document describes (lib/api/openapi.ts).
 */
import { z } from "zod";
import { isoDate } from "@/lib/http/validation";
import { IMPORT_FORMATS } from "@/lib/import/parse-file";
import { MAX_BODY_LENGTH } from "@/lib/intake/intake-schema";
import { LANGUAGES } from "@/lib/vocabulary";

export const extractRequest = z.strictObject(
  {
    text: z
      .string({ error: "required: the article's text" })
      .min(1, { error: "required: the article's text" })
      .max(MAX_BODY_LENGTH, { error: `at most ${MAX_BODY_LENGTH} characters` }),
    language: z.enum(LANGUAGES, { error: `expected one of ${LANGUAGES.join(", ")}` }).nullish(),
    referenceDate: isoDate.nullish(),
    minScore: z.number({ error: "expected a number between 0 and 1" }).min(0).max(1).optional(),
  },
  { error: "expected {text, language?, referenceDate?, minScore?}" },
);

export const importRequest = z.strictObject(
  {
    format: z.enum(IMPORT_FORMATS, { error: `expected one of ${IMPORT_FORMATS.join(", ")}` }),
    fileName: z.string().max(200).nullish(),
    content: z.string({ error: "required: the file's content" }),
    commit: z.boolean({ error: "expected true (write) or false (check only)" }),
  },
  { error: "expected {format, fileName, content, commit}" },
);
