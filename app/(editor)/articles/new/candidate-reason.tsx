/** Why the assistant proposes a candidate: the words that make it a forecast and why this forecaster. */
export function CandidateReason({ reason, cues }: { reason: string; cues: string[] }) {
  if (!reason) return null;
  return (
    <p className="small muted candidate-reason" data-testid="candidate-reason">
      {cues.length ? (
        <>
          Cue words:{" "}
          {cues.map((c, i) => (
            <span key={c}>
              {i > 0 ? ", " : ""}
              <mark>{c}</mark>
            </span>
          ))}
          .{" "}
        </>
      ) : null}
      {reason}
    </p>
  );
}
