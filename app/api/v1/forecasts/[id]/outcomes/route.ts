import { PERMISSIONS } from "@/lib/auth/permissions";
import { requirePermissionFor } from "@/lib/auth/session";
import { AppError } from "@/lib/http/errors";
import { parseId } from "@/lib/http/ids";
import { readJsonBody } from "@/lib/http/read-json";
import { route, segment } from "@/lib/http/route";
import { appWriter } from "@/lib/ledger/engine";
import { toOutcomeRecordDTO } from "@/lib/outcomes/history";
import { getOutcomeHistory } from "@/lib/read/history";
import { getForecastRow } from "@/lib/read/ledger";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/v1/forecasts/:id/outcomes: the whole outcome history, newest first (public). */
export const GET = route(async (_request, ctx: Ctx) => {
  const id = parseId(await segment(ctx, "id"));
  const f = await getForecastRow(id);
  if (!f) throw new AppError("not_found", `No forecast with id ${id}`);
  const history = (await getOutcomeHistory(id)).map(toOutcomeRecordDTO);
  return Response.json({ forecastId: id, version: f.version, current: history.find((o) => o.id === f.currentOutcomeId) ?? null, history });
});

/**
 * POST /api/v1/forecasts/:id/outcomes with the session cookie and a JSON body
 * {status, occurredOn, evidence, note, reason, expectedVersion}: 201 with the new record;
 * 401 without a session, 403 without the editor role, 409 on a stale expectedVersion,
 * 422 with field-level messages.
 */
export const POST = route(async (request, ctx: Ctx) => {
  const actor = await requirePermissionFor(request, PERMISSIONS.recordOutcome);
  const id = parseId(await segment(ctx, "id"));
  const record = await appWriter().recordOutcome(actor, id, await readJsonBody(request, "the outcome"));
  return Response.json(record, { status: 201 });
});
