/**
 * When an editor moves a forecast's deadline, its English question often still names the old
 * date ("... by 14 Feb 2020?"). Pure: the correction form uses it to offer the updated question.
 */
import { formatDate } from "@/lib/format/dates";

export interface DeadlinePrompt {
  /** The old date as the question writes it, when it does. */
  oldText: string | null;
  /** The question with the old date replaced by the new one, when it can be. */
  suggestion: string | null;
}

/** null when the deadline did not change; otherwise what to tell the editor about the question. */
export function questionDeadlinePrompt(question: string, oldDeadline: string | null, newDeadline: string | null): DeadlinePrompt | null {
  if ((oldDeadline ?? "") === (newDeadline ?? "")) return null;
  if (!oldDeadline) return { oldText: null, suggestion: null };
  const candidates = [formatDate(oldDeadline), oldDeadline];
  const oldText = candidates.find((c) => question.includes(c)) ?? null;
  if (!oldText || !newDeadline) return { oldText, suggestion: null };
  const replacement = oldText === oldDeadline ? newDeadline : formatDate(newDeadline);
  return { oldText, suggestion: question.split(oldText).join(replacement) };
}
