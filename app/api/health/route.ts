import { countForecasts } from "@/lib/read/ledger";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json({ ok: true, forecasts: await countForecasts() });
}
