import { exportFileName } from "@/lib/export/file-name";
import { EXPORT_FORMATS, type ExportFormat, formatExport } from "@/lib/export/format";
import { parseForecastFilters } from "@/lib/forecasts/filters";
import { badQuery } from "@/lib/http/query-params";
import { route } from "@/lib/http/route";
import { exportForecasts } from "@/lib/read/ledger";
import { today } from "@/lib/vocabulary/calendar";

export const dynamic = "force-dynamic";

const CONTENT_TYPE: Record<ExportFormat, string> = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" };

/**
 * GET /api/v1/export?format=csv|json&<the forecast list's filters>: every matching forecast in
 * the export format (README "Export format"), as a download. No pages: page and pageSize are
 * refused, like any unknown parameter (400 naming it).
 */
export const GET = route(async (request) => {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "json";
  const errors: { field: string; message: string }[] = [];
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) errors.push({ field: "format", message: `expected one of ${EXPORT_FORMATS.join(", ")}` });
  if (params.getAll("format").length > 1) errors.push({ field: "format", message: "given more than once" });
  const rest = new URLSearchParams([...params.entries()].filter(([k]) => k !== "format"));
  for (const k of ["page", "pageSize"]) if (rest.has(k)) errors.push({ field: k, message: "the export has no pages: it holds every matching forecast" });
  const parsed = parseForecastFilters(rest);
  if (!parsed.ok) errors.push(...parsed.errors.filter((e) => e.field !== "page" && e.field !== "pageSize"));
  if (errors.length || !parsed.ok) throw badQuery(errors);
  const { page: _page, pageSize: _pageSize, ...filters } = parsed.filters;
  const body = formatExport(await exportForecasts(filters), format as ExportFormat);
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPE[format as ExportFormat],
      "content-disposition": `attachment; filename="${exportFileName(filters, format as ExportFormat, today())}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
