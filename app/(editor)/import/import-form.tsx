"use client";
/**
 * The bulk import: choose a file, the server checks every row (progress streamed back as
 * newline-delimited JSON, drawn as a progress bar), the report lists errors by row and field
 * and the duplicates it will skip; then "Import" sends the file again to be checked and
 * written in one transaction.
 */
import Link from "next/link";
import { useState } from "react";
import { Field } from "@/app/_components/editor/field";
import type { ActionError } from "@/lib/http/action-result";
import type { ImportFormat } from "@/lib/import/parse-file";
import type { ImportProgress, ImportReport } from "@/lib/import/run-import";

type Line = ({ type: "progress" } & ImportProgress) | { type: "report"; report: ImportReport } | { type: "error"; error: ActionError };

const PHASE: Record<ImportProgress["phase"], string> = {
  parse: "Reading the file",
  validate: "Checking rows",
  check: "Looking for duplicates and conflicts with the ledger",
  write: "Writing, in one transaction",
  done: "Done",
};

function formatOf(name: string): ImportFormat | null {
  const m = /\.(json|csv)$/i.exec(name);
  return m ? (m[1]!.toLowerCase() as ImportFormat) : null;
}

/** Posts the file and reads the streamed lines, calling onLine for each. */
async function post(body: { format: ImportFormat; fileName: string; content: string; commit: boolean }, onLine: (line: Line) => void): Promise<void> {
  let res: Response;
  try {
    res = await fetch("/api/v1/import", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return onLine({ type: "error", error: { code: "internal", message: "The server could not be reached; nothing was written." } });
  }
  if (!res.ok || !res.body) {
    const json = await res.json().catch(() => null);
    return onLine({ type: "error", error: json?.error ?? { code: "internal", message: `The server answered ${res.status}.` } });
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (line) onLine(JSON.parse(line) as Line);
    }
    if (done) break;
  }
}

export function ImportForm() {
  const [file, setFile] = useState<{ name: string; format: ImportFormat; content: string } | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [running, setRunning] = useState<"check" | "commit" | null>(null);

  async function run(f: NonNullable<typeof file>, commit: boolean) {
    setRunning(commit ? "commit" : "check");
    setError(null);
    setProgress({ phase: "parse", done: 0, total: 0 });
    await post({ format: f.format, fileName: f.name, content: f.content, commit }, (line) => {
      if (line.type === "progress") setProgress(line);
      else if (line.type === "report") setReport(line.report);
      else setError(line.error);
    });
    setRunning(null);
    setProgress(null);
  }

  async function choose(chosen: File | undefined) {
    setReport(null);
    setError(null);
    setFile(null);
    if (!chosen) return;
    const format = formatOf(chosen.name);
    if (!format) return setError({ code: "bad_request", message: `“${chosen.name}” is neither a .json nor a .csv file.` });
    const f = { name: chosen.name, format, content: await chosen.text() };
    setFile(f);
    await run(f, false);
  }

  const pct = progress?.total ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <div className="import-form">
      <form className="stacked editor-form narrow" onSubmit={(e) => e.preventDefault()}>
        <Field id="import-file" label="File to import" hint="(.json or .csv, export format)" error={null} field="file">
          <input
            id="import-file"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            disabled={running !== null}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </Field>
      </form>
      {progress ? (
        <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
          <span className="small">
            {PHASE[progress.phase]}
            {progress.phase === "validate" && progress.total ? `: ${progress.done.toLocaleString("en")} of ${progress.total.toLocaleString("en")}` : "…"}
          </span>
          <progress max={100} value={pct ?? undefined} aria-label="Import progress" />
        </div>
      ) : null}
      {error ? (
        <div className="error-box" role="alert">
          {error.message}
          {error.fields?.length ? (
            <ul>
              {error.fields.map((f, i) => (
                <li key={i}>
                  {f.field}: {f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {report && file ? <Report report={report} onCommit={() => void run(file, true)} running={running} /> : null}
    </div>
  );
}

function Report({ report: r, onCommit, running }: { report: ImportReport; onCommit: () => void; running: "check" | "commit" | null }) {
  const errorCount = r.errors.length + r.moreErrors;
  return (
    <section className="import-report" aria-label="Import report" data-testid="import-report">
      {r.committed ? (
        <p className="success-box" role="status">
          Imported {r.created?.forecasts ?? 0} forecast{r.created?.forecasts === 1 ? "" : "s"} from {r.fileName} ({r.created?.articles ?? 0} new article
          {r.created?.articles === 1 ? "" : "s"}, {r.created?.outcomes ?? 0} outcome
          {r.created?.outcomes === 1 ? "" : "s"} recorded in your name)
          {r.duplicates.length ? `; ${r.duplicates.length} duplicate${r.duplicates.length === 1 ? "" : "s"} skipped` : ""}.
        </p>
      ) : errorCount ? (
        <div className="error-box" role="alert">
          <strong>
            {errorCount} error{errorCount === 1 ? "" : "s"} in {r.fileName}: nothing was written.
          </strong>{" "}
          Correct the file and choose it again.
        </div>
      ) : (
        <p className="note-box" role="status">
          {r.rows} row{r.rows === 1 ? "" : "s"} checked: {r.toImport} forecast{r.toImport === 1 ? "" : "s"} to import ({r.newArticles} new article
          {r.newArticles === 1 ? "" : "s"}){r.duplicates.length ? `, ${r.duplicates.length} duplicate${r.duplicates.length === 1 ? "" : "s"} to skip` : ""}.
          Nothing is written yet.
        </p>
      )}
      {errorCount ? (
        <div className="table-wrap">
          <table data-testid="import-errors">
            <thead>
              <tr>
                <th>Row</th>
                <th>Field</th>
                <th>Problem</th>
              </tr>
            </thead>
            <tbody>
              {r.errors.map((e, i) => (
                <tr key={i}>
                  <td className="row">{e.row === null ? "file" : `row ${e.row}`}</td>
                  <td>
                    <code>{e.field}</code>
                  </td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {r.moreErrors ? <p className="small muted">… and {r.moreErrors} more.</p> : null}
          <p className="small muted">Rows are counted from 1, the first record (in CSV, the first line after the header).</p>
        </div>
      ) : null}
      {r.duplicates.length ? (
        <details open={r.duplicates.length <= 10}>
          <summary>
            {r.duplicates.length} duplicate{r.duplicates.length === 1 ? "" : "s"} {r.committed ? "skipped" : "will be skipped"}
          </summary>
          <ul className="small" data-testid="import-duplicates">
            {r.duplicates.map((d) => (
              <li key={d.row}>
                Row {d.row}: {d.forecastId ? <Link href={`/forecasts/${d.forecastId}`}>{d.message}</Link> : d.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {r.committed && r.forecastIds.length ? (
        <p className="small">
          New forecasts:{" "}
          {r.forecastIds.slice(0, 30).map((id, i) => (
            <span key={id}>
              {i ? ", " : ""}
              <Link href={`/forecasts/${id}`}>#{id}</Link>
            </span>
          ))}
          {r.forecastIds.length > 30 ? ` and ${r.forecastIds.length - 30} more` : ""}
        </p>
      ) : null}
      {!r.committed && !errorCount && r.toImport > 0 ? (
        <button type="button" onClick={onCommit} disabled={running !== null}>
          {running === "commit" ? "Importing…" : `Import ${r.toImport} forecast${r.toImport === 1 ? "" : "s"}`}
        </button>
      ) : null}
    </section>
  );
}
