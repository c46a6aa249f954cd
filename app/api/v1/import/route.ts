import { importRequest } from "@/lib/api/requests";
import { requirePermissionFor } from "@/lib/auth/session";
import { AppError, asAppError } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/read-json";
import { route } from "@/lib/http/route";
import { crossSiteWrite } from "@/lib/http/same-origin";
import { parseInput } from "@/lib/http/validation";
import { type ImportProgress, MAX_IMPORT_BODY_BYTES } from "@/lib/import/run-import";
import { INTAKE_PERMISSION } from "@/lib/intake/permission";
import { appEngine, appWriter } from "@/lib/ledger/engine";
import { importInWorker, prepareImportInWorker } from "@/lib/workers/tasks";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/import {format: "json"|"csv", fileName, content, commit}: checks an import file
 * (commit false) or checks and writes it in one transaction (commit true). Editors only.
 *
 * The answer streams newline-delimited JSON so the page can draw a progress bar for a large
 * file: `{"type":"progress","phase","done","total"}` lines while the rows are validated and
 * checked, then one `{"type":"report","report"}` line (lib/import/run-import.ts ImportReport),
 * or `{"type":"error","error"}` if the server failed. Problems in the file are in the report,
 * with their row and field; nothing is written when there is any.
 */
export const POST = route(async (request) => {
  // proxy.ts does not see this route (its body may exceed what the proxy buffers): the same cross-site rule here.
  const crossSite = crossSiteWrite(request.method, request.headers);
  if (crossSite) throw new AppError("forbidden", crossSite);
  const actor = await requirePermissionFor(request, INTAKE_PERMISSION);
  const input = parseInput(importRequest, await readJsonBody(request, "the file", MAX_IMPORT_BODY_BYTES));
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const onProgress = (p: ImportProgress) => send({ type: "progress", ...p });
        // SQLite: parse, validate and write in a worker thread on its own connection (lib/workers/tasks.ts), as its writes
        // block the thread. PostgreSQL: parse and validate in a worker thread, check and write in this process
        // (lib/import/run-import-pg.ts), where they await the server.
        const report =
          appEngine() === "postgres"
            ? await appWriter().import(actor, input, { commit: input.commit, onProgress, prepare: prepareImportInWorker })
            : await importInWorker(actor, input, input.commit, onProgress);
        send({ type: "report", report });
      } catch (err) {
        const e = asAppError(err);
        if (e instanceof AppError) send({ type: "error", error: { code: e.code, message: e.message, fields: e.fields ?? [], ...(e.details ?? {}) } });
        else {
          console.error(err);
          send({ type: "error", error: { code: "internal", message: "Something went wrong on our side; the error has been logged. Nothing was written." } });
        }
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
});
