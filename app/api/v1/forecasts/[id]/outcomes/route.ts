import { getDb } from "@/db/client";
import { getForecastRow } from "@/db/queries/forecasts";
import { getOutcomeHistory } from "@/db/queries/outcomes";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { requirePermissionFor } from "@/lib/authz";
import { AppError, errorResponse } from "@/lib/errors";
import { parseForecastId } from "@/lib/ids";
import { toOutcomeRecordDTO } from "@/lib/outcomes/history";
import { recordOutcome } from "@/lib/outcomes/record-outcome";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/v1/forecasts/:id/outcomes: the whole outcome history, newest first (public). */
export async function GET(_request: Request, ctx: Ctx) {
  try {
    const id = parseForecastId((await ctx.params).id);
    const db = getDb();
    const f = getForecastRow(db, id);
    if (!f) throw new AppError("not_found", `No forecast with id ${id}`);
    const history = getOutcomeHistory(db, id).map(toOutcomeRecordDTO);
    return Response.json({ forecastId: id, version: f.version, current: history.find((o) => o.id === f.currentOutcomeId) ?? null, history });
  } catch (err) {
    return errorResponse(err);
  }
}

/**
 * POST /api/v1/forecasts/:id/outcomes with the session cookie and a JSON body
 * {status, occurredOn, evidence, note, reason, expectedVersion}: 201 with the new record;
 * 401 without a session, 403 without the editor role, 409 on a stale expectedVersion,
 * 422 with field-level messages.
 */
export async function POST(request: Request, ctx: Ctx) {
  try {
    const actor = await requirePermissionFor(request, PERMISSIONS.recordOutcome);
    const id = parseForecastId((await ctx.params).id);
    const record = recordOutcome(getDb(), actor, id, await readJson(request));
    return Response.json(record, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}

/**
 * A JSON body only: a cross-site HTML form cannot send application/json, which (with the
 * SameSite=Lax cookie) keeps other sites from writing with a visitor's session.
 */
async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new AppError("bad_request", "Send the outcome as JSON (Content-Type: application/json).");
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}
