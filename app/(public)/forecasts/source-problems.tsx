import { plural } from "@/lib/format/numbers";
import type { SourceProblem } from "@/lib/read/sources";
import { QueryLink } from "../../_components/query-link";
import { SOURCE_LABEL } from "./filter-form";

/** The address of the list with one source filter set to a slug, the other filters kept. */
function withSource(params: Record<string, string | string[]>, kind: string, slug: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (k !== "page") for (const one of Array.isArray(v) ? v : [v]) if (one) q.append(k, one);
  q.set(kind, slug);
  return `/forecasts?${q}`;
}

/** A name typed into a forecaster, author or outlet filter that named no source, or several: said plainly, with the candidates as links. */
export function SourceProblems({ problems, params }: { problems: SourceProblem[]; params: Record<string, string | string[]> }) {
  return (
    <div className="error-box" role="alert" data-testid="source-problems">
      <strong>Which {problems.length === 1 ? "one" : "ones"} did you mean?</strong>
      <ul>
        {problems.map((p) => {
          const what = SOURCE_LABEL[p.kind].toLowerCase();
          if (p.status === "none")
            return (
              <li key={p.kind}>
                {SOURCE_LABEL[p.kind]} “{p.text}” matches no {what}. Check the spelling, or type part of the name (a surname is enough).
              </li>
            );
          return (
            <li key={p.kind}>
              {SOURCE_LABEL[p.kind]} “{p.text}” matches {plural(p.matched, what)}
              {p.matched > p.candidates.length ? `; the first ${p.candidates.length}` : ""}:
              <ul>
                {p.candidates.map((c) => (
                  <li key={c.slug}>
                    <QueryLink href={withSource(params, p.kind, c.slug)}>{c.name}</QueryLink> <span className="muted">({c.slug})</span>
                  </li>
                ))}
              </ul>
              {p.matched > p.candidates.length ? "Type more of the name to narrow it." : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
