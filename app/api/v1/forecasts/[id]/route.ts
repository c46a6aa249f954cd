import { AppError } from "@/lib/http/errors";
import { parseId } from "@/lib/http/ids";
import { route, segment } from "@/lib/http/route";
import { getForecastById } from "@/lib/read/ledger";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** GET /api/v1/forecasts/:id: one forecast in the export format. */
export const GET = route(async (_request, ctx: Ctx) => {
  const id = parseId(await segment(ctx, "id"));
  const forecast = await getForecastById(id);
  if (!forecast) throw new AppError("not_found", `No forecast with id ${id}`);
  return Response.json(forecast);
});
