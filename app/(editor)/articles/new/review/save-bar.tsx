"use client";
/** The save button with what it will save; disabled until every candidate is accepted or rejected. */
export function SaveBar({
  counts,
  busy,
  saving,
  onSave,
}: {
  counts: { pending: number; accepted: number };
  busy: boolean;
  saving: boolean;
  onSave: () => void;
}) {
  return (
    <div className="intake-save panel">
      {counts.pending ? (
        <p className="small" role="status">
          Review the {counts.pending} remaining candidate{counts.pending === 1 ? "" : "s"} first: accept or reject each one.
        </p>
      ) : (
        <p className="small" role="status">
          {counts.accepted
            ? `The article will be saved with ${counts.accepted} forecast${counts.accepted === 1 ? "" : "s"}.`
            : "No forecast accepted: the article will be saved without forecasts."}
        </p>
      )}
      <button type="button" onClick={onSave} disabled={counts.pending > 0 || busy}>
        {saving ? "Saving…" : `Save article with ${counts.accepted} forecast${counts.accepted === 1 ? "" : "s"}`}
      </button>
    </div>
  );
}
