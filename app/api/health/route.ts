import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export const dynamic = "force-dynamic";

export function GET() {
  const n = getDb().get<{ n: number }>(sql`select count(*) as n from forecasts`);
  return Response.json({ ok: true, forecasts: n?.n ?? 0 });
}
