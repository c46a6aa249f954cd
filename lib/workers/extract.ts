/** Worker thread: the extraction assistant on one text (POST /api/v1/extract through lib/workers/tasks.ts). */
import { type ExtractOptions, extractCandidates } from "@/lib/extraction";
import type { Language } from "@/lib/vocabulary";
import { serveTasks } from "./serve";

serveTasks((p: { text: string; language: Language; referenceDate?: string; minScore?: number; knownPeople?: ExtractOptions["knownPeople"] }) =>
  extractCandidates(p.text, { language: p.language, referenceDate: p.referenceDate, minScore: p.minScore, knownPeople: p.knownPeople }),
);
