"use client";
import type { ActionError } from "@/lib/http/action-result";
import { Field, FieldError, invalidProps } from "./field";

export interface EvidenceRow {
  url: string;
  citation: string;
}

export const EMPTY_EVIDENCE: EvidenceRow = { url: "", citation: "" };

/** Rows left blank are not sources: drop them before sending. */
export function evidenceInput(rows: EvidenceRow[]) {
  return rows
    .map((r) => ({ url: r.url.trim(), citation: r.citation.trim() }))
    .filter((r) => r.url || r.citation)
    .map((r) => (r.url ? r : { citation: r.citation }));
}

/** The sources of an outcome: a URL, a citation, or both, as many as needed. */
export function EvidenceFields({
  idp,
  rows,
  onChange,
  error,
  required,
}: {
  idp: string;
  rows: EvidenceRow[];
  onChange: (rows: EvidenceRow[]) => void;
  error: ActionError | null;
  required: boolean;
}) {
  const set = (i: number, patch: Partial<EvidenceRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  // Errors refer to the rows actually sent (blank rows dropped): map them back to the visible rows.
  const sentIndex = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.url.trim() || r.citation.trim()) sentIndex.set(i, sentIndex.size);
  });
  return (
    <fieldset className="evidence" aria-describedby={invalidProps(error, "evidence", `${idp}-evidence`)["aria-describedby"]}>
      <legend>
        Evidence {required ? <span className="muted small">(at least one source for yes and no)</span> : <span className="muted small">(optional)</span>}
      </legend>
      <FieldError error={error} field="evidence" id={`${idp}-evidence`} />
      {rows.map((row, i) => {
        const n = i + 1;
        const sent = sentIndex.get(i);
        const urlField = sent === undefined ? "" : `evidence.${sent}.url`;
        const citationField = sent === undefined ? "" : `evidence.${sent}.citation`;
        return (
          <div className="evidence-row" key={i}>
            <Field id={`${idp}-url-${i}`} label={`Source URL ${n}`} error={error} field={urlField}>
              <input
                id={`${idp}-url-${i}`}
                type="url"
                inputMode="url"
                placeholder="https://…"
                value={row.url}
                onChange={(e) => set(i, { url: e.target.value })}
                {...invalidProps(error, urlField, `${idp}-url-${i}`)}
              />
            </Field>
            <Field id={`${idp}-citation-${i}`} label={`Citation ${n}`} error={error} field={citationField}>
              <input
                id={`${idp}-citation-${i}`}
                placeholder="Who said or published what, and when"
                value={row.citation}
                onChange={(e) => set(i, { citation: e.target.value })}
                {...invalidProps(error, citationField, `${idp}-citation-${i}`)}
              />
            </Field>
            {rows.length > 1 ? (
              <button type="button" className="secondary small-button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                Remove source {n}
              </button>
            ) : null}
          </div>
        );
      })}
      <button type="button" className="secondary small-button" onClick={() => onChange([...rows, { ...EMPTY_EVIDENCE }])}>
        Add another source
      </button>
    </fieldset>
  );
}
