/** The intake page's call to the extraction assistant (POST /api/v1/extract), with its errors as the form shows them. */
import type { Candidate } from "@/lib/extraction/types";
import type { ActionError } from "@/lib/http/action-result";
import type { Language } from "@/lib/vocabulary";

export interface Extraction {
  language: Language;
  detected: boolean;
  referenceDate: string;
  candidates: Candidate[];
}

export async function extract(body: {
  text: string;
  language: string | null;
  referenceDate: string;
  minScore?: number;
}): Promise<{ ok: true; data: Extraction } | { ok: false; error: ActionError }> {
  try {
    const res = await fetch("/api/v1/extract", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = await res.json();
    return res.ok ? { ok: true, data: json as Extraction } : { ok: false, error: (json as { error: ActionError }).error };
  } catch {
    return { ok: false, error: { code: "internal", message: "The server could not be reached; check the connection and try again." } };
  }
}
