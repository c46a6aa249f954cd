import { getDb } from "@/db/client";
import { getForecastById } from "@/db/queries/forecasts";
import { AppError, errorResponse } from "@/lib/errors";
import { parseForecastId } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** GET /api/v1/forecasts/:id: one forecast in the export format. */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const id = parseForecastId((await ctx.params).id);
    const forecast = getForecastById(getDb(), id);
    if (!forecast) throw new AppError("not_found", `No forecast with id ${id}`);
    return Response.json(forecast);
  } catch (err) {
    return errorResponse(err);
  }
}
