import type { ActionError } from "@/lib/http/action-result";
import type { CandidateDraft } from "@/lib/intake/draft";

/** What every part of an open candidate card gets: the draft, a patcher, its field errors and an id maker. */
export interface PartProps {
  d: CandidateDraft;
  onChange: (patch: Partial<CandidateDraft>) => void;
  error: ActionError | null;
  /** A DOM id unique to this card for a field name. */
  id: (field: string) => string;
  language: string;
}
