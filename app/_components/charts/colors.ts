/** Outcome colours shared by the charts and their legends (colour-blind-safe pairs, plus text labels). */
export const OUTCOME_COLORS = {
  yes: "#1e7d46",
  no: "#b3261e",
  unscored: "#a08a2e",
  open: "#6b7280",
  due: "#d97706",
} as const;

export function outcomeKey(status: string | null, deadline: string | null, asOf: string): keyof typeof OUTCOME_COLORS {
  if (status === "yes" || status === "no") return status;
  if (status) return "unscored";
  return deadline && deadline < asOf ? "due" : "open";
}

export const OUTCOME_LABELS: Record<keyof typeof OUTCOME_COLORS, string> = {
  yes: "happened",
  no: "did not happen",
  unscored: "ambiguous / annulled / condition not met",
  open: "open",
  due: "past deadline, unresolved",
};
