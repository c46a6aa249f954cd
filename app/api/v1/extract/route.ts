import { extractRequest } from "@/lib/api/requests";
import { requirePermissionFor } from "@/lib/auth/session";
import { detectLanguage } from "@/lib/extraction";
import { AppError } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/read-json";
import { route } from "@/lib/http/route";
import { parseInput } from "@/lib/http/validation";
import { MAX_BODY_LENGTH, normalizeText } from "@/lib/intake/intake-schema";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";
import { listPersonNames } from "@/lib/read/ledger";
import { extractInWorker } from "@/lib/workers/tasks";

export const dynamic = "force-dynamic";

/** The text at its character limit, at up to 3 bytes a character in UTF-8, plus the other fields. */
const MAX_EXTRACT_BODY_BYTES = 3 * MAX_BODY_LENGTH + 64 * 1024;

/**
 * POST /api/v1/extract {text, language?, referenceDate?, minScore?}: the extraction assistant's
 * candidate forecasts, with offsets into `text` (line endings normalised to \n first). Reads
 * nothing and writes nothing, but it is part of the intake, so editors only (401/403 otherwise).
 */
export const POST = route(async (request) => {
  await requirePermissionFor(request, INTAKE_PERMISSION);
  const v = parseInput(extractRequest, await readJsonBody(request, "the text", MAX_EXTRACT_BODY_BYTES));
  const text = normalizeText(v.text);
  const language = v.language ?? detectLanguage(text);
  if (!language) {
    throw new AppError("unprocessable", "Could not tell the language of the text.", [
      { field: "language", message: "could not tell the language (German, Dutch or English) from the text: choose it" },
    ]);
  }
  // In a worker thread with a time budget (lib/workers/tasks.ts): the server keeps answering meanwhile.
  // Speakers named in the text are matched against the people already in the ledger.
  const result = await extractInWorker({
    text,
    language,
    referenceDate: v.referenceDate ?? undefined,
    minScore: v.minScore,
    knownPeople: await listPersonNames(),
  });
  return Response.json({ ...result, detected: !v.language });
});
