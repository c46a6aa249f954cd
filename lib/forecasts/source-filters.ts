/**
 * The forecast list's forecaster, author and outlet filters by name: each kind's folded names
 * kept per process in the tagged data cache (lib/cache/tagged-cache.ts; read again after a write
 * moves the `ledger` tag, never per keystroke), the matches for GET /api/v1/sources, and a typed
 * value resolved to the source it names before the filters are parsed (the form without JavaScript
 * submits the text a reader typed).
 */
import { SOURCE_KINDS, type SourceKind, type SourceName } from "@/db/queries/sources";
import { cached } from "@/lib/cache/tagged-cache";
import type { RawParams } from "@/lib/http/query-params";
import type { AppReader } from "@/lib/ledger/app-reader";
import { indexSources, matchSources, type Resolution, resolveSource, type SourceIndex, type SourceMatches } from "./source-match";

export { SOURCE_KINDS, type SourceKind, type SourceName };

export function sourceIndexCached(reader: AppReader, kind: SourceKind): Promise<SourceIndex> {
  return cached(reader, `source-names:${kind}`, ["ledger"], async () => indexSources(await reader.listSourceNames(kind)));
}

export async function matchSourcesCached(reader: AppReader, kind: SourceKind, q: string, limit: number): Promise<SourceMatches> {
  return matchSources(await sourceIndexCached(reader, kind), q, limit);
}

export type SourceProblem = Exclude<Resolution, { status: "found" }> & { kind: SourceKind };

export interface ResolvedSourceFilters {
  /** The parameters with each resolved source's slug in place of the typed text. */
  params: Record<string, string | string[]>;
  /**
   * The sources the filters name, with the text their field shows: the name, or the slug where the
   * name alone would not name it again (two sources of one name), so the form submits the same choice.
   */
  chosen: Partial<Record<SourceKind, { source: SourceName; text: string }>>;
  /** Filters whose text named no source, or several. */
  problems: SourceProblem[];
}

/** Each of forecaster/author/outlet given once as text, resolved (lib/forecasts/source-match.ts resolveSource). */
export async function resolveSourceFilters(reader: AppReader, raw: RawParams): Promise<ResolvedSourceFilters> {
  const params: Record<string, string | string[]> = {};
  if (raw instanceof URLSearchParams) for (const k of new Set(raw.keys())) params[k] = raw.getAll(k).length > 1 ? raw.getAll(k) : raw.get(k)!;
  else for (const [k, v] of Object.entries(raw)) if (v !== undefined) params[k] = v;
  const chosen: ResolvedSourceFilters["chosen"] = {};
  const problems: SourceProblem[] = [];
  await Promise.all(
    SOURCE_KINDS.map(async (kind) => {
      const text = params[kind];
      if (typeof text !== "string" || !text.trim()) return;
      const index = await sourceIndexCached(reader, kind);
      const found = resolveSource(index, text);
      if (found.status === "found") {
        const { source } = found;
        const again = resolveSource(index, source.name);
        params[kind] = source.slug;
        chosen[kind] = { source, text: again.status === "found" && again.source.slug === source.slug ? source.name : source.slug };
      } else {
        delete params[kind];
        problems.push({ ...found, kind });
      }
    }),
  );
  problems.sort((a, b) => SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind));
  return { params, chosen, problems };
}
