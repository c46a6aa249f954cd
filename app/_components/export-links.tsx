/**
 * "Download CSV · JSON" for a forecast list: the same filters through GET /api/v1/export, which
 * answers with the whole list (no pages) in the export format.
 */
export function ExportLinks({ query, label = "Download this list" }: { query: Record<string, string | number | null | undefined>; label?: string }) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "" || k === "page" || k === "pageSize") continue;
    params.set(k, String(v));
  }
  const href = (format: "csv" | "json") => `/api/v1/export?${new URLSearchParams([["format", format], ...params.entries()])}`;
  return (
    <p className="small muted export-links" data-testid="export-links">
      {label}:{" "}
      <a href={href("csv")} download>
        CSV
      </a>{" "}
      ·{" "}
      <a href={href("json")} download>
        JSON
      </a>
    </p>
  );
}
